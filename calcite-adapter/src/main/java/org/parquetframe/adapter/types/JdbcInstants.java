package org.parquetframe.adapter.types;

import java.util.TimeZone;

/**
 * Instants (UTC-adjusted Parquet timestamps) as the local wall-clock milliseconds that JDBC turns
 * back into the same instant. Calcite's JDBC layer (Avatica) reads a TIMESTAMP value {@code v} as a
 * wall-clock time of the JVM's default zone, giving the instant {@code v - offset(v)}; we store the
 * {@code v} for which that is the instant written. In a UTC JVM, {@code v} is the instant itself.
 */
final class JdbcInstants {
  private JdbcInstants() {}

  static long wallClockMillis(long utcMillis) {
    TimeZone zone = TimeZone.getDefault();
    long guess = utcMillis + zone.getOffset(utcMillis);
    if (guess - zone.getOffset(guess) == utcMillis) {
      return guess;
    }
    // Within hours of a daylight-saving change the offset at the wall-clock time differs.
    long corrected = utcMillis + zone.getOffset(guess);
    return corrected - zone.getOffset(corrected) == utcMillis ? corrected : guess;
  }
}
