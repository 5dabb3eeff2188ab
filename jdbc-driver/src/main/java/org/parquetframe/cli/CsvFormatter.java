package org.parquetframe.cli;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * CSV with a header row, quoted as RFC 4180 asks: a field that holds a comma, a double quote or a
 * line break is enclosed in double quotes, and its double quotes are doubled. SQL NULL is an empty
 * field while an empty string is {@code ""}, so the two stay apart. Lines end with {@code \n}, as
 * most Unix tools expect. Rows are streamed.
 */
final class CsvFormatter implements ResultFormatter {

  @Override
  public void write(ResultSet rows, PrintWriter out) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    int columns = meta.getColumnCount();
    int[] types = new int[columns];
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < columns; c++) {
      types[c] = meta.getColumnType(c + 1);
      line.append(c == 0 ? "" : ",").append(field(meta.getColumnLabel(c + 1)));
    }
    out.print(line.append('\n'));
    while (rows.next()) {
      line.setLength(0);
      for (int c = 0; c < columns; c++) {
        String text = CellValues.text(rows, c + 1, types[c]);
        line.append(c == 0 ? "" : ",").append(text == null ? "" : field(text));
      }
      out.print(line.append('\n'));
    }
  }

  static String field(String text) {
    if (text.isEmpty()) {
      return "\"\"";
    }
    boolean needsQuotes = false;
    for (int i = 0; i < text.length() && !needsQuotes; i++) {
      char ch = text.charAt(i);
      needsQuotes = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
    }
    return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
