package org.parquetframe.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * A JSON array with one object per row, keyed by column label, one row per line. Numbers are bare
 * JSON numbers (decimals exactly as stored, never rounded through a double), booleans are
 * {@code true}/{@code false}, SQL NULL is {@code null}, everything else is a string. JSON has no
 * NaN or infinity, so those doubles are written as the strings {@code "NaN"}, {@code "Infinity"}
 * and {@code "-Infinity"}. Rows are streamed.
 */
final class JsonFormatter implements ResultFormatter {
  private static final HexFormat HEX = HexFormat.of();

  @Override
  public void write(ResultSet rows, PrintWriter out) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    int columns = meta.getColumnCount();
    int[] types = new int[columns];
    String[] keys = new String[columns];
    for (int c = 0; c < columns; c++) {
      types[c] = meta.getColumnType(c + 1);
      keys[c] = JsonText.quote(meta.getColumnLabel(c + 1)) + ":";
    }
    StringBuilder line = new StringBuilder();
    boolean first = true;
    out.print('[');
    while (rows.next()) {
      line.setLength(0);
      line.append(first ? "\n{" : ",\n{");
      for (int c = 0; c < columns; c++) {
        line.append(c == 0 ? "" : ",").append(keys[c]);
        appendValue(line, CellValues.value(rows, c + 1, types[c]));
      }
      out.print(line.append('}'));
      first = false;
    }
    out.print(first ? "]\n" : "\n]\n");
  }

  private static void appendValue(StringBuilder json, Object value) {
    if (value == null) {
      json.append("null");
    } else if (value instanceof Boolean) {
      json.append(value);
    } else if (value instanceof BigDecimal decimal) {
      json.append(decimal.toPlainString());
    } else if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      json.append(Double.isFinite(number) ? value.toString() : JsonText.quote(value.toString()));
    } else if (value instanceof Number) {
      // Byte, Short, Integer, Long, BigInteger: their toString is already a JSON number.
      json.append(value);
    } else if (value instanceof byte[] bytes) {
      json.append(JsonText.quote(HEX.formatHex(bytes)));
    } else {
      json.append(JsonText.quote(value.toString()));
    }
  }
}
