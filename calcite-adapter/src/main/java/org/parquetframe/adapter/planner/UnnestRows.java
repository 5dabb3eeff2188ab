package org.parquetframe.adapter.planner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.linq4j.function.Function1;
import org.apache.calcite.runtime.FlatLists;

/**
 * The rows {@code UNNEST} makes of one input row (called from the code {@link NullSafeUncollect}
 * generates): the product of its collections' elements, as Calcite defines it, where an element is
 * one value, the fields of a ROW (ROW elements are {@code Object[]} or lists) or a MAP entry's key
 * and value; then, WITH ORDINALITY, the row's position (from 1). A NULL collection gives no row; a
 * NULL ROW element gives NULL fields.
 */
public final class UnnestRows {
  /** Width of an element that is one value. */
  public static final int SCALAR = -1;
  /** Width of a MAP entry: key and value. */
  public static final int MAP_ENTRY = -2;

  private UnnestRows() {}

  /**
   * The function from an input row (each column a collection) to its rows: bare values if there is
   * one output column, lists otherwise. {@code widths} has, per column, {@link #SCALAR}, {@link
   * #MAP_ENTRY} or the number of fields of its ROW elements.
   */
  public static Function1<Object[], Enumerable<Object>> of(int[] widths, boolean withOrdinality,
      boolean singleColumn) {
    return row -> {
      List<Object> rows = new ArrayList<>();
      List<List<Object[]>> elements = new ArrayList<>();
      for (int i = 0; i < widths.length; i++) {
        if (row[i] == null) {
          return Linq4j.emptyEnumerable();
        }
        elements.add(elements(row[i], widths[i]));
      }
      addProduct(rows, elements, 0, new ArrayList<>(), withOrdinality, singleColumn);
      return Linq4j.asEnumerable(rows);
    };
  }

  private static List<Object[]> elements(Object collection, int width) {
    List<Object[]> elements = new ArrayList<>();
    if (width == MAP_ENTRY) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) collection).entrySet()) {
        elements.add(new Object[] {entry.getKey(), entry.getValue()});
      }
    } else {
      for (Object element : (Collection<?>) collection) {
        elements.add(width == SCALAR ? new Object[] {element} : fields(element, width));
      }
    }
    return elements;
  }

  private static Object[] fields(Object row, int width) {
    if (row == null) {
      return new Object[width];
    }
    return row instanceof Object[] array ? array : ((List<?>) row).toArray();
  }

  private static void addProduct(List<Object> rows, List<List<Object[]>> elements, int column, List<Object> prefix,
      boolean withOrdinality, boolean singleColumn) {
    if (column == elements.size()) {
      List<Object> values = new ArrayList<>(prefix);
      if (withOrdinality) {
        values.add(rows.size() + 1);
      }
      rows.add(singleColumn ? values.get(0) : FlatLists.of(values));
      return;
    }
    for (Object[] element : elements.get(column)) {
      int size = prefix.size();
      prefix.addAll(Arrays.asList(element));
      addProduct(rows, elements, column + 1, prefix, withOrdinality, singleColumn);
      prefix.subList(size, prefix.size()).clear();
    }
  }
}
