package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parquetframe.sqltests.TestingNestedFields.list2;
import static org.parquetframe.sqltests.TestingNestedFields.list3;
import static org.parquetframe.sqltests.TestingNestedValues.list;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.sqltests.TestingNestedTable.Row;

/**
 * Nested columns in tables of several files and of Hive partitions, and next to pushed filters: a
 * file without the column reads as NULL there, files whose layouts give the same SQL type merge,
 * different types are an error naming both files and the column, and filters are pushed on the
 * flat columns only, pruning as before, with the same answers.
 */
class NestedTablesTest {
  private static final String TAGS3 = "message a { required int64 id;"
      + " optional group tags (LIST) { repeated group list { optional binary element (STRING); } } }";

  @TempDir
  Path data;

  private List<List<Object>> query(Connection connection, String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(TestingNestedValues.plain(rs.getObject(i)));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @Test
  void aFileWithoutTheColumnReadsAsNullAndLayoutsOfOneTypeMerge() throws SQLException {
    TestingParquetFiles.file(data.resolve("d/1.parquet"), TAGS3).write(List.<Object[]>of(
        new Object[] {1L, list3("a", null)}, new Object[] {2L, null}));
    TestingParquetFiles.file(data.resolve("d/2.parquet"), "message b { required int64 id; }").write(
        List.<Object[]>of(new Object[] {3L}));
    TestingParquetFiles.file(data.resolve("d/3.parquet"), "message c { required int64 id;"
        + " optional group tags (LIST) { repeated binary array (STRING); } }").write(List.<Object[]>of(
        new Object[] {4L, list2("b", "c")}));
    try (Connection connection = TestingOracle.parquetFrame(data)) {
      assertEquals(List.of(Arrays.asList(1L, list("a", null)), Arrays.asList(2L, null), Arrays.asList(3L, null),
          Arrays.asList(4L, list("b", "c"))), query(connection, "SELECT id, tags FROM d ORDER BY id"));
      assertEquals(List.of(List.of(4L, 4L)), query(connection, "SELECT count(*), sum(CARDINALITY(tags)) FROM d"));
    }
  }

  @Test
  void filesGivingAColumnDifferentTypesAreAnErrorNamingBoth() throws SQLException {
    Path first = TestingParquetFiles.file(data.resolve("d/1.parquet"), TAGS3).write(List.<Object[]>of(
        new Object[] {1L, list3("a")}));
    Path second = TestingParquetFiles.file(data.resolve("d/2.parquet"), "message b { required int64 id;"
        + " optional group tags (LIST) { repeated group list { optional int32 element; } } }").write(
        List.<Object[]>of(new Object[] {2L, list3(7)}));
    Path rows = TestingParquetFiles.file(data.resolve("r/1.parquet"), "message a { optional group s { optional int32 x; } }")
        .write(List.<Object[]>of(new Object[] {new Object[] {1}}));
    TestingParquetFiles.file(data.resolve("r/2.parquet"), "message b { optional group s { optional int32 x;"
        + " optional int32 y; } }").write(List.<Object[]>of(new Object[] {new Object[] {1, 2}}));
    try (Connection connection = TestingOracle.parquetFrame(data)) {
      SQLException error = assertThrows(SQLException.class, () -> query(connection, "SELECT * FROM d"));
      for (String says : List.of("'tags'", "INTEGER ARRAY", "VARCHAR ARRAY", first.toString(), second.toString())) {
        assertTrue(error.getMessage().contains(says), error.getMessage() + " should say " + says);
      }
      error = assertThrows(SQLException.class, () -> query(connection, "SELECT * FROM r"));
      assertTrue(error.getMessage().contains("ROW(x INTEGER, y INTEGER)") && error.getMessage().contains(
          rows.toString()), error.getMessage());
      assertEquals(List.of(List.of(1L)), query(connection, "SELECT count(*) FROM TABLE(parquet_schema('d'))"
          + " WHERE name = 'element' AND physical_type = 'INT32'"), "the connection still works");
    }
  }

  @Test
  void partitionedTablesHaveNestedColumnsAndStillPrune() throws SQLException {
    List<Row> rows = TestingNestedTable.rows(40, 3L);
    TestingNestedTable.write(data.resolve("p/year=2023/part.parquet"), rows.subList(0, 20));
    TestingNestedTable.write(data.resolve("p/year=2024/part.parquet"), rows.subList(20, 40));
    try (Connection connection = TestingOracle.parquetFrame(data)) {
      List<List<Object>> expected = rows.subList(20, 40).stream()
          .map(r -> Arrays.<Object>asList(2024L, r.id(), r.tags(), r.address())).toList();
      String sql = "SELECT \"year\", id, tags, address FROM p WHERE \"year\" = 2024 ORDER BY id";
      assertEquals(expected, query(connection, sql));
      TestingScans.PlanScan scan = TestingScans.planScan(connection, sql);
      assertEquals(1, scan.filesKept());
      assertEquals(2, scan.files());
    }
  }

  @Test
  void filtersArePushedOnFlatColumnsOnlyAndAnswersStayRight() throws SQLException {
    List<Row> rows = TestingNestedTable.rows(400, 9L);
    TestingNestedTable.write(data.resolve("t.parquet"), rows);
    try (Connection connection = TestingOracle.parquetFrame(data)) {
      String sql = "SELECT id, tags, m FROM t WHERE id >= 350 ORDER BY id";
      assertEquals(rows.subList(350, 400).stream().map(r -> Arrays.<Object>asList(r.id(), r.tags(), r.m())).toList(),
          query(connection, sql));
      TestingScans.PlanScan scan = TestingScans.planScan(connection, sql);
      assertTrue(scan.rowGroupsKept() < scan.rowGroups(), scan::toString);

      sql = "SELECT id FROM t WHERE tags IS NULL AND address.city = 'Oslo' AND m['a'] = 1 ORDER BY id";
      assertEquals(rows.stream().filter(r -> r.tags() == null && r.address() != null
          && "Oslo".equals(r.address().get(0)) && r.m() != null && Integer.valueOf(1).equals(r.m().get("a")))
          .map(r -> List.<Object>of(r.id())).toList(), query(connection, sql));
      assertNull(TestingScans.planScan(connection, sql).filter(), "nothing about nested columns is pushed");

      sql = "SELECT id FROM t WHERE tags[1] = 'red' AND id < 100 ORDER BY id";
      assertEquals(rows.subList(0, 100).stream().filter(r -> r.tags() != null && !r.tags().isEmpty()
          && "red".equals(r.tags().get(0))).map(r -> List.<Object>of(r.id())).toList(), query(connection, sql));
      String filter = TestingScans.planScan(connection, sql).filter();
      assertTrue(filter.contains("id"), filter);
      assertFalse(filter.contains("tags"), filter);
    }
  }
}
