package org.parquetframe.cli;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned text table for people, in the style of psql: a header, a separator line, numbers
 * right-aligned, SQL NULL shown as {@code NULL}, and a row count footer such as {@code (10 rows)}.
 * The whole result is held in memory to measure the columns; use CSV or JSON for large results.
 */
final class TableFormatter implements ResultFormatter {
  static final String NULL_TEXT = "NULL";

  @Override
  public void write(ResultSet rows, PrintWriter out) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    int columns = meta.getColumnCount();
    String[] header = new String[columns];
    int[] types = new int[columns];
    boolean[] rightAligned = new boolean[columns];
    int[] widths = new int[columns];
    for (int c = 0; c < columns; c++) {
      header[c] = meta.getColumnLabel(c + 1);
      types[c] = meta.getColumnType(c + 1);
      rightAligned[c] = CellValues.isNumeric(types[c]);
      widths[c] = width(header[c]);
    }
    List<String[]> body = new ArrayList<>();
    while (rows.next()) {
      String[] row = new String[columns];
      for (int c = 0; c < columns; c++) {
        String text = CellValues.text(rows, c + 1, types[c]);
        // One table row per result row: line breaks inside a value would break the alignment.
        row[c] = text == null ? NULL_TEXT : text.replace("\r", "\\r").replace("\n", "\\n");
        widths[c] = Math.max(widths[c], width(row[c]));
      }
      body.add(row);
    }
    printRow(out, header, widths, rightAligned);
    StringBuilder separator = new StringBuilder();
    for (int c = 0; c < columns; c++) {
      separator.append(c == 0 ? "" : "+").append("-".repeat(widths[c] + 2));
    }
    out.println(separator);
    for (String[] row : body) {
      printRow(out, row, widths, rightAligned);
    }
    out.println(body.size() == 1 ? "(1 row)" : "(" + body.size() + " rows)");
  }

  private static void printRow(PrintWriter out, String[] cells, int[] widths, boolean[] rightAligned) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      String padding = " ".repeat(widths[c] - width(cells[c]));
      line.append(c == 0 ? " " : " | ");
      line.append(rightAligned[c] ? padding + cells[c] : cells[c] + padding);
    }
    // Trailing blanks of the last column only make copy-and-paste and diffs noisy.
    out.println(line.toString().stripTrailing());
  }

  /** Width in characters as a terminal shows them, counting a surrogate pair once. */
  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
