package org.parquetframe.sqltests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The queries every fuzzed file goes through, and what their answers must look like: {@code SELECT
 * *}, a projection of two columns in reverse order, {@code count(*)}, and for edge files {@code
 * pagerank}. Each either answers or fails with an {@link SQLException} naming the file; answers
 * that both exist must agree (as many rows as the count, the projection equal to those columns of
 * {@code SELECT *}, PageRank over exactly the vertices of the rows, scores summing to 1). Any other
 * Throwable escapes to the caller.
 */
final class FuzzQueries {
  /** Set to {@code true} to also run filtered queries (see {@link #filtered}). */
  static final String FILTERS_PROPERTY = "parquetframe.fuzz.filters";
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  /**
   * Errors about a graph function's arguments that a damaged schema can cause (the file is valid
   * Parquet whose columns no longer suit PageRank); the SQL names the file, the message the column.
   */
  private static final List<String> GRAPH_ARGUMENT_ERRORS = List.of("vertex columns must", "weights must be numeric");

  /** One query's rows and column labels, or its error. */
  record Answer(String sql, List<String> columns, List<List<Object>> rows, SQLException error) {
    boolean answered() {
      return error == null;
    }
  }

  /** What the queries gave, for the tally: how many answered. */
  record Summary(int queries, int answered) {}

  private FuzzQueries() {}

  /**
   * Runs the queries over {@code file} (a table directly under the connection's root); throws
   * AssertionError on a bad answer.
   */
  static Summary check(Connection connection, Path file, boolean edges) {
    return check(connection, file, edges, edges ? List.of("src", "dst") : List.of("id", "name"));
  }

  /** As {@link #check(Connection, Path, boolean)}, projecting {@code columns} when {@code SELECT *} fails. */
  static Summary check(Connection connection, Path file, boolean edges, List<String> seedColumns) {
    String fileName = file.getFileName().toString();
    String table = fileName.substring(0, fileName.length() - ".parquet".length());
    Problems problems = new Problems();
    Answer all = run(connection, "SELECT * FROM " + table, file, problems);
    List<String> columns = all.columns() != null ? all.columns()
        : seedColumns;
    List<String> plain = columns.stream().filter(c -> PLAIN_NAME.matcher(c).matches()).toList();
    Answer projection = null;
    if (!plain.isEmpty()) {
      String first = plain.get(0);
      String last = plain.get(plain.size() - 1);
      projection = run(connection, "SELECT \"" + last + "\", \"" + first + "\" FROM " + table, file, problems);
      if (projection.answered() && all.answered()) {
        int lastIndex = columns.indexOf(last);
        int firstIndex = columns.indexOf(first);
        List<List<Object>> expected = all.rows().stream()
            .map(r -> Arrays.asList(r.get(lastIndex), r.get(firstIndex))).toList();
        if (!expected.equals(projection.rows())) {
          problems.add("the projection's rows differ from those columns of SELECT *");
        }
      }
    }
    if (Boolean.getBoolean(FILTERS_PROPERTY)) {
      filtered(connection, table, file, columns, all, problems);
    }
    Answer count = run(connection, "SELECT count(*) FROM " + table, file, problems);
    if (count.answered() && all.answered()) {
      long counted = ((Number) count.rows().get(0).get(0)).longValue();
      if (counted != all.rows().size()) {
        problems.add("count(*) is " + counted + " but SELECT * gave " + all.rows().size() + " rows");
      }
    }
    Answer graph = null;
    if (edges) {
      graph = run(connection, "SELECT node, score FROM TABLE(pagerank('" + fileName + "'))", file, problems);
      if (graph.answered()) {
        checkPagerank(graph, all, problems);
      }
    }
    problems.throwIfAny();
    int queries = 2 + (projection == null ? 0 : 1) + (graph == null ? 0 : 1);
    int answered = (all.answered() ? 1 : 0) + (count.answered() ? 1 : 0)
        + (projection != null && projection.answered() ? 1 : 0) + (graph != null && graph.answered() ? 1 : 0);
    return new Summary(queries, answered);
  }

  /**
   * With {@value #FILTERS_PROPERTY}: queries whose filters are pushed into the scan, so that
   * pruning (statistics, page index, dictionaries, bloom filters) meets the damage too. Their rows
   * are not compared: a file may lie about its statistics, and pruning trusts them.
   */
  private static void filtered(Connection connection, String table, Path file, List<String> columns, Answer all,
      Problems problems) {
    List<String> filters = new ArrayList<>();
    if (columns.containsAll(List.of("id", "category", "name", "price"))) {
      filters.addAll(List.of("category = 3", "name = 'apple-7' OR price > 500", "id BETWEEN 10 AND 20"));
    }
    boolean integerIds = all.answered() && all.rows().stream().anyMatch(r -> r.get(0) instanceof Long);
    if (columns.containsAll(List.of("src", "dst")) && integerIds) {
      filters.add("src = 5 OR dst BETWEEN 3 AND 4");
    }
    for (String filter : filters) {
      run(connection, "SELECT * FROM " + table + " WHERE " + filter, file, problems);
    }
  }

  private static void checkPagerank(Answer graph, Answer all, Problems problems) {
    double sum = 0;
    Set<String> nodes = new HashSet<>();
    for (List<Object> row : graph.rows()) {
      sum += ((Number) row.get(1)).doubleValue();
      if (!nodes.add(String.valueOf(row.get(0)))) {
        problems.add("pagerank returned vertex " + row.get(0) + " twice");
      }
    }
    if (!graph.rows().isEmpty() && Math.abs(sum - 1) > 1e-6) {
      problems.add("pagerank scores sum to " + sum);
    }
    if (all.answered() && all.columns().contains("src") && all.columns().contains("dst")) {
      int src = all.columns().indexOf("src");
      int dst = all.columns().indexOf("dst");
      Set<String> expected = new HashSet<>();
      for (List<Object> row : all.rows()) {
        if (row.get(src) != null && row.get(dst) != null) {
          expected.add(String.valueOf(row.get(src)));
          expected.add(String.valueOf(row.get(dst)));
        }
      }
      if (!expected.equals(nodes)) {
        problems.add("pagerank's vertices " + nodes.size() + " differ from the " + expected.size()
            + " endpoints SELECT * read");
      }
    }
  }

  /** Runs {@code sql}; an SQLException must name {@code file}, anything else escapes. */
  private static Answer run(Connection connection, String sql, Path file, Problems problems) {
    List<String> columns = null;
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      columns = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(meta.getColumnLabel(i));
      }
      List<List<Object>> rows = new ArrayList<>();
      while (rs.next()) {
        List<Object> row = new ArrayList<>(columns.size());
        for (int i = 1; i <= columns.size(); i++) {
          row.add(normalize(rs.getObject(i)));
        }
        rows.add(row);
      }
      return new Answer(sql, columns, rows, null);
    } catch (SQLException e) {
      String message = Objects.toString(e.getMessage(), "");
      boolean argumentError = sql.contains("TABLE(") && GRAPH_ARGUMENT_ERRORS.stream().anyMatch(message::contains);
      if (!message.contains(file.toString()) && !argumentError) {
        problems.add(sql + " failed without naming the file: " + message, e);
      }
      return new Answer(sql, columns, null, e);
    } catch (RuntimeException | Error e) {
      throw new AssertionError(sql + " threw " + e.getClass().getName() + " instead of an SQLException", e);
    }
  }

  /** What is wrong with the answers, with the first unexpected error as the cause. */
  private static final class Problems {
    private final List<String> messages = new ArrayList<>();
    private Throwable cause;

    void add(String message) {
      messages.add(message);
    }

    void add(String message, Throwable error) {
      messages.add(message);
      cause = cause == null ? error : cause;
    }

    void throwIfAny() {
      if (!messages.isEmpty()) {
        throw new AssertionError(String.join("; ", messages), cause);
      }
    }
  }

  private static Object normalize(Object value) {
    return TestingNestedValues.plain(value, v -> v instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : v);
  }
}
