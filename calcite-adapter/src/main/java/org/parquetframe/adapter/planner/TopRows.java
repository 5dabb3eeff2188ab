package org.parquetframe.adapter.planner;

import java.lang.reflect.Method;
import java.util.Comparator;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.EnumerableDefaults;
import org.apache.calcite.linq4j.function.Function1;
import org.apache.calcite.linq4j.tree.Types;

/**
 * The top-N that {@link TypedLimitSort} generates a call to: the input's own top rows where it is
 * a {@link TopRowsSource} that can sort on the key, Calcite's bounded sort otherwise.
 */
public final class TopRows {
  /** {@link #orderBy}, for generated code, which converts its arguments to the declared types. */
  static final Method ORDER_BY = Types.lookupMethod(TopRows.class, "orderBy", Enumerable.class, Function1.class,
      Comparator.class, int.class, int.class, int.class, boolean.class, boolean.class);

  private TopRows() {}

  /** Called from generated code; {@code field} is the single sort key's column, or -1 for several keys. */
  @SuppressWarnings("unchecked")
  public static <T, K> Enumerable<T> orderBy(Enumerable<T> source, Function1<T, K> keySelector,
      Comparator<K> comparator, int offset, int fetch, int field, boolean descending, boolean nullsFirst) {
    if (field >= 0 && source instanceof TopRowsSource rows) {
      Enumerable<Object[]> top = rows.topRows(field, descending, nullsFirst, offset, fetch);
      if (top != null) {
        return (Enumerable<T>) top;
      }
    }
    return EnumerableDefaults.orderBy(source, keySelector, comparator, offset, fetch);
  }
}
