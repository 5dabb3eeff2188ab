package org.parquetframe.adapter.predicate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Values and names as SQL text, for EXPLAIN and the diagnostics functions. */
final class SqlText {
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

  private SqlText() {}

  /** A column name, double-quoted: partition keys such as {@code year} are reserved words. */
  static String identifier(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  static String literal(ValueKind kind, Comparable<?> value) {
    return switch (kind) {
      case EXACT -> ((BigDecimal) value).toPlainString();
      case APPROXIMATE -> Double.toString(((BigDecimal) value).doubleValue());
      case TEXT -> "'" + ((String) value).replace("'", "''") + "'";
      case BOOLEAN -> ((Boolean) value) ? "TRUE" : "FALSE";
      case DATE -> "DATE '" + LocalDate.ofEpochDay((Long) value) + "'";
      case TIME -> "TIME '" + time(LocalTime.ofNanoOfDay(Math.floorMod((Long) value, 86_400_000L) * 1_000_000L)) + "'";
      case TIMESTAMP -> "TIMESTAMP '" + timestamp((Long) value) + "'";
    };
  }

  private static String timestamp(long millis) {
    LocalDateTime wallClock = LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000L),
        (int) Math.floorMod(millis, 1000L) * 1_000_000, ZoneOffset.UTC);
    return wallClock.toLocalDate() + " " + time(wallClock.toLocalTime());
  }

  /** {@code hh:mm:ss}, with the milliseconds where there are any. */
  private static String time(LocalTime time) {
    String text = time.format(SECONDS);
    int millis = time.getNano() / 1_000_000;
    return millis == 0 ? text : text + String.format(java.util.Locale.ROOT, ".%03d", millis);
  }
}
