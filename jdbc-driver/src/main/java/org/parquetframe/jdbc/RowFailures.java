package org.parquetframe.jdbc;

import java.sql.SQLException;

/**
 * Errors met while a result's rows are computed, as JDBC promises them: an SQLException. Avatica
 * passes the unchecked exceptions of {@code ResultSet.next()} through as they are, so an error
 * raised by generated code (an aggregate that overflowed, say) would reach the client as an
 * {@code ArithmeticException} and escape its {@code catch (SQLException e)}.
 */
final class RowFailures {
  /** SQLSTATE 22003: numeric value out of range. */
  private static final String OUT_OF_RANGE = "22003";
  /** SQLSTATE 22000: data exception, for the other failures of a row's computation. */
  private static final String DATA_EXCEPTION = "22000";

  private RowFailures() {}

  static SQLException asSqlException(RuntimeException failure) {
    String state = failure instanceof ArithmeticException ? OUT_OF_RANGE : DATA_EXCEPTION;
    String message = failure.getMessage() != null ? failure.getMessage() : failure.toString();
    return new SQLException(message, state, failure);
  }
}
