import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.parquetframe.adapter.format.ParquetFooter;
import org.parquetframe.adapter.reader.bulk.BulkColumnReader;
import org.parquetframe.adapter.reader.bulk.BulkTarget;
import org.parquetframe.kernels.parallel.KernelPool;

/**
 * What reading the two id columns of {@code edges.parquet} costs on its own: every row group's
 * src and dst into long arrays with the bulk reader, two row groups at a time (run with
 * {@code java -cp <jar> ColumnRead.java <dir> [runs]}; see benchmarks/graph-load-10m.sh).
 */
public final class ColumnRead {
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]).resolve("edges.parquet");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    for (int run = 0; run < runs; run++) {
      long start = System.nanoTime();
      long cpu = GraphLoad.processCpu();
      read(file);
      System.out.printf(Locale.ROOT, "columns run %d: wall %.0f ms, cpu %.0f ms%n", run,
          (System.nanoTime() - start) / 1e6, (GraphLoad.processCpu() - cpu) / 1e6);
    }
  }

  private static void read(Path file) {
    ParquetMetadata footer = ParquetFooter.read(file);
    List<BlockMetaData> groups = footer.getBlocks();
    KernelPool.forEachChunk(2, groups.size(), 1, (g, from, to) -> {
      BlockMetaData group = groups.get(g);
      int n = Math.toIntExact(group.getRowCount());
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        for (String column : new String[] {"src", "dst"}) {
          ColumnDescriptor descriptor = footer.getFileMetaData().getSchema().getColumnDescription(new String[] {column});
          BulkColumnReader.open(file, channel, Files.size(file), group, descriptor, BulkTarget.LONGS)
              .readLongs(new long[n], new boolean[n], n);
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }
}
