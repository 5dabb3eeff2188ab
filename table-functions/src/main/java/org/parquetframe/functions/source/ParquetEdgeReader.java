package org.parquetframe.functions.source;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.parquetframe.adapter.format.ParquetFormatException;
import org.parquetframe.adapter.metadata.DataFile;
import org.parquetframe.adapter.metadata.FooterCache;
import org.parquetframe.adapter.metadata.TableSnapshot;
import org.parquetframe.adapter.reader.ColumnCursor;
import org.parquetframe.kernels.parallel.KernelPool;

/**
 * Reads the edge columns of a Parquet table, and only those: row groups are decoded in parallel,
 * then added to the edge list in file and row order so that vertex numbering is deterministic.
 */
final class ParquetEdgeReader {
  private ParquetEdgeReader() {}

  private record RowGroupTask(DataFile file, ParquetMetadata footer, BlockMetaData rowGroup) {}

  /** Raw values of one row group; for integer ids {@code longs}, else {@code strings}. */
  private static final class RowGroupEdges {
    long[] longSrc;
    long[] longDst;
    String[] stringSrc;
    String[] stringDst;
    Object[] weights;
    boolean[] skipped;
    int rows;
  }

  static EdgeList read(TableSnapshot snapshot, FooterCache footers, VertexIds vertices, String src, String dst,
      String weight, int threads) {
    List<RowGroupTask> tasks = new ArrayList<>();
    for (DataFile file : snapshot.files()) {
      ParquetMetadata footer = footers.footer(file.version());
      for (BlockMetaData rowGroup : footer.getBlocks()) {
        if (rowGroup.getRowCount() > 0) {
          tasks.add(new RowGroupTask(file, footer, rowGroup));
        }
      }
    }
    String[] columns = weight == null ? new String[] {src, dst} : new String[] {src, dst, weight};
    RowGroupEdges[] decoded = new RowGroupEdges[tasks.size()];
    boolean integerIds = vertices.type().isInteger();
    KernelPool.forEachChunk(threads, tasks.size(), 1, (chunk, from, to) -> {
      for (int i = from; i < to; i++) {
        decoded[i] = decode(snapshot, tasks.get(i), columns, integerIds);
      }
    });
    EdgeListBuilder builder = new EdgeListBuilder(vertices, weight);
    for (RowGroupEdges edges : decoded) {
      append(builder, edges);
    }
    return builder.build();
  }

  private static RowGroupEdges decode(TableSnapshot snapshot, RowGroupTask task, String[] columns, boolean integerIds) {
    var path = task.file().version().path();
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      ColumnCursor[] cursors = ColumnCursor.open(snapshot, task.file(), task.footer(), channel, task.rowGroup(), columns);
      int rows = Math.toIntExact(task.rowGroup().getRowCount());
      RowGroupEdges edges = new RowGroupEdges();
      edges.rows = rows;
      edges.skipped = new boolean[rows];
      edges.weights = cursors.length > 2 ? new Object[rows] : null;
      if (integerIds) {
        edges.longSrc = new long[rows];
        edges.longDst = new long[rows];
      } else {
        edges.stringSrc = new String[rows];
        edges.stringDst = new String[rows];
      }
      for (int row = 0; row < rows; row++) {
        Object source = cursors[0].next();
        Object target = cursors[1].next();
        if (edges.weights != null) {
          edges.weights[row] = cursors[2].next();
        }
        if (source == null || target == null) {
          edges.skipped[row] = true;
        } else if (integerIds) {
          edges.longSrc[row] = ((Number) source).longValue();
          edges.longDst[row] = ((Number) target).longValue();
        } else {
          edges.stringSrc[row] = source.toString();
          edges.stringDst[row] = target.toString();
        }
      }
      return edges;
    } catch (IOException e) {
      throw new ParquetFormatException(path, "cannot open: " + e, e);
    }
  }

  private static void append(EdgeListBuilder builder, RowGroupEdges edges) {
    for (int row = 0; row < edges.rows; row++) {
      if (edges.skipped[row]) {
        continue;
      }
      Object weight = edges.weights == null ? null : edges.weights[row];
      if (edges.longSrc != null) {
        builder.addValues(edges.longSrc[row], edges.longDst[row], weight);
      } else {
        builder.addValues(edges.stringSrc[row], edges.stringDst[row], weight);
      }
    }
  }
}
