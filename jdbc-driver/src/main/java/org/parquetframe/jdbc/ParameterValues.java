package org.parquetframe.jdbc;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Parameter values of the types JDBC 4.2 lets {@code setObject} take, as the java.sql values that
 * Avatica binds (given a {@code LocalDate}, Avatica passes it on and the query fails with a
 * ClassCastException). UUIDs become their canonical text, which is how our UUID columns read. And
 * dates and times given with a target type are bound with the typed setter: Avatica's
 * {@code setObject(i, date, Types.DATE)} fails with "Cannot convert from java.sql.Date to long".
 */
final class ParameterValues {
  private static final long NANOS_PER_MILLI = 1_000_000L;

  private ParameterValues() {}

  /**
   * Binds a date or time to a DATE, TIME or TIMESTAMP parameter with the matching typed setter;
   * false (nothing bound) for other values and types.
   */
  static boolean bindTemporal(PreparedStatement statement, int index, Object value, int sqlType)
      throws SQLException {
    if (!(value instanceof java.util.Date date)) {
      return false;
    }
    switch (sqlType) {
      case Types.DATE -> statement.setDate(index, value instanceof Date sqlDate ? sqlDate : new Date(date.getTime()));
      case Types.TIME -> statement.setTime(index, value instanceof Time time ? time : new Time(date.getTime()));
      case Types.TIMESTAMP -> statement.setTimestamp(index,
          value instanceof Timestamp timestamp ? timestamp : new Timestamp(date.getTime()));
      default -> {
        return false;
      }
    }
    return true;
  }

  static Object bindable(Object value) {
    if (value instanceof LocalDate date) {
      return Date.valueOf(date);
    }
    if (value instanceof LocalDateTime dateTime) {
      return Timestamp.valueOf(dateTime);
    }
    if (value instanceof LocalTime time) {
      // Time.valueOf drops the fraction of the second; TIME keeps milliseconds
      return new Time(Time.valueOf(time).getTime() + time.getNano() / NANOS_PER_MILLI);
    }
    if (value instanceof Instant instant) {
      return Timestamp.from(instant);
    }
    if (value instanceof OffsetDateTime dateTime) {
      return Timestamp.from(dateTime.toInstant());
    }
    if (value instanceof UUID uuid) {
      return uuid.toString();
    }
    return value;
  }
}
