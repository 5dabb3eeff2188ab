package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parquetframe.sqltests.TestingNestedTable.Row;

/**
 * The SQL that works on nested columns, through JDBC, against the expected values computed from the
 * same generated rows ({@link TestingNestedTable}): element access (1-based, NULL out of range),
 * CARDINALITY, map lookup, ROW fields with and without the table's name, UNNEST (WITH ORDINALITY,
 * of ROWs, of a MAP, NULL collections giving no row), nested values in WHERE and GROUP BY; and the
 * operations on ROW values that are refused, with a message that says what to write instead.
 */
class NestedSqlTest {
  private static final int ROWS = 300;

  @TempDir
  static Path data;
  private static Connection connection;
  private static List<Row> rows;

  @BeforeAll
  static void write() throws SQLException {
    rows = TestingNestedTable.rows(ROWS, 42L);
    Path file = TestingNestedTable.write(data.resolve("t.parquet"), rows);
    assertTrue(TestingParquetFiles.rowGroupCount(file) > 1);
    connection = TestingOracle.parquetFrame(data);
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  private static List<List<Object>> query(String sql) throws SQLException {
    List<List<Object>> result = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(TestingNestedValues.plain(rs.getObject(i)));
        }
        result.add(row);
      }
    }
    return result;
  }

  private static List<List<Object>> expected(Function<Row, List<Object>> row) {
    return rows.stream().map(row).toList();
  }

  private static <T> T element(List<T> list, int position) {
    return list == null || position > list.size() ? null : list.get(position - 1);
  }

  private static Integer size(java.util.Collection<?> collection) {
    return collection == null ? null : collection.size();
  }

  private static Integer size(Map<?, ?> map) {
    return map == null ? null : map.size();
  }

  @Test
  void elementsAreNumberedFromOneAndNullOutOfRange() throws SQLException {
    assertEquals(expected(r -> Arrays.asList(r.id(), element(r.tags(), 1), element(r.tags(), 4),
        element(r.tags(), 5), element(r.scores(), 2))),
        query("SELECT id, tags[1], tags[4], tags[5], scores[2] FROM t ORDER BY id"));
  }

  @Test
  void cardinalityCountsElementsAndEntries() throws SQLException {
    assertEquals(expected(r -> Arrays.asList(r.id(), size(r.tags()), size(r.scores()), size(r.m()))),
        query("SELECT id, CARDINALITY(tags), CARDINALITY(scores), CARDINALITY(m) FROM t ORDER BY id"));
  }

  @Test
  void mapsAreLookedUpByKey() throws SQLException {
    assertEquals(expected(r -> Arrays.asList(r.id(), r.m() == null ? null : r.m().get("a"),
        r.m() == null ? null : r.m().get("zz"))), query("SELECT id, m['a'], m['zz'] FROM t ORDER BY id"));
  }

  @Test
  void rowFieldsAreNamedWithOrWithoutTheTable() throws SQLException {
    List<List<Object>> expected = expected(r -> Arrays.asList(r.id(), element(r.address(), 1),
        element(r.address(), 2), r.address()));
    assertEquals(expected, query("SELECT id, address.city, t.address.zip, address FROM t ORDER BY id"));
    assertEquals(expected, query("SELECT t.id, t.address.city, t.address.zip, t.address FROM t ORDER BY t.id"));
    assertEquals(expected(r -> Arrays.asList(r.id(), element(element(r.pts(), 1), 1))),
        query("SELECT id, pts[1].x FROM t ORDER BY id"));
  }

  @Test
  void aFieldNameAloneFindsTheRowFieldWhenNoColumnHasThatName() throws SQLException {
    assertEquals(expected(r -> Arrays.asList(r.id(), element(r.address(), 1))), query("SELECT id, city FROM t ORDER BY id"));
  }

  @Test
  void unnestGivesARowPerElementWithItsPosition() throws SQLException {
    List<List<Object>> expected = new ArrayList<>();
    for (Row row : rows) {
      for (int i = 0; row.tags() != null && i < row.tags().size(); i++) {
        expected.add(Arrays.asList(row.id(), row.tags().get(i), i + 1));
      }
    }
    assertEquals(expected, query("SELECT t.id, u.tag, u.n FROM t CROSS JOIN UNNEST(t.tags) WITH ORDINALITY AS u(tag, n)"
        + " ORDER BY t.id, u.n"));
    assertEquals(sorted(expected.stream().map(r -> r.subList(0, 2)).toList()),
        sorted(query("SELECT t.id, tag FROM t CROSS JOIN UNNEST(t.tags) AS u(tag)")));
  }

  @Test
  void unnestOfRowsGivesTheirFieldsAndNullsForANullElement() throws SQLException {
    List<List<Object>> expected = new ArrayList<>();
    for (Row row : rows) {
      for (int i = 0; row.pts() != null && i < row.pts().size(); i++) {
        List<Integer> point = row.pts().get(i);
        expected.add(Arrays.asList(row.id(), element(point, 1), element(point, 2), i + 1));
      }
    }
    assertEquals(expected, query("SELECT t.id, p.x, p.y, p.n FROM t CROSS JOIN UNNEST(t.pts) WITH ORDINALITY"
        + " AS p(x, y, n) ORDER BY t.id, p.n"));
  }

  @Test
  void unnestOfAMapGivesKeysAndValues() throws SQLException {
    List<List<Object>> expected = new ArrayList<>();
    for (Row row : rows) {
      if (row.m() != null) {
        row.m().forEach((k, v) -> expected.add(Arrays.asList(row.id(), k, v)));
      }
    }
    assertEquals(sorted(expected), sorted(query("SELECT t.id, k, v FROM t CROSS JOIN UNNEST(t.m) AS u(k, v)")));
  }

  @Test
  void aLeftJoinKeepsTheRowsWithoutElements() throws SQLException {
    List<List<Object>> expected = new ArrayList<>();
    for (Row row : rows) {
      if (row.tags() == null || row.tags().isEmpty()) {
        expected.add(Arrays.asList(row.id(), null));
      } else {
        row.tags().forEach(tag -> expected.add(Arrays.asList(row.id(), tag)));
      }
    }
    assertEquals(sorted(expected), sorted(query("SELECT t.id, tag FROM t LEFT JOIN UNNEST(t.tags) AS u(tag) ON TRUE")));
  }

  @Test
  void nestedValuesFilterAndGroup() throws SQLException {
    assertEquals(rows.stream().filter(r -> r.tags() != null && r.tags().size() > 2).map(r -> List.<Object>of(r.id()))
        .toList(), query("SELECT id FROM t WHERE CARDINALITY(tags) > 2 ORDER BY id"));
    assertEquals(rows.stream().filter(r -> r.tags() == null).map(r -> List.<Object>of(r.id())).toList(),
        query("SELECT id FROM t WHERE tags IS NULL ORDER BY id"));
    assertEquals(rows.stream().filter(r -> "red".equals(element(r.tags(), 1))).map(r -> List.<Object>of(r.id()))
        .toList(), query("SELECT id FROM t WHERE tags[1] = 'red' ORDER BY id"));
    assertEquals(rows.stream().filter(r -> r.address() != null && "Oslo".equals(r.address().get(0)))
        .map(r -> List.<Object>of(r.id())).toList(), query("SELECT id FROM t WHERE address.city = 'Oslo' ORDER BY id"));
    assertEquals(rows.stream().filter(r -> r.m() != null && r.m().get("b") != null && r.m().get("b") > 4)
        .map(r -> List.<Object>of(r.id())).toList(), query("SELECT id FROM t WHERE m['b'] > 4 ORDER BY id"));
    assertEquals(rows.stream().filter(r -> List.of(1, 2).equals(r.scores())).map(r -> List.<Object>of(r.id())).toList(),
        query("SELECT id FROM t WHERE scores = ARRAY[1, 2] ORDER BY id"));
    assertEquals(counts(r -> r.tags()), sorted(query("SELECT tags, count(*) FROM t GROUP BY tags")));
    assertEquals(counts(r -> r.m()), sorted(query("SELECT m, count(*) FROM t GROUP BY m")));
    assertEquals(counts(r -> element(r.address(), 1)), sorted(query("SELECT address.city, count(*) FROM t GROUP BY address.city")));
    assertEquals(List.of(List.of((long) ROWS, rows.stream().filter(r -> r.tags() != null).count())),
        query("SELECT count(*), count(tags) FROM t"));
  }

  private static List<List<Object>> counts(Function<Row, Object> key) {
    Map<Object, Long> counts = new LinkedHashMap<>();
    rows.forEach(r -> counts.merge(key.apply(r), 1L, Long::sum));
    List<List<Object>> result = new ArrayList<>();
    counts.forEach((k, n) -> result.add(Arrays.asList(k, n)));
    return sorted(result);
  }

  private static List<List<Object>> sorted(List<List<Object>> rows) {
    return rows.stream().sorted(Comparator.comparing(Object::toString)).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SELECT address, count(*) FROM t GROUP BY address | GROUP BY or DISTINCT on column 'address'",
      "SELECT DISTINCT pts FROM t | GROUP BY or DISTINCT on column 'pts'",
      "SELECT count(DISTINCT address) FROM t | COUNT(DISTINCT) on column 'address'",
      "SELECT address FROM t UNION SELECT address FROM t | UNION on column 'address'",
      "SELECT id FROM t WHERE address = ROW('Oslo', 1234) | Comparing with =",
      "SELECT id, row_number() OVER (PARTITION BY address) FROM t | PARTITION BY",
      "SELECT a.id FROM t a JOIN t b ON a.tags = b.tags | A join on VARCHAR ARRAY values",
  })
  void operationsThatWouldCompareRowValuesAreRefused(String sql, String says) throws SQLException {
    SQLException error = assertThrows(SQLException.class, () -> query(sql));
    assertTrue(error.getMessage().contains(says), error.getMessage());
    assertTrue(error.getMessage().contains("not supported"), error.getMessage());
    assertEquals(List.of(List.of((long) ROWS)), query("SELECT count(*) FROM t"), "the connection still works");
  }
}
