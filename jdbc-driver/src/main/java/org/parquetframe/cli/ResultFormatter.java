package org.parquetframe.cli;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Writes one JDBC result set as text in some format. */
interface ResultFormatter {

  /** Writes every remaining row of {@code rows}; does not close it. */
  void write(ResultSet rows, PrintWriter out) throws SQLException;
}
