package org.parquetframe.jdbc;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Struct;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A ROW value as JDBC hands it out: Calcite's (Avatica's) struct, except that the arrays among its
 * attributes, at any depth, are {@link ParquetFrameArray}s and its ROW attributes structs like this
 * one. Avatica gives an attribute that is an array of arrays as a {@link List} of its own arrays,
 * whose {@code getArray()} fails with "Unhandled" on a NULL element; wrapped, they read it as NULL.
 */
final class ParquetFrameStruct implements Struct {
  private final Struct avatica;

  private ParquetFrameStruct(Struct avatica) {
    this.avatica = avatica;
  }

  /** {@code value} with the arrays and structs in it wrapped; other values (and NULL) unchanged. */
  static Object wrapNested(Object value) {
    if (value instanceof Array array) {
      return ParquetFrameArray.wrap(array);
    }
    if (value instanceof Struct struct && !(struct instanceof ParquetFrameStruct)) {
      return new ParquetFrameStruct(struct);
    }
    if (value instanceof List<?> list) {
      List<Object> wrapped = new ArrayList<>(list.size());
      list.forEach(element -> wrapped.add(wrapNested(element)));
      return wrapped;
    }
    return value;
  }

  /** {@code values} with each element wrapped in place (by {@link #wrapNested}); returns them. */
  static Object[] wrapEach(Object[] values) {
    for (int i = 0; i < values.length; i++) {
      values[i] = wrapNested(values[i]);
    }
    return values;
  }

  @Override
  public String getSQLTypeName() throws SQLException {
    return avatica.getSQLTypeName();
  }

  @Override
  public Object[] getAttributes() throws SQLException {
    return wrapEach(avatica.getAttributes());
  }

  @Override
  public Object[] getAttributes(Map<String, Class<?>> map) throws SQLException {
    return wrapEach(avatica.getAttributes(map));
  }

  @Override
  public String toString() {
    return avatica.toString();
  }
}
