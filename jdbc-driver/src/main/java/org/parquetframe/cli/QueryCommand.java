package org.parquetframe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/** {@code parquetframe query <dir> <sql>}: runs SQL over a data directory and prints the results. */
final class QueryCommand implements CliCommand {

  @Override
  public String name() {
    return "query";
  }

  @Override
  public String summary() {
    return "run SQL over a directory of Parquet files and print the result";
  }

  @Override
  public String usage() {
    return """
        Usage: parquetframe query <dir> <sql> [--format %s]

        Runs <sql> over the Parquet files in <dir> (each *.parquet file is a table named after
        the file) and prints the result. <sql> may hold several statements separated by ';';
        each result is printed in turn. Give '-' as <sql> to read the SQL from standard input.
        <dir> may carry connection properties: 'data;threads=4'.

        Options:
          --format table   aligned table with a row count (default)
          --format csv     CSV with a header row (RFC 4180 quoting; NULL is an empty field)
          --format json    a JSON array of objects per result (NULL is null)

        Example:
          parquetframe query data "SELECT node, score FROM TABLE(pagerank('edges.parquet'))
              ORDER BY score DESC LIMIT 10"
        """.formatted(OutputFormat.names());
  }

  @Override
  public int run(List<String> args, CliContext context) throws Exception {
    CommandOptions options = CommandOptions.parse(args, Set.of("format"), Set.of());
    if (options.has("help")) {
      context.out().print(usage());
      return ExitCode.OK;
    }
    List<String> positional = options.positional("dir", "sql");
    OutputFormat format = OutputFormat.TABLE;
    if (options.value("format").isPresent()) {
      format = OutputFormat.parse(options.value("format").get());
    }
    String sql = positional.get(1).equals("-") ? readAll(context) : positional.get(1);
    List<String> statements = SqlScript.statements(sql);
    if (statements.isEmpty()) {
      throw new UsageException("the SQL text is empty");
    }
    PrintWriter out = DataConnections.writer(context.out());
    try (Connection connection = DataConnections.open(positional.get(0))) {
      boolean first = true;
      for (String statement : statements) {
        if (!first && format == OutputFormat.TABLE) {
          out.println();
        }
        try (RunningNotice notice = new RunningNotice(name(), context.err())) {
          execute(connection, statement, format.formatter(), out);
        }
        first = false;
      }
    } finally {
      out.flush();
    }
    return ExitCode.OK;
  }

  private static void execute(Connection connection, String sql, ResultFormatter formatter, PrintWriter out)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      if (statement.execute(sql)) {
        try (ResultSet rows = statement.getResultSet()) {
          formatter.write(rows, out);
        }
      }
      // Flush each result so that it is shown even when a later statement fails.
      out.flush();
    }
  }

  private static String readAll(CliContext context) throws IOException {
    return new String(context.in().readAllBytes(), StandardCharsets.UTF_8);
  }
}
