package org.parquetframe.adapter;

import java.sql.SQLException;

/**
 * Errors on their way to a JDBC client from generated code. Avatica passes the unchecked
 * exceptions of {@code ResultSet.next()} to the client as they are, but JDBC promises an
 * SQLException, which the linq4j interfaces cannot declare: it is thrown unchecked.
 */
final class JdbcErrors {
  private JdbcErrors() {}

  /** Throws {@code e} as an SQLException with its message; declared to return so that callers can {@code throw}. */
  static RuntimeException asSqlException(RuntimeException e) {
    throw JdbcErrors.<RuntimeException>throwUnchecked(new SQLException(e.getMessage(), e));
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E throwUnchecked(Throwable e) throws E {
    throw (E) e;
  }
}
