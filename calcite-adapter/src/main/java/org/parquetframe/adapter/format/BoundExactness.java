package org.parquetframe.adapter.format;

import java.util.List;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Statistics;

/**
 * What a file's writer declared about the exactness of each column chunk's statistics bounds
 * ({@code is_min_value_exact}, {@code is_max_value_exact}, Parquet format 2.10): a bound may be a
 * shorter value that does not occur in the chunk (a truncated string), and only the writer knows.
 * parquet-java drops these flags when it converts a footer, so they are kept here, next to it.
 */
public final class BoundExactness {
  /** What the writer said about one bound. */
  public enum Declared { EXACT, INEXACT, UNSAID }

  private static final BoundExactness UNSAID = new BoundExactness(null);
  private static final int MIN_EXACT = 1;
  private static final int MIN_INEXACT = 2;
  private static final int MAX_EXACT = 4;
  private static final int MAX_INEXACT = 8;

  /** Flags by row group, then by column chunk in footer order; null when the writer said nothing anywhere. */
  private final byte[][] flags;

  private BoundExactness(byte[][] flags) {
    this.flags = flags;
  }

  /** The declarations in a Thrift footer, in the order of its row groups and their column chunks. */
  static BoundExactness of(FileMetaData footer) {
    List<RowGroup> rowGroups = footer.getRow_groups();
    if (rowGroups == null || rowGroups.stream().noneMatch(BoundExactness::declares)) {
      return UNSAID;
    }
    byte[][] flags = new byte[rowGroups.size()][];
    for (int r = 0; r < flags.length; r++) {
      List<ColumnChunk> chunks = rowGroups.get(r).getColumns();
      flags[r] = new byte[chunks.size()];
      for (int c = 0; c < chunks.size(); c++) {
        flags[r][c] = flags(statistics(chunks.get(c)));
      }
    }
    return new BoundExactness(flags);
  }

  /** No declaration for any bound, as for files of writers older than format 2.10. */
  public static BoundExactness unsaid() {
    return UNSAID;
  }

  public Declared min(int rowGroup, int column) {
    return declared(rowGroup, column, MIN_EXACT, MIN_INEXACT);
  }

  public Declared max(int rowGroup, int column) {
    return declared(rowGroup, column, MAX_EXACT, MAX_INEXACT);
  }

  /** Bytes this object keeps beyond its header, for the footer cache's size estimate. */
  public long retainedBytes() {
    if (flags == null) {
      return 0;
    }
    long bytes = 16L + 4L * flags.length;
    for (byte[] rowGroup : flags) {
      bytes += 16 + rowGroup.length;
    }
    return bytes;
  }

  private Declared declared(int rowGroup, int column, int exact, int inexact) {
    if (flags == null || rowGroup >= flags.length || column >= flags[rowGroup].length) {
      return Declared.UNSAID;
    }
    int flag = flags[rowGroup][column];
    return (flag & exact) != 0 ? Declared.EXACT : (flag & inexact) != 0 ? Declared.INEXACT : Declared.UNSAID;
  }

  private static boolean declares(RowGroup rowGroup) {
    return rowGroup.getColumns() != null && rowGroup.getColumns().stream().anyMatch(c -> flags(statistics(c)) != 0);
  }

  private static Statistics statistics(ColumnChunk chunk) {
    return chunk.isSetMeta_data() && chunk.getMeta_data().isSetStatistics() ? chunk.getMeta_data().getStatistics() : null;
  }

  private static byte flags(Statistics statistics) {
    if (statistics == null) {
      return 0;
    }
    int flags = 0;
    if (statistics.isSetIs_min_value_exact()) {
      flags |= statistics.isIs_min_value_exact() ? MIN_EXACT : MIN_INEXACT;
    }
    if (statistics.isSetIs_max_value_exact()) {
      flags |= statistics.isIs_max_value_exact() ? MAX_EXACT : MAX_INEXACT;
    }
    return (byte) flags;
  }
}
