package org.parquetframe.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * {@code parquetframe demo [dir]}: writes a small social graph with a user table and runs a few
 * showcase queries over it, as a first look at what the engine does.
 */
final class DemoCommand implements CliCommand {
  static final long VERTICES = 10_000;
  static final long EDGES = 100_000;
  static final long SEED = 42;

  /** One showcase query and the line that introduces it. */
  record DemoQuery(String title, String sql) {}

  static final List<DemoQuery> QUERIES = List.of(
      new DemoQuery("Users in Germany (a filtered scan)",
          "SELECT id, name, signup FROM users WHERE country = 'DE' ORDER BY id LIMIT 5"),
      new DemoQuery("Top 10 vertices by PageRank",
          "SELECT node, score FROM TABLE(pagerank('edges.parquet')) ORDER BY score DESC LIMIT 10"),
      new DemoQuery("PageRank joined back to the users",
          "SELECT u.name, u.country, p.score FROM TABLE(pagerank('edges.parquet')) p "
              + "JOIN users u ON u.id = p.node ORDER BY p.score DESC LIMIT 10"),
      new DemoQuery("Users per country (an aggregate)",
          "SELECT country, count(*) AS user_count FROM users GROUP BY country ORDER BY user_count DESC, country"));

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String summary() {
    return "write sample data and run showcase queries (pagerank, joins, aggregates)";
  }

  @Override
  public String usage() {
    return """
        Usage: parquetframe demo [dir]

        Writes sample data into [dir] (default: %s) and runs a few showcase queries over it:
          edges.parquet  a random graph, %,d edges over %,d vertices
          users.parquet  one user per vertex: id, name, country, signup
        Existing files of those names in [dir] are replaced.
        """.formatted(defaultDirectory(), EDGES, VERTICES);
  }

  @Override
  public int run(List<String> args, CliContext context) throws Exception {
    CommandOptions options = CommandOptions.parse(args, Set.of(), Set.of());
    if (options.has("help")) {
      context.out().print(usage());
      return ExitCode.OK;
    }
    List<String> positional = options.positionalAll();
    if (positional.size() > 1) {
      throw new UsageException("expected at most one argument [dir], got " + positional);
    }
    Path dir = positional.isEmpty() ? defaultDirectory() : Path.of(positional.get(0));
    Files.createDirectories(dir);
    PrintWriter out = DataConnections.writer(context.out());
    out.printf(Locale.ROOT, "Writing sample data to %s%n", dir.toAbsolutePath());
    out.flush();
    new SyntheticGraph(VERTICES, EDGES, SEED, SyntheticGraph.DEFAULT_ROW_GROUP_ROWS, CompressionCodecName.SNAPPY)
        .write(dir.resolve("edges.parquet"), new Progress(name(), "edges", EDGES, context.err()));
    DemoUsers.write(dir.resolve("users.parquet"), VERTICES, SEED);
    out.printf(Locale.ROOT, "  edges.parquet  %,d edges over %,d vertices (src, dst, weight)%n", EDGES, VERTICES);
    out.printf(Locale.ROOT, "  users.parquet  %,d users (id, name, country, signup)%n", VERTICES);
    try (Connection connection = DataConnections.open(dir.toString())) {
      for (DemoQuery query : QUERIES) {
        out.printf("%n-- %s%n%s;%n%n", query.title(), query.sql());
        try (Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery(query.sql())) {
          new TableFormatter().write(rows, out);
        }
        out.flush();
      }
    } finally {
      out.flush();
    }
    out.printf("%nTry your own queries:%n  parquetframe query %s \"SELECT * FROM users LIMIT 3\"%n"
        + "  parquetframe shell %s%n", dir, dir);
    out.flush();
    return ExitCode.OK;
  }

  static Path defaultDirectory() {
    return Path.of(System.getProperty("java.io.tmpdir"), "parquetframe-demo");
  }
}
