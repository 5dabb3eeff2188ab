package org.parquetframe.sqltests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * A data directory and one connection over it for a whole property run (jqwik has no
 * {@code @TempDir}). Every try writes its graph to a new file, so no try ever sees another's graph
 * in the JVM-wide graph cache.
 */
final class GraphTestingScratch implements AutoCloseable {
  /** How a function is told where its edges are. */
  enum SourceForm { FILE, TABLE, QUERY }

  private final Path dir;
  private final Connection connection;
  private int files;

  private GraphTestingScratch(Path dir, Connection connection) {
    this.dir = dir;
    this.connection = connection;
  }

  static GraphTestingScratch open() throws IOException, SQLException {
    Path dir = Files.createTempDirectory("graph-properties");
    return new GraphTestingScratch(dir, GraphTestingQueries.connect(dir));
  }

  /** With connection properties such as {@code threads=4}. */
  static GraphTestingScratch open(String properties) throws IOException, SQLException {
    Path dir = Files.createTempDirectory("graph-properties");
    return new GraphTestingScratch(dir, GraphTestingQueries.connect(dir, properties));
  }

  Connection connection() {
    return connection;
  }

  /**
   * Writes {@code edges} (with their weights) to a new file and returns the SQL literal that names
   * it in the given form: {@code 'g7.parquet'}, {@code 'g7'} or {@code 'SELECT src, dst, weight FROM g7'}.
   */
  String write(List<Edge> edges, SourceForm form) {
    return write(edges, form, true);
  }

  /** As {@link #write(List, SourceForm)}; a query selects the weight only if {@code weightInQuery}. */
  String write(List<Edge> edges, SourceForm form, boolean weightInQuery) {
    String table = "g" + files++;
    TestingEdgeFiles.write(dir.resolve(table + ".parquet"), edges, true);
    return switch (form) {
      case FILE -> "'" + table + ".parquet'";
      case TABLE -> "'" + table + "'";
      case QUERY -> "'SELECT src, dst" + (weightInQuery ? ", weight" : "") + " FROM " + table + "'";
    };
  }

  @Override
  public void close() throws SQLException {
    try {
      connection.close();
    } finally {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
