package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SUM and AVG answer in types wide enough for their totals, as DuckDB and PostgreSQL do: a sum of
 * small integers is a BIGINT, of DECIMALs a DECIMAL(38, s), of REALs a DOUBLE; every average is a
 * DOUBLE. Calcite alone would sum INTEGERs into an INTEGER that wraps, fail a TINYINT sum past 127,
 * and average integers with integer division.
 */
class AggregateTypesTest {
  private static final int ROWS = 4;

  @TempDir
  static Path data;

  @BeforeAll
  static void writeNumbers() {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      rows.add(new Object[] {100 + i, Integer.MAX_VALUE - i, 12345 + i, 0.1f});
    }
    List<Object[]> wide = new ArrayList<>();
    for (int i = 0; i < 6; i++) { // group 0 totals past 2^63, group 1 goes past it and back
      long odd = i == 1 ? Long.MAX_VALUE : i == 3 ? 10 : -Long.MAX_VALUE;
      wide.add(new Object[] {i % 2, i % 2 == 0 ? Long.MAX_VALUE - i : odd});
    }
    TestingParquetFiles.file(data.resolve("wide.parquet"), "message wide { required int32 grp; required int64 v; }")
        .write(wide);
    TestingParquetFiles.file(data.resolve("numbers.parquet"), "message numbers { required int32 tiny (INTEGER(8,true));"
        + " required int32 big; required int32 money (DECIMAL(5,2)); required float ratio; }").write(rows);
  }

  @Test
  void sumsAndAveragesDoNotOverflowOrTruncate() throws SQLException {
    try (Connection connection = TestingOracle.parquetFrame(data); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT sum(tiny), sum(big), sum(money), sum(ratio), avg(tiny),"
            + " avg(big), avg(money) FROM numbers")) {
      rs.next();
      assertEquals(406L, rs.getObject(1));
      assertEquals(4L * Integer.MAX_VALUE - 6, rs.getObject(2));
      assertEquals(new BigDecimal("493.86"), rs.getObject(3));
      assertEquals(101.5, rs.getObject(5));
      assertEquals(Integer.MAX_VALUE - 1.5, rs.getObject(6));
      assertEquals(123.465, rs.getDouble(7), 1e-12);
      ResultSetMetaData meta = rs.getMetaData();
      List<Integer> types = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        types.add(meta.getColumnType(i));
      }
      assertEquals(List.of(Types.BIGINT, Types.BIGINT, Types.DECIMAL, Types.DOUBLE, Types.DOUBLE, Types.DOUBLE,
          Types.DOUBLE), types);
      assertEquals(38, meta.getPrecision(3), "DECIMAL sums have 38 digits");
      assertEquals(2, meta.getScale(3));
    }
  }

  /**
   * A BIGINT total past 2^63 is an error that says how to sum exactly, not a wrapped number;
   * totals that pass 2^63 on the way and come back are right (BigintSumCheck).
   */
  @Test
  void bigintSumPastItsRangeIsAnErrorNotAWrappedNumber() throws SQLException {
    try (Connection connection = TestingOracle.parquetFrame(data)) {
      SQLException overflow = assertThrows(SQLException.class,
          () -> TestingResults.objects(connection, "SELECT grp, sum(v) FROM wide GROUP BY grp"));
      assertTrue(overflow.getMessage().contains("SUM of BIGINT values overflowed the BIGINT range")
          && overflow.getMessage().contains("SUM(CAST(x AS DECIMAL(38, 0)))"), overflow.getMessage());
      assertEquals("22003", overflow.getSQLState(), "numeric value out of range");
      assertEquals(List.of(List.of(1, 10L)),
          TestingResults.objects(connection, "SELECT grp, sum(v) FROM wide WHERE grp = 1 GROUP BY grp"));
      assertEquals(List.of(List.of(0, new BigDecimal(Long.MAX_VALUE).multiply(BigDecimal.valueOf(3))
              .subtract(BigDecimal.valueOf(6)))),
          TestingResults.objects(connection, "SELECT grp, sum(CAST(v AS DECIMAL(38, 0))) FROM wide WHERE grp = 0"
              + " GROUP BY grp"));
    }
  }
}
