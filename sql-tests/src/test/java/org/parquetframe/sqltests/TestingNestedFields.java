package org.parquetframe.sqltests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Nested values in the form {@link TestingParquetFiles} writes them, the structure of the schema
 * (a group an {@code Object[]} of its fields, a repeated field a list): for the standard 3-level
 * LIST, the legacy 2-level LIST and the MAP layouts, from the elements or entries. NULL for a NULL
 * list or map.
 */
final class TestingNestedFields {
  private TestingNestedFields() {}

  /** The group of a 3-level LIST: a repeated group holding each element. */
  static Object[] list3(Object... elements) {
    return new Object[] {Arrays.stream(elements).map(e -> new Object[] {e}).toList()};
  }

  /** As {@link #list3(Object...)}, NULL for a NULL list. */
  static Object[] list3(List<?> elements) {
    return elements == null ? null : list3(elements.toArray());
  }

  /** The group of a 2-level LIST: the repeated field holds the elements themselves. */
  static Object[] list2(Object... elements) {
    return new Object[] {Arrays.asList(elements)};
  }

  /** The group of a MAP: a repeated key-value group. */
  static Object[] keyValues(Object... keysAndValues) {
    List<Object[]> entries = new ArrayList<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      entries.add(new Object[] {keysAndValues[i], keysAndValues[i + 1]});
    }
    return new Object[] {entries};
  }

  /** As {@link #keyValues(Object...)}, NULL for a NULL map. */
  static Object[] keyValues(Map<?, ?> map) {
    if (map == null) {
      return null;
    }
    List<Object> flat = new ArrayList<>();
    map.forEach((k, v) -> {
      flat.add(k);
      flat.add(v);
    });
    return keyValues(flat.toArray());
  }

  /** A group: its fields' values in order. */
  static Object[] group(Object... fields) {
    return fields;
  }
}
