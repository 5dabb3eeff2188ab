package org.parquetframe.benchmarks.report;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * How a log axis labels its powers of ten: as durations ({@code 1 ms}, {@code 10 s}) or as counts
 * ({@code 1K}, {@code 10M}), instead of JFreeChart's {@code 10^-2.4}.
 */
public enum AxisUnit {
  SECONDS, COUNT;

  /** The label of {@code value}, e.g. {@code 100 µs}, {@code 1 s}, {@code 100K}. */
  public String label(double value) {
    return this == SECONDS ? duration(value) : count(value);
  }

  private static String duration(double seconds) {
    if (seconds < 1e-3) {
      return trim(seconds * 1e6) + " µs";
    }
    if (seconds < 1) {
      return trim(seconds * 1e3) + " ms";
    }
    return trim(seconds) + " s";
  }

  private static String count(double value) {
    if (value >= 1e9) {
      return trim(value / 1e9) + "G";
    }
    if (value >= 1e6) {
      return trim(value / 1e6) + "M";
    }
    return value >= 1e3 ? trim(value / 1e3) + "K" : trim(value);
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? Long.toString(Math.round(value)) : String.format(Locale.ROOT, "%.2g", value);
  }

  /** This unit as the {@link NumberFormat} JFreeChart's axes take. */
  NumberFormat format() {
    return new NumberFormat() {
      @Override
      public StringBuffer format(double number, StringBuffer to, FieldPosition position) {
        return to.append(label(number));
      }

      @Override
      public StringBuffer format(long number, StringBuffer to, FieldPosition position) {
        return to.append(label(number));
      }

      @Override
      public Number parse(String source, ParsePosition position) {
        throw new UnsupportedOperationException("axis labels are only written");
      }
    };
  }
}
