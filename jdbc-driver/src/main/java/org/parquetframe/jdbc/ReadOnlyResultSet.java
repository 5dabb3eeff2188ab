package org.parquetframe.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;

/**
 * The half of {@link ResultSet} that changes rows, refused: ParquetFrame SQL reads Parquet files and
 * its results are {@code CONCUR_READ_ONLY}. Subclasses implement the reading half.
 */
abstract class ReadOnlyResultSet implements ResultSet {
  static SQLException readOnly() {
    return new SQLFeatureNotSupportedException("ParquetFrame SQL results are read-only", "0A000");
  }

  @Override public void cancelRowUpdates() throws SQLException { throw readOnly(); }
  @Override public void deleteRow() throws SQLException { throw readOnly(); }
  @Override public void insertRow() throws SQLException { throw readOnly(); }
  @Override public void moveToCurrentRow() throws SQLException { throw readOnly(); }
  @Override public void moveToInsertRow() throws SQLException { throw readOnly(); }
  @Override public void updateArray(String label, Array x) throws SQLException { throw readOnly(); }
  @Override public void updateArray(int c, Array x) throws SQLException { throw readOnly(); }
  @Override public void updateAsciiStream(String label, InputStream x) throws SQLException { throw readOnly(); }
  @Override public void updateAsciiStream(int c, InputStream x) throws SQLException { throw readOnly(); }
  @Override public void updateAsciiStream(String label, InputStream x, int length) throws SQLException {
    throw readOnly();
  }
  @Override public void updateAsciiStream(String label, InputStream x, long length) throws SQLException {
    throw readOnly();
  }
  @Override public void updateAsciiStream(int c, InputStream x, int length) throws SQLException { throw readOnly(); }
  @Override public void updateAsciiStream(int c, InputStream x, long length) throws SQLException { throw readOnly(); }
  @Override public void updateBigDecimal(String label, BigDecimal x) throws SQLException { throw readOnly(); }
  @Override public void updateBigDecimal(int c, BigDecimal x) throws SQLException { throw readOnly(); }
  @Override public void updateBinaryStream(String label, InputStream x) throws SQLException { throw readOnly(); }
  @Override public void updateBinaryStream(int c, InputStream x) throws SQLException { throw readOnly(); }
  @Override public void updateBinaryStream(String label, InputStream x, int length) throws SQLException {
    throw readOnly();
  }
  @Override public void updateBinaryStream(String label, InputStream x, long length) throws SQLException {
    throw readOnly();
  }
  @Override public void updateBinaryStream(int c, InputStream x, int length) throws SQLException { throw readOnly(); }
  @Override public void updateBinaryStream(int c, InputStream x, long length) throws SQLException { throw readOnly(); }
  @Override public void updateBlob(String label, InputStream x) throws SQLException { throw readOnly(); }
  @Override public void updateBlob(String label, Blob x) throws SQLException { throw readOnly(); }
  @Override public void updateBlob(int c, InputStream x) throws SQLException { throw readOnly(); }
  @Override public void updateBlob(int c, Blob x) throws SQLException { throw readOnly(); }
  @Override public void updateBlob(String label, InputStream x, long length) throws SQLException { throw readOnly(); }
  @Override public void updateBlob(int c, InputStream x, long length) throws SQLException { throw readOnly(); }
  @Override public void updateBoolean(String label, boolean x) throws SQLException { throw readOnly(); }
  @Override public void updateBoolean(int c, boolean x) throws SQLException { throw readOnly(); }
  @Override public void updateByte(String label, byte x) throws SQLException { throw readOnly(); }
  @Override public void updateByte(int c, byte x) throws SQLException { throw readOnly(); }
  @Override public void updateBytes(String label, byte[] x) throws SQLException { throw readOnly(); }
  @Override public void updateBytes(int c, byte[] x) throws SQLException { throw readOnly(); }
  @Override public void updateCharacterStream(String label, Reader x) throws SQLException { throw readOnly(); }
  @Override public void updateCharacterStream(int c, Reader x) throws SQLException { throw readOnly(); }
  @Override public void updateCharacterStream(String label, Reader x, int length) throws SQLException {
    throw readOnly();
  }
  @Override public void updateCharacterStream(String label, Reader x, long length) throws SQLException {
    throw readOnly();
  }
  @Override public void updateCharacterStream(int c, Reader x, int length) throws SQLException { throw readOnly(); }
  @Override public void updateCharacterStream(int c, Reader x, long length) throws SQLException { throw readOnly(); }
  @Override public void updateClob(String label, Reader x) throws SQLException { throw readOnly(); }
  @Override public void updateClob(String label, Clob x) throws SQLException { throw readOnly(); }
  @Override public void updateClob(int c, Reader x) throws SQLException { throw readOnly(); }
  @Override public void updateClob(int c, Clob x) throws SQLException { throw readOnly(); }
  @Override public void updateClob(String label, Reader x, long length) throws SQLException { throw readOnly(); }
  @Override public void updateClob(int c, Reader x, long length) throws SQLException { throw readOnly(); }
  @Override public void updateDate(String label, Date x) throws SQLException { throw readOnly(); }
  @Override public void updateDate(int c, Date x) throws SQLException { throw readOnly(); }
  @Override public void updateDouble(String label, double x) throws SQLException { throw readOnly(); }
  @Override public void updateDouble(int c, double x) throws SQLException { throw readOnly(); }
  @Override public void updateFloat(String label, float x) throws SQLException { throw readOnly(); }
  @Override public void updateFloat(int c, float x) throws SQLException { throw readOnly(); }
  @Override public void updateInt(String label, int length) throws SQLException { throw readOnly(); }
  @Override public void updateInt(int c, int length) throws SQLException { throw readOnly(); }
  @Override public void updateLong(String label, long length) throws SQLException { throw readOnly(); }
  @Override public void updateLong(int c, long length) throws SQLException { throw readOnly(); }
  @Override public void updateNCharacterStream(String label, Reader x) throws SQLException { throw readOnly(); }
  @Override public void updateNCharacterStream(int c, Reader x) throws SQLException { throw readOnly(); }
  @Override public void updateNCharacterStream(String label, Reader x, long length) throws SQLException {
    throw readOnly();
  }
  @Override public void updateNCharacterStream(int c, Reader x, long length) throws SQLException { throw readOnly(); }
  @Override public void updateNClob(String label, Reader x) throws SQLException { throw readOnly(); }
  @Override public void updateNClob(String label, NClob x) throws SQLException { throw readOnly(); }
  @Override public void updateNClob(int c, Reader x) throws SQLException { throw readOnly(); }
  @Override public void updateNClob(int c, NClob x) throws SQLException { throw readOnly(); }
  @Override public void updateNClob(String label, Reader x, long length) throws SQLException { throw readOnly(); }
  @Override public void updateNClob(int c, Reader x, long length) throws SQLException { throw readOnly(); }
  @Override public void updateNString(String label, String x) throws SQLException { throw readOnly(); }
  @Override public void updateNString(int c, String x) throws SQLException { throw readOnly(); }
  @Override public void updateNull(String label) throws SQLException { throw readOnly(); }
  @Override public void updateNull(int c) throws SQLException { throw readOnly(); }
  @Override public void updateObject(String label, Object x) throws SQLException { throw readOnly(); }
  @Override public void updateObject(int c, Object x) throws SQLException { throw readOnly(); }
  @Override public void updateObject(String label, Object x, int scaleOrLength) throws SQLException {
    throw readOnly();
  }
  @Override public void updateObject(int c, Object x, int scaleOrLength) throws SQLException { throw readOnly(); }
  @Override public void updateRef(String label, Ref x) throws SQLException { throw readOnly(); }
  @Override public void updateRef(int c, Ref x) throws SQLException { throw readOnly(); }
  @Override public void updateRow() throws SQLException { throw readOnly(); }
  @Override public void updateRowId(String label, RowId x) throws SQLException { throw readOnly(); }
  @Override public void updateRowId(int c, RowId x) throws SQLException { throw readOnly(); }
  @Override public void updateSQLXML(String label, SQLXML x) throws SQLException { throw readOnly(); }
  @Override public void updateSQLXML(int c, SQLXML x) throws SQLException { throw readOnly(); }
  @Override public void updateShort(String label, short x) throws SQLException { throw readOnly(); }
  @Override public void updateShort(int c, short x) throws SQLException { throw readOnly(); }
  @Override public void updateString(String label, String x) throws SQLException { throw readOnly(); }
  @Override public void updateString(int c, String x) throws SQLException { throw readOnly(); }
  @Override public void updateTime(String label, Time x) throws SQLException { throw readOnly(); }
  @Override public void updateTime(int c, Time x) throws SQLException { throw readOnly(); }
  @Override public void updateTimestamp(String label, Timestamp x) throws SQLException { throw readOnly(); }
  @Override public void updateTimestamp(int c, Timestamp x) throws SQLException { throw readOnly(); }
}
