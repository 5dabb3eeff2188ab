package org.parquetframe.jdbc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An ARRAY value as JDBC hands it out: Calcite's (Avatica's) array, except that the elements of an
 * array of arrays are arrays like this one. Avatica's own {@code getArray()} turns them into Java
 * arrays, and fails with "Unhandled" on a NULL one; they are read through {@link #getResultSet()}
 * here, which gives each inner array as it is (that path would truncate the elements of an array
 * of DOUBLEs, so other arrays keep Avatica's {@code getArray()}). The elements of an array of ROWs
 * are {@link ParquetFrameStruct}s, so that the arrays inside them read alike.
 */
final class ParquetFrameArray implements Array {
  private final Array avatica;

  private ParquetFrameArray(Array avatica) {
    this.avatica = avatica;
  }

  static Array wrap(Array array) {
    return array == null || array instanceof ParquetFrameArray ? array : new ParquetFrameArray(array);
  }

  @Override
  public Object getArray() throws SQLException {
    return avatica.getBaseType() == Types.ARRAY ? innerArrays().toArray() : wrapStructs(avatica.getArray());
  }

  @Override
  public Object getArray(long index, int count) throws SQLException {
    if (avatica.getBaseType() != Types.ARRAY) {
      return wrapStructs(avatica.getArray(index, count));
    }
    List<Object> elements = innerArrays();
    if (index < 1 || count < 0 || index - 1 + count > elements.size()) {
      throw new SQLException("Elements " + index + " to " + (index - 1 + count) + " do not exist: the array has "
          + elements.size() + " (the first is 1)", "2202E");
    }
    return elements.subList((int) index - 1, (int) index - 1 + count).toArray();
  }

  @Override
  public Object getArray(Map<String, Class<?>> map) throws SQLException {
    checkNoTypeMap(map);
    return getArray();
  }

  @Override
  public Object getArray(long index, int count, Map<String, Class<?>> map) throws SQLException {
    checkNoTypeMap(map);
    return getArray(index, count);
  }

  private List<Object> innerArrays() throws SQLException {
    List<Object> elements = new ArrayList<>();
    try (ResultSet rows = avatica.getResultSet()) {
      while (rows.next()) {
        elements.add(wrap(rows.getArray(1)));
      }
    }
    return elements;
  }

  private Object wrapStructs(Object elements) throws SQLException {
    return avatica.getBaseType() == Types.STRUCT ? ParquetFrameStruct.wrapEach((Object[]) elements) : elements;
  }

  private static void checkNoTypeMap(Map<String, Class<?>> map) throws SQLException {
    if (map != null && !map.isEmpty()) {
      throw new SQLFeatureNotSupportedException("Custom type maps are not supported; use getArray()");
    }
  }

  @Override
  public String getBaseTypeName() throws SQLException {
    return avatica.getBaseTypeName();
  }

  @Override
  public int getBaseType() throws SQLException {
    return avatica.getBaseType();
  }

  @Override
  public ResultSet getResultSet() throws SQLException {
    return avatica.getResultSet();
  }

  @Override
  public ResultSet getResultSet(Map<String, Class<?>> map) throws SQLException {
    return avatica.getResultSet(map);
  }

  @Override
  public ResultSet getResultSet(long index, int count) throws SQLException {
    return avatica.getResultSet(index, count);
  }

  @Override
  public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map) throws SQLException {
    return avatica.getResultSet(index, count, map);
  }

  @Override
  public void free() throws SQLException {
    avatica.free();
  }

  @Override
  public String toString() {
    return avatica.toString();
  }
}
