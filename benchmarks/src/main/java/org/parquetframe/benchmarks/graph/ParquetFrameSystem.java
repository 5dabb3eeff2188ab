package org.parquetframe.benchmarks.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * ParquetFrame SQL measured through its JDBC driver: each kernel's query cold (the file's
 * modification time is moved first, which makes the graph cache drop the graph, so the query
 * reads the Parquet file and builds the graph again) and warm (the graph comes from the cache).
 * The cold runs' read and build time, from {@code pf_metrics()}, is reported as the build.
 */
final class ParquetFrameSystem {
  private final MeasureTask task;
  private final Consumer<Measurement> sink;
  private long mtimeBumps;

  ParquetFrameSystem(MeasureTask task, Consumer<Measurement> sink) {
    this.task = task;
    this.sink = sink;
  }

  void run(Runnable afterEachKernel) throws SQLException, IOException {
    String url = "jdbc:parquetframe:" + task.dataDir() + ";threads=" + task.threads();
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      warmUp(statement);
      Path file = Path.of(task.dataDir(), task.table() + ".parquet");
      List<Double> buildSeconds = new ArrayList<>();
      for (String kernel : task.kernels()) {
        String sql = SqlQueries.query(kernel, task.table() + ".parquet", task.start(), task.target());
        List<Double> cold = new ArrayList<>();
        List<Double> builds = new ArrayList<>();
        String answer = null;
        for (int r = 0; r < task.reps(); r++) {
          invalidate(file);
          double readAndBuildBefore = readAndBuildMillis(statement);
          long t0 = System.nanoTime();
          answer = answer(statement, sql, kernel);
          cold.add((System.nanoTime() - t0) / 1e9);
          builds.add((readAndBuildMillis(statement) - readAndBuildBefore) / 1e3);
        }
        emit(kernel, "cold", cold, answer);
        List<Double> warm = new ArrayList<>();
        for (int r = 0; r < task.reps(); r++) {
          long t0 = System.nanoTime();
          answer = answer(statement, sql, kernel);
          warm.add((System.nanoTime() - t0) / 1e9);
        }
        emit(kernel, "warm", warm, answer);
        // The build of the weighted graph (three columns) is the one comparable with JGraphT's load.
        if (buildSeconds.isEmpty() || GraphKernel.weighted(kernel)) {
          buildSeconds = builds;
        }
        afterEachKernel.run();
      }
      emit(GraphKernel.BUILD, "cold", buildSeconds, "read + build, from pf_metrics()");
    }
  }

  /** Untimed rounds over the small graph: load classes, warm the JIT and Calcite's planner. */
  private void warmUp(Statement statement) throws SQLException {
    String warmup = task.warmupTable() + ".parquet";
    for (int round = 0; round < task.warmupRounds(); round++) {
      for (String kernel : task.kernels()) {
        answer(statement, SqlQueries.query(kernel, warmup, task.warmupStart(), task.warmupStart()), kernel);
      }
      readAndBuildMillis(statement);
    }
  }

  private void emit(String kernel, String phase, List<Double> seconds, String answer) {
    sink.accept(new Measurement(BenchOptions.PARQUETFRAME, task.model(), task.edges(), kernel, phase, seconds,
        Measurement.OK, answer));
  }

  /** A new modification time: the graph cache keys graphs by file size and time, so the next call rebuilds. */
  private void invalidate(Path file) throws IOException {
    FileTime now = Files.getLastModifiedTime(file);
    Files.setLastModifiedTime(file, FileTime.fromMillis(now.toMillis() + 1000 * (++mtimeBumps)));
  }

  private static double readAndBuildMillis(Statement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery("SELECT sum(total_ms) FROM TABLE(pf_metrics()) "
        + "WHERE operation IN ('edge_read', 'graph_build')")) {
      rows.next();
      return rows.getDouble(1);
    }
  }

  /** Runs the query, reads every row, and returns the answer the JGraphT run must match. */
  private static String answer(Statement statement, String sql, String kernel) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      if (kernel.equals(GraphKernel.PAGERANK)) {
        return rows.next() ? "top " + rows.getLong(1) : "none";
      }
      if (!rows.next()) {
        return "none";
      }
      if (kernel.equals(GraphKernel.DIJKSTRA)) {
        return "reached " + rows.getLong(1) + ", farthest " + SqlQueries.number(rows.getDouble(2));
      }
      if (kernel.equals(GraphKernel.SHORTEST_PATH)) {
        double distance = rows.getDouble(1);
        return "distance " + (rows.wasNull() ? "none" : SqlQueries.number(distance));
      }
      if (kernel.equals(GraphKernel.CONNECTED_COMPONENTS)) {
        return "components " + rows.getLong(1);
      }
      return "reached " + rows.getLong(1);
    }
  }
}
