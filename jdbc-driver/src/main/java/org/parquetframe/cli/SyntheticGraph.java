package org.parquetframe.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.parquetframe.adapter.format.LocalParquetWriters;

/**
 * A synthetic directed multigraph (self-loops and parallel edges included) with integer weights,
 * written as an edge-list Parquet file or handed edge by edge to an {@link EdgeSink} (benchmarks
 * build graphs in memory from the same edges). The contents are a function of the arguments alone,
 * so the same arguments give a byte-identical file. With the {@link GraphModel#UNIFORM} model
 * (Erdős–Rényi G(n, m)), edge {@code i} is drawn as {@code src = r.nextLong(vertices)},
 * {@code dst = r.nextLong(vertices)}, {@code weight = 1 + r.nextInt(100)} from one
 * {@code new SplittableRandom(seed)}; {@link GraphModel#RMAT} draws skewed endpoints instead
 * ({@link RmatSampler}). Weights are integers in [1, 100], like the weighted inputs of the GAP
 * benchmark's SSSP kernel.
 *
 * @param vertices number of vertices; every id is in [0, vertices)
 * @param edges number of edge rows
 * @param seed random seed
 * @param rowGroupRows rows per Parquet row group
 * @param codec compression codec of the column chunks
 * @param model how endpoints are drawn
 */
public record SyntheticGraph(long vertices, long edges, long seed, int rowGroupRows, CompressionCodecName codec,
    GraphModel model) {
  /** About 1M rows (24 MB before compression) per row group: enough row groups to scan in parallel. */
  public static final int DEFAULT_ROW_GROUP_ROWS = 1 << 20;
  public static final int MAX_WEIGHT = 100;
  /** Below this many vertices, dictionary-encoding the ids pays; above it the dictionary just overflows. */
  static final long DICTIONARY_MAX_VERTICES = 1 << 16;
  /** How often, in edges, the writing loop looks at the clock. */
  private static final long PROGRESS_MASK = (1 << 16) - 1;

  public SyntheticGraph {
    if (model == null) {
      throw new IllegalArgumentException("model must be given (uniform or rmat)");
    }
    if (vertices < 1) {
      throw new IllegalArgumentException("vertices must be at least 1, not " + vertices);
    }
    if (edges < 0) {
      throw new IllegalArgumentException("edges must not be negative, not " + edges);
    }
    if (rowGroupRows < 1) {
      throw new IllegalArgumentException("rowGroupRows must be at least 1, not " + rowGroupRows);
    }
  }

  /** A uniform random graph, as generate-graph wrote before models existed. */
  public SyntheticGraph(long vertices, long edges, long seed, int rowGroupRows, CompressionCodecName codec) {
    this(vertices, edges, seed, rowGroupRows, codec, GraphModel.UNIFORM);
  }

  /** Hands every edge, in file order, to {@code sink}; the same edges {@link #write} writes. */
  public void forEachEdge(EdgeSink sink) {
    EdgeDraw draw = new EdgeDraw();
    for (long i = 0; i < edges; i++) {
      draw.next();
      sink.accept(draw.row.src, draw.row.dst, draw.row.weight);
    }
  }

  /** The drawing state: one random generator, and the model's sampler. */
  private final class EdgeDraw {
    final SplittableRandom random = new SplittableRandom(seed);
    final RmatSampler rmat = model == GraphModel.RMAT ? new RmatSampler(vertices, seed) : null;
    final EdgeRow row = new EdgeRow();

    void next() {
      if (rmat != null) {
        rmat.draw(random, row);
      } else {
        row.src = random.nextLong(vertices);
        row.dst = random.nextLong(vertices);
        row.weight = 1 + random.nextInt(MAX_WEIGHT);
      }
    }
  }

  /**
   * Writes the graph to {@code file}, replacing it. The rows go to a hidden file beside it that is
   * renamed at the end, so an interrupted run never leaves a truncated file under the real name.
   */
  void write(Path file, Progress progress) throws IOException {
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
    boolean smallIds = vertices <= DICTIONARY_MAX_VERTICES;
    EdgeWriterBuilder builder = new EdgeWriterBuilder(new LocalOutputFile(partial), footerMetadata());
    try (ParquetWriter<EdgeRow> writer = LocalParquetWriters.configure(builder, codec)
        .withRowGroupRowCountLimit(rowGroupRows)
        .withDictionaryEncoding("src", smallIds)
        .withDictionaryEncoding("dst", smallIds)
        .withDictionaryEncoding("weight", true)
        .build()) {
      EdgeDraw draw = new EdgeDraw();
      for (long i = 0; i < edges; i++) {
        draw.next();
        writer.write(draw.row);
        if ((i & PROGRESS_MASK) == PROGRESS_MASK) {
          progress.update(i + 1);
        }
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Records how the file was made, so that it can be regenerated; nothing here varies between runs. */
  private Map<String, String> footerMetadata() {
    // Uniform files keep the text they had before models existed, so their bytes do not change.
    String modelOption = model == GraphModel.UNIFORM ? "" : " --model " + model.cliName();
    return Map.of("parquetframe.generator", "generate-graph --vertices " + vertices + " --edges " + edges
        + " --seed " + seed + " --row-group-rows " + rowGroupRows + " --compression " + CompressionNames.name(codec)
        + modelOption);
  }
}
