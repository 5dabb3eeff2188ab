package org.parquetframe.functions.source;

import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.parquetframe.adapter.format.FileChangedException;
import org.parquetframe.adapter.limits.MemoryLimit;
import org.parquetframe.adapter.metadata.DataFile;
import org.parquetframe.adapter.metadata.FooterCache;
import org.parquetframe.adapter.metadata.TableSnapshot;
import org.parquetframe.adapter.types.ColumnType;
import org.parquetframe.functions.cache.LoadedGraph;
import org.parquetframe.functions.diagnostics.Metrics;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.graph.GraphBuilder;
import org.parquetframe.kernels.graph.LongVertexDictionary;

/**
 * Builds the graph of a Parquet edge table in two passes over its edge columns, and only those,
 * row group by row group in file order and a slice of rows at a time. The first pass gives the
 * vertices dense indexes (in order of first appearance, so numbering never depends on threads) and
 * counts degrees; the second reads the columns again and places every edge straight into both CSRs
 * ({@link GraphBuilder}). The whole edge list is never held: memory beyond the graph is one slice's
 * buffers and one row group's column chunks. Reading twice costs less than the edge list would in
 * memory; docs/adr/0012-load-parquet-graphs-in-two-passes.md weighs it.
 */
final class ParquetGraphLoader {
  private ParquetGraphLoader() {}

  /** One row group of one file, and the column names to read from it. */
  record RowGroupTask(TableSnapshot snapshot, DataFile file, ParquetMetadata footer, BlockMetaData rowGroup,
      String src, String dst, String weight, boolean integerIds) {}

  static LoadedGraph load(TableSnapshot snapshot, FooterCache footers, ColumnType vertexType, String src, String dst,
      String weight, int threads, MemoryLimit memoryLimit) {
    List<RowGroupTask> tasks = new ArrayList<>();
    long rows = 0;
    for (DataFile file : snapshot.files()) {
      ParquetMetadata footer = footers.footer(file.version());
      for (BlockMetaData rowGroup : footer.getBlocks()) {
        if (rowGroup.getRowCount() > 0) {
          tasks.add(new RowGroupTask(snapshot, file, footer, rowGroup, src, dst, weight, vertexType.isInteger()));
          rows += rowGroup.getRowCount();
        }
      }
    }
    GraphMemory.check(memoryLimit, snapshot.location().toString(), rows, weight != null, true);
    VertexIds vertices = vertexType.isInteger()
        ? new VertexIds(vertexType, LongVertexDictionary.withDirectRange(GraphMemory.directIdSlots(rows)))
        : VertexIds.empty(vertexType);
    EdgeSlice slice = new EdgeSlice(vertices, weight != null);
    GraphBuilder builder = new GraphBuilder(weight != null, threads);

    long start = System.nanoTime();
    long counted = countingPass(tasks, slice, builder, vertices, threads);
    Metrics.record("edge_read", "jvm", System.nanoTime() - start, slice.edges());

    start = System.nanoTime();
    builder.startPlacing(vertices.size());
    if (placingPass(tasks, slice, builder, weight, threads) != counted) {
      throw new FileChangedException(snapshot.location(), "its edges differ between the two reads that build a "
          + "graph", null);
    }
    Graph graph = builder.build();
    Metrics.record("graph_build", "jvm", System.nanoTime() - start, slice.edges());
    return new LoadedGraph(graph, vertices);
  }

  /** Interns the ids and counts degrees; returns the fingerprint of the edges seen. */
  private static long countingPass(List<RowGroupTask> tasks, EdgeSlice slice, GraphBuilder builder,
      VertexIds vertices, int threads) {
    slice.startPass();
    for (RowGroupTask task : tasks) {
      try (RowGroupEdges edges = RowGroupEdges.open(task, false)) {
        while (edges.hasRows()) {
          edges.internSlice(slice, threads);
          builder.count(slice.sources(), slice.targets(), slice.kept(), vertices.size());
        }
      }
    }
    return slice.fingerprint();
  }

  /** Reads the edges again, with their weights, and places them; returns the fingerprint of the edges seen. */
  private static long placingPass(List<RowGroupTask> tasks, EdgeSlice slice, GraphBuilder builder, String weight,
      int threads) {
    slice.startPass();
    for (RowGroupTask task : tasks) {
      try (RowGroupEdges edges = RowGroupEdges.open(task, weight != null)) {
        while (edges.hasRows()) {
          edges.findSlice(slice, threads, weight);
          builder.place(slice.sources(), slice.targets(), slice.weights(), slice.kept());
        }
      }
    }
    return slice.fingerprint();
  }
}
