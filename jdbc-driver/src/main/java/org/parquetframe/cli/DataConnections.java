package org.parquetframe.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** How the commands reach the data: always through the public JDBC driver, as any tool would. */
final class DataConnections {
  static final String DRIVER_CLASS = "org.parquetframe.jdbc.Driver";

  private DataConnections() {}

  /** The JDBC URL of a data directory; {@code dir} may carry {@code ;key=value} properties. */
  static String url(String dir) {
    return org.parquetframe.jdbc.Driver.PREFIX + dir;
  }

  static Connection open(String dir) throws SQLException {
    return DriverManager.getConnection(url(dir));
  }

  /** A UTF-8 writer over a print stream; the caller flushes it. */
  static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
  }
}
