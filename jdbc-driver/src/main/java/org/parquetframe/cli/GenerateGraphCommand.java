package org.parquetframe.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/** {@code parquetframe generate-graph}: writes a reproducible random edge list for tests and benchmarks. */
final class GenerateGraphCommand implements CliCommand {

  @Override
  public String name() {
    return "generate-graph";
  }

  @Override
  public String summary() {
    return "write a reproducible random directed graph as an edge-list Parquet file";
  }

  @Override
  public String usage() {
    return """
        Usage: parquetframe generate-graph <out.parquet> --vertices N --edges M [--seed S]
                   [--row-group-rows R] [--compression %s] [--model uniform|rmat]

        Writes M directed edges with endpoints in [0, N) (self-loops and parallel edges
        included) and integer weights uniform in [1, 100], as columns src BIGINT, dst BIGINT,
        weight DOUBLE. The same arguments give a byte-identical file.

        Options:
          --vertices N         number of vertices (ids 0 .. N-1), at least 1
          --edges M            number of edges, 0 or more
          --seed S             random seed (default 42)
          --row-group-rows R   rows per Parquet row group (default %d)
          --compression C      %s (default snappy)
          --model uniform      endpoints uniform over all vertices (default)
          --model rmat         skewed, power-law-like degrees: R-MAT with the Graph500
                               probabilities (0.57, 0.19, 0.19, 0.05) and scrambled ids

        Example:
          parquetframe generate-graph data/edges.parquet --vertices 1000000 --edges 10000000 --seed 42
        """.formatted(CompressionNames.CHOICES, SyntheticGraph.DEFAULT_ROW_GROUP_ROWS, CompressionNames.CHOICES);
  }

  @Override
  public int run(List<String> args, CliContext context) throws Exception {
    CommandOptions options = CommandOptions.parse(args,
        Set.of("vertices", "edges", "seed", "row-group-rows", "compression", "model"), Set.of());
    if (options.has("help")) {
      context.out().print(usage());
      return ExitCode.OK;
    }
    Path out = Path.of(options.positional("out.parquet").get(0));
    long vertices = options.requiredLong("vertices", 1);
    long edges = options.requiredLong("edges", 0);
    long seed = options.optionalLong("seed", 42, Long.MIN_VALUE);
    long rowGroupRows = options.optionalLong("row-group-rows", SyntheticGraph.DEFAULT_ROW_GROUP_ROWS, 1);
    if (rowGroupRows > Integer.MAX_VALUE) {
      throw new UsageException("option --row-group-rows must be at most " + Integer.MAX_VALUE);
    }
    CompressionCodecName codec = CompressionNames.parse(options.value("compression").orElse("snappy"));
    GraphModel model;
    try {
      model = GraphModel.parse(options.value("model").orElse("uniform"));
    } catch (IllegalArgumentException e) {
      throw new UsageException("option --model: " + e.getMessage());
    }
    SyntheticGraph graph = new SyntheticGraph(vertices, edges, seed, (int) rowGroupRows, codec, model);
    Progress progress = new Progress(name(), "edges", edges, context.err());
    graph.write(out, progress);
    context.out().printf(Locale.ROOT, "Wrote %,d edges over %,d vertices to %s in %.1f s (%s)%n",
        edges, vertices, out, progress.elapsedSeconds(), progress.rate(edges));
    return ExitCode.OK;
  }
}
