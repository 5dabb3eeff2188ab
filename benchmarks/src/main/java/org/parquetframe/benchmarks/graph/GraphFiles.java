package org.parquetframe.benchmarks.graph;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes the Parquet files of the benchmark graphs with {@code parquetframe generate-graph} (in a
 * child JVM, as a user would), once: a file already there under its name (which holds the model,
 * edge count and seed) is reused, since the generator's output is a function of its arguments.
 */
final class GraphFiles {
  private static final long GENERATION_BUDGET_SECONDS = 3600;

  private GraphFiles() {}

  static Path ensure(Path dataDir, GraphCase graph, PrintStream log) throws IOException, InterruptedException {
    Path file = dataDir.resolve(graph.fileName());
    if (Files.isRegularFile(file) && Files.size(file) > 0) {
      return file;
    }
    Files.createDirectories(dataDir);
    log.printf("generating %s (%,d vertices, %,d edges)%n", file, graph.vertices(), graph.edges());
    List<String> command = ChildJvm.command(null, "org.parquetframe.cli.Main",
        List.of(graph.generateGraphArguments(file.toString())));
    ChildJvm.Outcome outcome = ChildJvm.run(command, GENERATION_BUDGET_SECONDS, line -> { }, log);
    if (!outcome.succeeded()) {
      throw new IOException("generate-graph failed for " + file + ": " + outcome.describe());
    }
    return file;
  }
}
