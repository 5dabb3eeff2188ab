package org.parquetframe.jdbc;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;

/**
 * A statement (plain or prepared) that leads back to the driver's connection, wraps its results in
 * {@link ParquetFrameResultSet}, describes prepared queries with {@link ParquetFrameResultSetMetaData},
 * binds java.time parameter values ({@link ParameterValues}) and text given for parameters of other
 * types, and accepts {@code setEscapeProcessing}, which Calcite refuses although its parser reads JDBC
 * escapes anyway.
 */
final class ParquetFrameStatement implements Forwarding.FailureTranslator {
  private final Statement calcite;
  private final Connection connection;
  private Statement self;
  /** The last result handed out, so that repeated {@code getResultSet()} calls return one object. */
  private ResultSet lastCalciteResult;
  private ResultSet lastResult;

  private ParquetFrameStatement(Statement calcite, Connection connection) {
    this.calcite = calcite;
    this.connection = connection;
  }

  static Statement wrap(Statement calcite, Connection connection) {
    ParquetFrameStatement overrides = new ParquetFrameStatement(calcite, connection);
    overrides.self = Forwarding.proxy(Statement.class, calcite, overrides);
    return overrides.self;
  }

  static PreparedStatement wrap(PreparedStatement calcite, Connection connection) {
    ParquetFrameStatement overrides = new ParquetFrameStatement(calcite, connection);
    PreparedStatement prepared = Forwarding.proxy(PreparedStatement.class, calcite, overrides);
    overrides.self = prepared;
    return prepared;
  }

  public Connection getConnection() throws SQLException {
    calcite.getConnection(); // fails if the statement is closed
    return connection;
  }

  public ResultSet executeQuery(String sql) throws SQLException {
    return result(calcite.executeQuery(sql));
  }

  public ResultSet executeQuery() throws SQLException {
    return result(prepared().executeQuery());
  }

  public ResultSet getResultSet() throws SQLException {
    return result(calcite.getResultSet());
  }

  public ResultSetMetaData getMetaData() throws SQLException {
    return ParquetFrameResultSetMetaData.wrap(prepared().getMetaData());
  }

  public void setObject(int index, Object value) throws SQLException {
    prepared().setObject(index, ParameterValues.bindable(value));
  }

  public void setObject(int index, Object value, int sqlType) throws SQLException {
    Object bindable = ParameterValues.bindable(value);
    if (!ParameterValues.bindTemporal(prepared(), index, bindable, sqlType)) {
      prepared().setObject(index, bindable, sqlType);
    }
  }

  public void setObject(int index, Object value, int sqlType, int scaleOrLength) throws SQLException {
    Object bindable = ParameterValues.bindable(value);
    if (!ParameterValues.bindTemporal(prepared(), index, bindable, sqlType)) {
      prepared().setObject(index, bindable, sqlType, scaleOrLength);
    }
  }

  /**
   * A string bound to a parameter of another type (tools often bind what users type as text) is
   * converted to that type, as {@code setObject(i, text, type)} does; Avatica would pass the string on
   * and the query would fail with a ClassCastException.
   */
  public void setString(int index, String value) throws SQLException {
    ParameterMetaData parameters = prepared().getParameterMetaData();
    boolean known = index >= 1 && index <= parameters.getParameterCount();
    int type = known ? parameters.getParameterType(index) : Types.VARCHAR;
    if (value == null || ColumnSizes.textual(type) || type == Types.OTHER) {
      prepared().setString(index, value);
      return;
    }
    try {
      prepared().setObject(index, value, type);
    } catch (RuntimeException e) {
      throw new SQLException("Cannot bind '" + value + "' to parameter " + index + " of type "
          + parameters.getParameterTypeName(index) + ": " + e.getMessage(), "22018", e);
    }
  }

  public void setEscapeProcessing(boolean enable) throws SQLException {
    if (calcite.isClosed()) {
      throw new SQLException("Statement is closed", "HY010");
    }
  }

  private PreparedStatement prepared() {
    return (PreparedStatement) calcite;
  }

  private ResultSet result(ResultSet calciteResult) {
    if (calciteResult != lastCalciteResult) {
      lastCalciteResult = calciteResult;
      lastResult = ParquetFrameResultSet.wrap(calciteResult, self);
    }
    return lastResult;
  }

  /** Failures tell their reason first: see {@link StatementFailures}. */
  @Override
  public SQLException translate(Method method, Object[] args, SQLException failure) {
    return StatementFailures.INSTANCE.translate(method, args, failure);
  }
}
