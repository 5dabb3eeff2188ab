package org.parquetframe.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** Runs the command line in-process and captures what it prints, and formats query results for assertions. */
final class TestingCli {
  private TestingCli() {}

  /** The outcome of one run: exit code and the text written to each stream. */
  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    return run(Map.of(), args);
  }

  static Run run(Map<String, String> env, String... args) {
    return runWithInput("", env, args);
  }

  static Run runWithInput(String input, Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      CliContext context = new CliContext(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), outStream, errStream, env);
      int code = Main.run(args, context);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }

  /** Runs {@code sql} through the driver over {@code dir} and returns the result in {@code format}. */
  static String format(Path dir, OutputFormat format, String sql) throws SQLException {
    try (Connection connection = DataConnections.open(dir.toString());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      StringWriter text = new StringWriter();
      PrintWriter writer = new PrintWriter(text);
      format.formatter().write(rows, writer);
      writer.flush();
      return text.toString();
    }
  }
}
