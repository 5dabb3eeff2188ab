package org.parquetframe.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** A Markdown (GitHub) table built row by row; cells are escaped so that a {@code |} cannot break it. */
public final class MarkdownTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final Set<Integer> rightAligned = new TreeSet<>();

  public MarkdownTable(String... header) {
    if (header.length == 0) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    this.header = List.of(header);
  }

  /** Adds a row; it must have one cell per column. */
  public MarkdownTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
    }
    rows.add(List.of(cells));
    return this;
  }

  /** Right-aligns the columns at these (0-based) positions: columns of figures read best that way. */
  public MarkdownTable alignRight(int... columns) {
    for (int column : columns) {
      if (column < 0 || column >= header.size()) {
        throw new IllegalArgumentException("no column " + column + " in a table of " + header.size() + " columns");
      }
      rightAligned.add(column);
    }
    return this;
  }

  public int rowCount() {
    return rows.size();
  }

  public String render() {
    StringBuilder text = new StringBuilder();
    line(text, header);
    List<String> separator = new ArrayList<>();
    for (int column = 0; column < header.size(); column++) {
      separator.add(rightAligned.contains(column) ? "---:" : "---");
    }
    line(text, separator);
    rows.forEach(row -> line(text, row));
    return text.toString();
  }

  private static void line(StringBuilder text, List<String> cells) {
    text.append('|');
    for (String cell : cells) {
      text.append(' ').append(cell.replace("|", "\\|")).append(" |");
    }
    text.append('\n');
  }

  /** Seconds with three significant digits and a unit that suits them ({@code 12.3 ms}, {@code 4.56 s}); "–" for NaN. */
  public static String seconds(double seconds) {
    if (Double.isNaN(seconds)) {
      return "–";
    }
    if (seconds < 1e-3) {
      return String.format(Locale.ROOT, "%.3g µs", seconds * 1e6);
    }
    if (seconds < 1) {
      return String.format(Locale.ROOT, "%.3g ms", seconds * 1e3);
    }
    return String.format(Locale.ROOT, "%.3g s", seconds);
  }

  /** A ratio as {@code 12.3x}; "–" for NaN. */
  public static String times(double ratio) {
    return Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.3gx", ratio);
  }

  /** Bytes in MB (10^6), no decimals; "–" when negative (unknown). */
  public static String megabytes(long bytes) {
    return bytes < 0 ? "–" : String.format(Locale.ROOT, "%,d MB", Math.round(bytes / 1e6));
  }
}
