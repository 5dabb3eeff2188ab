package org.parquetframe.sqltests;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Struct;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Nested values in a form tests compare with {@code equals}: what JDBC returns for ARRAY
 * ({@link Array}), ROW ({@link Struct}) and MAP ({@link Map}) columns becomes plain lists and maps,
 * ROWs lists of their fields, at every depth; {@link #list}, {@link #row} and {@link #map} build the
 * expected values. The leaves go through a given normalization (identity by default).
 */
final class TestingNestedValues {
  private TestingNestedValues() {}

  /** {@code value} with every nested value made plain; other values unchanged. */
  static Object plain(Object value) {
    return plain(value, UnaryOperator.identity());
  }

  /** As {@link #plain(Object)}, applying {@code leaf} to every value that is not nested. */
  static Object plain(Object value, UnaryOperator<Object> leaf) {
    try {
      if (value instanceof Array array) {
        return plain(array.getArray(), leaf);
      }
      if (value instanceof Struct struct) {
        return plain(struct.getAttributes(), leaf);
      }
    } catch (SQLException e) {
      throw new AssertionError("cannot read nested value " + value, e);
    }
    if (value instanceof Object[] array) {
      return plain(Arrays.asList(array), leaf);
    }
    if (value instanceof List<?> list) {
      List<Object> plain = new ArrayList<>();
      list.forEach(element -> plain.add(plain(element, leaf)));
      return plain;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> plain = new LinkedHashMap<>();
      map.forEach((k, v) -> plain.put(plain(k, leaf), plain(v, leaf)));
      return plain;
    }
    return leaf.apply(value);
  }

  /** An ARRAY value (NULL elements allowed). */
  static List<Object> list(Object... elements) {
    return new ArrayList<>(Arrays.asList(elements));
  }

  /** A ROW value: its fields in order. */
  static List<Object> row(Object... fields) {
    return list(fields);
  }

  /** A MAP value from alternating keys and values. */
  static Map<Object, Object> map(Object... keysAndValues) {
    Map<Object, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
