package org.parquetframe.sqltests;

import static org.parquetframe.sqltests.TestingNestedFields.list3;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Arrays of numbers and strings against H2, which has ARRAY columns: the same generated rows (NULL
 * arrays, empty ones, NULL elements) in a Parquet file and an H2 table, the same SQL on both, in the
 * part of SQL where the two agree (H2 refuses an element past the end where Calcite gives NULL, so
 * element access stays in range).
 */
class NestedArraysOracleTest {
  private static final int ROWS = 500;

  @TempDir
  static Path data;
  private static TestingOracle oracle;

  @BeforeAll
  static void load() throws SQLException {
    Random random = new Random(17);
    List<Object[]> parquetRows = new ArrayList<>();
    List<Object[]> h2Rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      Integer[] numbers = random.nextInt(6) == 0 ? null : numbers(random);
      String[] words = random.nextInt(6) == 0 ? null : words(random);
      parquetRows.add(new Object[] {(long) i, list3(numbers == null ? null : Arrays.asList((Object[]) numbers)),
          list3(words == null ? null : Arrays.asList((Object[]) words))});
      h2Rows.add(new Object[] {(long) i, numbers, words});
    }
    TestingParquetFiles.file(data.resolve("a.parquet"), "message a { required int64 id;"
        + " optional group n (LIST) { repeated group list { optional int32 element; } }"
        + " optional group w (LIST) { repeated group list { optional binary element (STRING); } } }")
        .rowGroupBytes(4096).pageBytes(256).write(parquetRows);
    oracle = TestingOracle.open(data).h2Table("a", "id BIGINT, n INTEGER ARRAY, w VARCHAR ARRAY", h2Rows);
  }

  @AfterAll
  static void close() throws SQLException {
    oracle.close();
  }

  private static Integer[] numbers(Random random) {
    Integer[] numbers = new Integer[random.nextInt(4)];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = random.nextInt(8) == 0 ? null : random.nextInt(5);
    }
    return numbers;
  }

  private static String[] words(Random random) {
    String[] words = new String[random.nextInt(3)];
    for (int i = 0; i < words.length; i++) {
      words[i] = random.nextInt(8) == 0 ? null : List.of("x", "y", "z").get(random.nextInt(3));
    }
    return words;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT id, n, w FROM a ORDER BY id",
      "SELECT id, CARDINALITY(n), CARDINALITY(w) FROM a ORDER BY id",
      "SELECT id, CASE WHEN CARDINALITY(n) >= 2 THEN n[2] END FROM a ORDER BY id",
      "SELECT id FROM a WHERE CARDINALITY(n) > 1 AND n[1] = 3 ORDER BY id",
      "SELECT id FROM a WHERE n IS NULL OR w IS NULL ORDER BY id",
      "SELECT n, count(*) FROM a GROUP BY n",
      "SELECT w, count(*), max(id) FROM a GROUP BY w",
      "SELECT count(*), count(n), count(w), sum(CARDINALITY(n)) FROM a",
      "SELECT CARDINALITY(w), count(*) FROM a GROUP BY CARDINALITY(w)",
  })
  void sameRowsAsH2(String sql) throws SQLException {
    oracle.assertSameRows(sql);
  }
}
