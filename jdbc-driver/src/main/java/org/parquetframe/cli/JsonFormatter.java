package org.parquetframe.cli;

import java.io.PrintWriter;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Struct;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A JSON array with one object per row, keyed by column label, one row per line. Numbers are bare
 * JSON numbers (decimals exactly as stored, never rounded through a double), booleans are
 * {@code true}/{@code false}, SQL NULL is {@code null}, ARRAY and ROW values are JSON arrays (a ROW
 * of its fields in order), MAP values JSON objects, everything else is a string. JSON has no
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

  private static void appendValue(StringBuilder json, Object value) throws SQLException {
    if (value instanceof java.sql.Array array) {
      appendElements(json, array.getArray());
    } else if (value instanceof Struct struct) {
      appendElements(json, struct.getAttributes());
    } else if (value instanceof Object[] || value instanceof List) {
      // inside a MAP, Calcite's own values: a ROW is an Object[], an ARRAY a List
      appendElements(json, value instanceof List<?> list ? list.toArray() : value);
    } else if (value instanceof Map<?, ?> map) {
      json.append('{');
      String separator = "";
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        json.append(separator).append(JsonText.quote(String.valueOf(entry.getKey()))).append(':');
        appendValue(json, entry.getValue());
        separator = ",";
      }
      json.append('}');
    } else {
      appendScalar(json, value);
    }
  }

  /** {@code array}, an Object[] or an array of primitives, as a JSON array. */
  private static void appendElements(StringBuilder json, Object array) throws SQLException {
    json.append('[');
    for (int i = 0; i < Array.getLength(array); i++) {
      json.append(i == 0 ? "" : ",");
      appendValue(json, Array.get(array, i));
    }
    json.append(']');
  }

  private static void appendScalar(StringBuilder json, Object value) {
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
