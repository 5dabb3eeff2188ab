package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SUM and AVG answer as H2 (and DuckDB) do, not as Calcite's defaults would: the SUM of INTEGERs
 * past 2^31 is exact (a BIGINT), the AVG of integers keeps its fraction (a DOUBLE), the AVG of a
 * DECIMAL keeps ten more digits of scale (docs/types.md).
 */
class AggregateTypesTest {
  private static final String SCHEMA = "message t { required int32 grp; optional int32 big; optional int32 small;"
      + " optional int64 wide; optional int64 price (DECIMAL(10,2)); optional int32 tiny (INT_8); }";
  private static final String H2_COLUMNS = "grp INTEGER, big INTEGER, small INTEGER, wide BIGINT,"
      + " price NUMERIC(10, 2), tiny TINYINT";

  @TempDir
  static Path data;
  private static TestingOracle oracle;

  @BeforeAll
  static void write() throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      rows.add(new Object[] {i % 3, 2_000_000_000 - i, i % 2 == 0 ? null : i, 4_000_000_000_000L + i,
          new java.math.BigDecimal(i + ".05"), (byte) (i % 7)});
    }
    TestingParquetFiles.file(data.resolve("t.parquet"), SCHEMA).rowGroupBytes(512).write(rows);
    oracle = TestingOracle.open(data).h2Table("t", H2_COLUMNS, rows);
  }

  @AfterAll
  static void close() throws SQLException {
    oracle.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT SUM(big), SUM(small), SUM(wide), SUM(price), SUM(tiny) FROM t",
      "SELECT grp, SUM(big), AVG(big) FROM t GROUP BY grp",
      "SELECT AVG(small), AVG(tiny), AVG(wide) FROM t",
      "SELECT AVG(price) FROM t",
      "SELECT grp FROM t GROUP BY grp HAVING SUM(big) > 10000000000",
  })
  void answersAsH2(String sql) throws SQLException {
    oracle.assertSameRows(sql);
  }

  @Test
  void sumOfIntegersIsBigintAndAverageOfIntegersIsDouble() throws SQLException {
    try (Statement statement = oracle.parquet().createStatement(); ResultSet rows = statement.executeQuery(
        "SELECT SUM(big), SUM(tiny), AVG(big), AVG(wide), AVG(price) FROM t")) {
      ResultSetMetaData meta = rows.getMetaData();
      assertEquals(Types.BIGINT, meta.getColumnType(1));
      assertEquals(Types.BIGINT, meta.getColumnType(2));
      assertEquals(Types.DOUBLE, meta.getColumnType(3));
      assertEquals(Types.DOUBLE, meta.getColumnType(4));
      assertEquals(Types.DECIMAL, meta.getColumnType(5));
      assertEquals(12, meta.getScale(5));
      rows.next();
      assertEquals(59_999_999_565L, rows.getLong(1));
      assertEquals(1_999_999_985.5, rows.getDouble(3));
    }
  }
}
