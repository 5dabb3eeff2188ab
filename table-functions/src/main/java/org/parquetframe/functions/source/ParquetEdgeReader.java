package org.parquetframe.functions.source;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.parquetframe.adapter.format.FileChangedException;
import org.parquetframe.adapter.format.FileVersion;
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

  /**
   * One row group's edges, from the file version of the snapshot (which keys the graph cache) or
   * a {@link FileChangedException}: see docs/adr/0006-files-changing-underneath.md.
   */
  private static RowGroupEdges decode(RowGroupTask task) {
    FileVersion version = task.file().version();
    Path path = version.path();
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      if (channel.size() != version.size()) {
        version.checkUnchanged("before it was read");
      }
      RowGroupEdges edges = RowGroupEdges.decode(task, channel);
      version.checkUnchanged("while it was read");
      return edges;
    } catch (NoSuchFileException e) {
      throw new FileChangedException(path, "it was deleted before it was read", e);
    } catch (IOException e) {
      throw new ParquetFormatException(path, "cannot open: " + e, e);
    } catch (FileChangedException | IllegalArgumentException e) {
      throw e; // they name the file, or the argument (a negative weight, a limit)
    } catch (RuntimeException e) {
      if (!version.isCurrent()) { // what looks corrupt is a file changing while it was read
        throw new FileChangedException(path, "it was replaced or modified while it was read", e);
      }
      throw e instanceof ParquetFormatException known ? known
          : new ParquetFormatException(path, "cannot read the edges of a row group (" + e + ")", e);
    }
  }
}
