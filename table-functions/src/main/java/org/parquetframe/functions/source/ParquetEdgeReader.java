package org.parquetframe.functions.source;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.parquetframe.adapter.format.ParquetFormatException;
import org.parquetframe.adapter.limits.MemoryLimit;
import org.parquetframe.adapter.metadata.DataFile;
import org.parquetframe.adapter.metadata.FooterCache;
import org.parquetframe.adapter.metadata.TableSnapshot;
import org.parquetframe.kernels.parallel.KernelPool;

/**
 * Reads the edge columns of a Parquet table, and only those: row groups are decoded in parallel
 * into primitive arrays ({@link RowGroupEdges}), then added to the edge list in file and row order
 * so that vertex numbering is deterministic.
 */
final class ParquetEdgeReader {
  private ParquetEdgeReader() {}

  /** One row group of one file, and the column names to read from it. */
  record RowGroupTask(TableSnapshot snapshot, DataFile file, ParquetMetadata footer, BlockMetaData rowGroup,
      String src, String dst, String weight, boolean integerIds) {}

  static EdgeList read(TableSnapshot snapshot, FooterCache footers, VertexIds vertices, String src, String dst,
      String weight, int threads, MemoryLimit memoryLimit) {
    List<RowGroupTask> tasks = new ArrayList<>();
    long rows = 0;
    for (DataFile file : snapshot.files()) {
      ParquetMetadata footer = footers.footer(file.version());
      for (BlockMetaData rowGroup : footer.getBlocks()) {
        if (rowGroup.getRowCount() > 0) {
          tasks.add(new RowGroupTask(snapshot, file, footer, rowGroup, src, dst, weight, vertices.type().isInteger()));
          rows += rowGroup.getRowCount();
        }
      }
    }
    String source = snapshot.location().toString();
    GraphMemory.check(memoryLimit, source, rows, weight != null);
    RowGroupEdges[] decoded = new RowGroupEdges[tasks.size()];
    KernelPool.forEachChunk(threads, tasks.size(), 1, (chunk, from, to) -> {
      for (int i = from; i < to; i++) {
        decoded[i] = decode(tasks.get(i));
      }
    });
    EdgeListBuilder builder = new EdgeListBuilder(vertices, weight, memoryLimit, source);
    for (int i = 0; i < decoded.length; i++) {
      decoded[i].appendTo(builder);
      decoded[i] = null; // let each row group's arrays go as soon as they are added
    }
    return builder.build();
  }

  private static RowGroupEdges decode(RowGroupTask task) {
    Path path = task.file().version().path();
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      return RowGroupEdges.decode(task, channel);
    } catch (IOException e) {
      throw new ParquetFormatException(path, "cannot open: " + e, e);
    }
  }
}
