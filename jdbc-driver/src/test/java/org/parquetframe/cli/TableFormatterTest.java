package org.parquetframe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableFormatterTest {
  @TempDir
  Path dir;

  @Test
  void alignsColumnsRightAlignsNumbersAndShowsNull() throws Exception {
    String table = TestingCli.format(dir, OutputFormat.TABLE, """
        SELECT * FROM (VALUES
          (1, CAST('alice' AS VARCHAR(20)), CAST(2.5 AS DOUBLE)),
          (1234, CAST(NULL AS VARCHAR(20)), CAST(-10 AS DOUBLE)),
          (56, CAST('bob' AS VARCHAR(20)), CAST(NULL AS DOUBLE))) AS t(id, name, score)
        ORDER BY id""");
    assertEquals("""
           id | name  | score
        ------+-------+-------
            1 | alice |   2.5
           56 | bob   |  NULL
         1234 | NULL  | -10.0
        (3 rows)
        """, table);
  }

  @Test
  void countsOneRowInTheSingular() throws Exception {
    assertEquals(" answer\n--------\n     42\n(1 row)\n",
        TestingCli.format(dir, OutputFormat.TABLE, "SELECT 42 AS answer"));
  }

  @Test
  void printsTheHeaderOfAnEmptyResult() throws Exception {
    assertEquals(" x\n---\n(0 rows)\n",
        TestingCli.format(dir, OutputFormat.TABLE, "SELECT 1 AS x FROM (VALUES (1)) AS t(a) WHERE a > 1"));
  }

  @Test
  void keepsOneLinePerRowWhenValuesHoldLineBreaks() throws Exception {
    String table = TestingCli.format(dir, OutputFormat.TABLE, "SELECT U&'one\\000atwo' AS s");
    assertEquals(" s\n----------\n one\\ntwo\n(1 row)\n", table);
  }

  @Test
  void writesSmallDoublesWithoutExponentAndDatesAsSqlText() throws Exception {
    String table = TestingCli.format(dir, OutputFormat.TABLE,
        "SELECT CAST(0.00025 AS DOUBLE) AS small, CAST(1e-9 AS DOUBLE) AS tiny, DATE '2024-02-29' AS d");
    assertTrue(table.contains(" 0.00025 | 1.0E-9 | 2024-02-29"), table);
  }

  @Test
  void readsATableFromAParquetFile() throws Exception {
    DemoUsers.write(dir.resolve("users.parquet"), 3, 7);
    String table = TestingCli.format(dir, OutputFormat.TABLE, "SELECT id, signup FROM users ORDER BY id");
    String[] lines = table.split("\n");
    assertEquals(6, lines.length, table);
    assertEquals(" id | signup", lines[0]);
    assertTrue(lines[2].matches("  0 \\| \\d{4}-\\d{2}-\\d{2}"), lines[2]);
    assertEquals("(3 rows)", lines[5]);
  }
}
