package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Result rows in a form two databases can be compared on: every exact number becomes a BigDecimal
 * without trailing zeros, floating point a Double (compared with a small tolerance), temporal values
 * java.time values, binary values a hex string, nested values plain lists and maps of those. Rows
 * are compared in order when the SQL ends in an ORDER BY, as multisets otherwise.
 */
final class TestingResults {
  private static final double RELATIVE_TOLERANCE = 1e-9;
  /** An ORDER BY with no parenthesis after it: the query's own ORDER BY, not a subquery's. */
  private static final Pattern TOP_LEVEL_ORDER_BY = Pattern.compile("(?is).*\\bORDER\\s+BY\\b[^()]*");

  private TestingResults() {}

  /** All rows of {@code sql} on {@code connection}, normalized. */
  static List<List<Object>> query(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      return rows(rs);
    }
  }

  /** All rows of {@code sql} on {@code connection} as {@code getObject} returns them, not normalized. */
  static List<List<Object>> objects(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      return rows(rs, UnaryOperator.identity());
    }
  }

  static List<List<Object>> rows(ResultSet rs) throws SQLException {
    return rows(rs, TestingResults::normalize);
  }

  /** The remaining rows of {@code rs}, each value passed through {@code value}. */
  static List<List<Object>> rows(ResultSet rs, UnaryOperator<Object> value) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    List<List<Object>> rows = new ArrayList<>();
    while (rs.next()) {
      List<Object> row = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        row.add(value.apply(rs.getObject(i)));
      }
      rows.add(row);
    }
    return rows;
  }

  /** One JDBC value in the comparable form described on the class; nested values as plain lists and maps. */
  static Object normalize(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof java.sql.Array || value instanceof java.sql.Struct || value instanceof Object[]
        || value instanceof java.util.Collection || value instanceof java.util.Map) {
      return TestingNestedValues.plain(value, TestingResults::normalize);
    }
    if (value instanceof Float || value instanceof Double) {
      return ((Number) value).doubleValue();
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros();
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime();
    }
    if (value instanceof Time time) {
      return millisecondTime(time);
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof byte[] bytes) {
      return "0x" + HexFormat.of().formatHex(bytes);
    }
    if (value instanceof UUID uuid) {
      return uuid.toString();
    }
    return value;
  }

  /** Time of day with milliseconds ({@link Time#toLocalTime()} drops them), in the JVM's zone like JDBC. */
  static LocalTime millisecondTime(Time time) {
    return new Timestamp(time.getTime()).toLocalDateTime().toLocalTime();
  }

  static boolean hasTopLevelOrderBy(String sql) {
    return TOP_LEVEL_ORDER_BY.matcher(sql).matches();
  }

  /** Fails with both result sets shown unless {@code actual} matches {@code expected}. */
  static void assertSameRows(String sql, List<List<Object>> expected, List<List<Object>> actual) {
    boolean ordered = hasTopLevelOrderBy(sql);
    List<List<Object>> left = ordered ? expected : sorted(expected);
    List<List<Object>> right = ordered ? actual : sorted(actual);
    if (left.size() != right.size()) {
      fail(describe(sql, "expected " + left.size() + " rows but got " + right.size(), left, right));
    }
    for (int i = 0; i < left.size(); i++) {
      if (!sameRow(left.get(i), right.get(i)) && (ordered || !sameMultiset(left, right))) {
        fail(describe(sql, "row " + i + ": expected " + left.get(i) + " but got " + right.get(i), left, right));
      }
    }
  }

  static boolean sameRow(List<Object> expected, List<Object> actual) {
    if (expected.size() != actual.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!sameValue(expected.get(i), actual.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Equal, or numbers of which one is floating point and both agree within the tolerance. Exact
   * numbers are equal by value: a DECIMAL stripped of trailing zeros and a BIGINT are the same
   * number at different scales ({@code 1.4E+16} and {@code 14000000000000000}).
   */
  static boolean sameValue(Object expected, Object actual) {
    if (expected instanceof BigDecimal a && actual instanceof BigDecimal b) {
      return a.compareTo(b) == 0;
    }
    if ((expected instanceof Double || actual instanceof Double)
        && expected instanceof Number a && actual instanceof Number b) {
      double x = a.doubleValue();
      double y = b.doubleValue();
      double scale = Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
      return Double.compare(x, y) == 0 || Math.abs(x - y) <= RELATIVE_TOLERANCE * scale;
    }
    return Objects.equals(expected, actual);
  }

  /**
   * Matches rows one by one; only needed when sorting by the text key did not pair tolerance-equal
   * rows (numbers whose rounding falls on either side of a digit).
   */
  private static boolean sameMultiset(List<List<Object>> expected, List<List<Object>> actual) {
    List<List<Object>> unmatched = new ArrayList<>(actual);
    for (List<Object> row : expected) {
      Iterator<List<Object>> candidates = unmatched.iterator();
      boolean found = false;
      while (candidates.hasNext() && !found) {
        if (sameRow(row, candidates.next())) {
          candidates.remove();
          found = true;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static List<List<Object>> sorted(List<List<Object>> rows) {
    List<List<Object>> copy = new ArrayList<>(rows);
    copy.sort(Comparator.comparing(TestingResults::sortKey));
    return copy;
  }

  /** A text key that sorts equal rows together; numbers that may be floating point are rounded. */
  private static String sortKey(List<Object> row) {
    StringBuilder key = new StringBuilder();
    for (Object value : row) {
      if (value instanceof Number number) {
        key.append(numberKey(number));
      } else {
        key.append(value == null ? "\u0000null" : value.getClass().getSimpleName() + ":" + value);
      }
      key.append('\u0001');
    }
    return key.toString();
  }

  private static String numberKey(Number number) {
    double value = number.doubleValue();
    if (number instanceof BigDecimal decimal && decimal.scale() <= 0) {
      return decimal.toPlainString();
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.9e", value);
  }

  private static String describe(String sql, String problem, List<List<Object>> expected, List<List<Object>> actual) {
    return problem + "\nSQL: " + sql + "\nOracle, H2 or DuckDB (" + expected.size() + " rows): " + head(expected)
        + "\nParquetFrame (" + actual.size() + " rows): " + head(actual);
  }

  private static String head(List<List<Object>> rows) {
    return rows.size() <= 20 ? rows.toString() : rows.subList(0, 20) + " ...";
  }

  /** What a millisecond TIMESTAMP keeps of {@code wallClock}: finer digits dropped toward the past. */
  static LocalDateTime floorToMillis(LocalDateTime wallClock) {
    return wallClock.truncatedTo(ChronoUnit.MILLIS);
  }
}
