package org.parquetframe.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

/**
 * A query result that reads through Calcite's, except that {@code getStatement()} is the driver's
 * statement (tools walk back from a result to its connection), {@code getMetaData()} is
 * {@link ParquetFrameResultSetMetaData}, ARRAY and ROW values are {@link ParquetFrameArray}s and
 * {@link ParquetFrameStruct}s, and {@code next()} fails with SQLExceptions only ({@link RowFailures}).
 * Written out as plain delegation, not a reflective proxy like the driver's other wrappers, because
 * getters run once per value: a proxy doubled the time to read a large result.
 */
final class ParquetFrameResultSet extends ReadOnlyResultSet {
  private final ResultSet rows;
  private final Statement statement;

  private ParquetFrameResultSet(ResultSet rows, Statement statement) {
    this.rows = rows;
    this.statement = statement;
  }

  static ResultSet wrap(ResultSet calcite, Statement statement) {
    return calcite == null ? null : new ParquetFrameResultSet(calcite, statement);
  }

  @Override public Statement getStatement() throws SQLException {
    rows.getStatement(); // fails if the result is closed
    return statement;
  }

  @Override public ResultSetMetaData getMetaData() throws SQLException {
    return ParquetFrameResultSetMetaData.wrap(rows.getMetaData());
  }

  @Override public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(this) ? type.cast(this) : rows.unwrap(type);
  }

  @Override public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || rows.isWrapperFor(type);
  }

  // Everything else is Calcite's.

  @Override public boolean absolute(int row) throws SQLException { return rows.absolute(row); }
  @Override public void afterLast() throws SQLException { rows.afterLast(); }
  @Override public void beforeFirst() throws SQLException { rows.beforeFirst(); }
  @Override public void clearWarnings() throws SQLException { rows.clearWarnings(); }
  @Override public void close() throws SQLException { rows.close(); }
  @Override public int findColumn(String label) throws SQLException { return rows.findColumn(label); }
  @Override public boolean first() throws SQLException { return rows.first(); }
  @Override public Array getArray(String label) throws SQLException {
    return ParquetFrameArray.wrap(rows.getArray(label));
  }
  @Override public Array getArray(int c) throws SQLException { return ParquetFrameArray.wrap(rows.getArray(c)); }
  @Override public InputStream getAsciiStream(String label) throws SQLException { return rows.getAsciiStream(label); }
  @Override public InputStream getAsciiStream(int c) throws SQLException { return rows.getAsciiStream(c); }
  @Override public BigDecimal getBigDecimal(String label) throws SQLException { return rows.getBigDecimal(label); }
  @Override public BigDecimal getBigDecimal(int c) throws SQLException { return rows.getBigDecimal(c); }
  @Deprecated
  @Override public BigDecimal getBigDecimal(String label, int scale) throws SQLException {
    return rows.getBigDecimal(label, scale);
  }
  @Deprecated
  @Override public BigDecimal getBigDecimal(int c, int scale) throws SQLException {
    return rows.getBigDecimal(c, scale);
  }
  @Override public InputStream getBinaryStream(String label) throws SQLException {
    return rows.getBinaryStream(label);
  }
  @Override public InputStream getBinaryStream(int c) throws SQLException { return rows.getBinaryStream(c); }
  @Override public Blob getBlob(String label) throws SQLException { return rows.getBlob(label); }
  @Override public Blob getBlob(int c) throws SQLException { return rows.getBlob(c); }
  @Override public boolean getBoolean(String label) throws SQLException { return rows.getBoolean(label); }
  @Override public boolean getBoolean(int c) throws SQLException { return rows.getBoolean(c); }
  @Override public byte getByte(String label) throws SQLException { return rows.getByte(label); }
  @Override public byte getByte(int c) throws SQLException { return rows.getByte(c); }
  @Override public byte[] getBytes(String label) throws SQLException { return rows.getBytes(label); }
  @Override public byte[] getBytes(int c) throws SQLException { return rows.getBytes(c); }
  @Override public Reader getCharacterStream(String label) throws SQLException {
    return rows.getCharacterStream(label);
  }
  @Override public Reader getCharacterStream(int c) throws SQLException { return rows.getCharacterStream(c); }
  @Override public Clob getClob(String label) throws SQLException { return rows.getClob(label); }
  @Override public Clob getClob(int c) throws SQLException { return rows.getClob(c); }
  @Override public int getConcurrency() throws SQLException { return rows.getConcurrency(); }
  @Override public String getCursorName() throws SQLException { return rows.getCursorName(); }
  @Override public Date getDate(String label) throws SQLException { return rows.getDate(label); }
  @Override public Date getDate(int c) throws SQLException { return rows.getDate(c); }
  @Override public Date getDate(String label, Calendar calendar) throws SQLException {
    return rows.getDate(label, calendar);
  }
  @Override public Date getDate(int c, Calendar calendar) throws SQLException { return rows.getDate(c, calendar); }
  @Override public double getDouble(String label) throws SQLException { return rows.getDouble(label); }
  @Override public double getDouble(int c) throws SQLException { return rows.getDouble(c); }
  @Override public int getFetchDirection() throws SQLException { return rows.getFetchDirection(); }
  @Override public int getFetchSize() throws SQLException { return rows.getFetchSize(); }
  @Override public float getFloat(String label) throws SQLException { return rows.getFloat(label); }
  @Override public float getFloat(int c) throws SQLException { return rows.getFloat(c); }
  @Override public int getHoldability() throws SQLException { return rows.getHoldability(); }
  @Override public int getInt(String label) throws SQLException { return rows.getInt(label); }
  @Override public int getInt(int c) throws SQLException { return rows.getInt(c); }
  @Override public long getLong(String label) throws SQLException { return rows.getLong(label); }
  @Override public long getLong(int c) throws SQLException { return rows.getLong(c); }
  @Override public Reader getNCharacterStream(String label) throws SQLException {
    return rows.getNCharacterStream(label);
  }
  @Override public Reader getNCharacterStream(int c) throws SQLException { return rows.getNCharacterStream(c); }
  @Override public NClob getNClob(String label) throws SQLException { return rows.getNClob(label); }
  @Override public NClob getNClob(int c) throws SQLException { return rows.getNClob(c); }
  @Override public String getNString(String label) throws SQLException { return rows.getNString(label); }
  @Override public String getNString(int c) throws SQLException { return rows.getNString(c); }
  @Override public Object getObject(String label) throws SQLException {
    return ParquetFrameStruct.wrapNested(rows.getObject(label));
  }
  @Override public Object getObject(int c) throws SQLException { return ParquetFrameStruct.wrapNested(rows.getObject(c)); }
  @Override public <T> T getObject(String label, Class<T> type) throws SQLException {
    return rows.getObject(label, type);
  }
  @Override public Object getObject(String label, Map<String, Class<?>> map) throws SQLException {
    return rows.getObject(label, map);
  }
  @Override public <T> T getObject(int c, Class<T> type) throws SQLException { return rows.getObject(c, type); }
  @Override public Object getObject(int c, Map<String, Class<?>> map) throws SQLException {
    return rows.getObject(c, map);
  }
  @Override public Ref getRef(String label) throws SQLException { return rows.getRef(label); }
  @Override public Ref getRef(int c) throws SQLException { return rows.getRef(c); }
  @Override public int getRow() throws SQLException { return rows.getRow(); }
  @Override public RowId getRowId(String label) throws SQLException { return rows.getRowId(label); }
  @Override public RowId getRowId(int c) throws SQLException { return rows.getRowId(c); }
  @Override public SQLXML getSQLXML(String label) throws SQLException { return rows.getSQLXML(label); }
  @Override public SQLXML getSQLXML(int c) throws SQLException { return rows.getSQLXML(c); }
  @Override public short getShort(String label) throws SQLException { return rows.getShort(label); }
  @Override public short getShort(int c) throws SQLException { return rows.getShort(c); }
  @Override public String getString(String label) throws SQLException { return rows.getString(label); }
  @Override public String getString(int c) throws SQLException { return rows.getString(c); }
  @Override public Time getTime(String label) throws SQLException { return rows.getTime(label); }
  @Override public Time getTime(int c) throws SQLException { return rows.getTime(c); }
  @Override public Time getTime(String label, Calendar calendar) throws SQLException {
    return rows.getTime(label, calendar);
  }
  @Override public Time getTime(int c, Calendar calendar) throws SQLException { return rows.getTime(c, calendar); }
  @Override public Timestamp getTimestamp(String label) throws SQLException { return rows.getTimestamp(label); }
  @Override public Timestamp getTimestamp(int c) throws SQLException { return rows.getTimestamp(c); }
  @Override public Timestamp getTimestamp(String label, Calendar calendar) throws SQLException {
    return rows.getTimestamp(label, calendar);
  }
  @Override public Timestamp getTimestamp(int c, Calendar calendar) throws SQLException {
    return rows.getTimestamp(c, calendar);
  }
  @Override public int getType() throws SQLException { return rows.getType(); }
  @Override public URL getURL(String label) throws SQLException { return rows.getURL(label); }
  @Override public URL getURL(int c) throws SQLException { return rows.getURL(c); }
  @Deprecated
  @Override public InputStream getUnicodeStream(String label) throws SQLException {
    return rows.getUnicodeStream(label);
  }
  @Deprecated
  @Override public InputStream getUnicodeStream(int c) throws SQLException { return rows.getUnicodeStream(c); }
  @Override public SQLWarning getWarnings() throws SQLException { return rows.getWarnings(); }
  @Override public boolean isAfterLast() throws SQLException { return rows.isAfterLast(); }
  @Override public boolean isBeforeFirst() throws SQLException { return rows.isBeforeFirst(); }
  @Override public boolean isClosed() throws SQLException { return rows.isClosed(); }
  @Override public boolean isFirst() throws SQLException { return rows.isFirst(); }
  @Override public boolean isLast() throws SQLException { return rows.isLast(); }
  @Override public boolean last() throws SQLException { return rows.last(); }
  @Override public boolean next() throws SQLException {
    try {
      return rows.next();
    } catch (RuntimeException e) {
      throw RowFailures.asSqlException(e);
    }
  }
  @Override public boolean previous() throws SQLException { return rows.previous(); }
  @Override public void refreshRow() throws SQLException { rows.refreshRow(); }
  @Override public boolean relative(int offset) throws SQLException { return rows.relative(offset); }
  @Override public boolean rowDeleted() throws SQLException { return rows.rowDeleted(); }
  @Override public boolean rowInserted() throws SQLException { return rows.rowInserted(); }
  @Override public boolean rowUpdated() throws SQLException { return rows.rowUpdated(); }
  @Override public void setFetchDirection(int direction) throws SQLException { rows.setFetchDirection(direction); }
  @Override public void setFetchSize(int size) throws SQLException { rows.setFetchSize(size); }
  @Override public boolean wasNull() throws SQLException { return rows.wasNull(); }
}
