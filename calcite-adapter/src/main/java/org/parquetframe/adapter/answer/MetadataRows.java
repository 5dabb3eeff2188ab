package org.parquetframe.adapter.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ColumnPath;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.parquetframe.adapter.format.DecodedFooter;
import org.parquetframe.adapter.metadata.DataFile;
import org.parquetframe.adapter.metadata.FooterCache;
import org.parquetframe.adapter.metadata.PartitionValues;
import org.parquetframe.adapter.metadata.TableColumn;
import org.parquetframe.adapter.metadata.TableSnapshot;
import org.parquetframe.adapter.predicate.PartitionCheck;
import org.parquetframe.adapter.reader.ColumnCursor;

/**
 * The rows of a metadata scan, from the footers of a table snapshot's files: one per row group
 * that holds rows (an empty row group or file adds nothing to any count, minimum or maximum), in
 * file order, with what its {@link MetadataQuery} asks. Files whose partition values fail the
 * query's partition predicate are not opened. Null when some row group's statistics cannot give
 * an asked value exactly: then the table must be scanned.
 */
public record MetadataRows(List<Object> rows, int files, int filesSkippedByPartition, int filesWithoutRowGroups,
    long rowGroups) {

  /** The answer for {@code snapshot}, or null if its footers cannot give it. */
  public static MetadataRows of(TableSnapshot snapshot, FooterCache footers, MetadataQuery query) {
    List<DataFile> kept = new ArrayList<>();
    for (DataFile file : snapshot.files()) {
      if (PartitionCheck.mayMatch(query.partitions(), snapshot, file)) {
        kept.add(file);
      }
    }
    List<DecodedFooter> decoded = footers.decoded(kept.stream().map(DataFile::version).toList());
    List<Object> rows = new ArrayList<>();
    int withoutRowGroups = 0;
    long rowGroups = 0;
    for (int f = 0; f < kept.size(); f++) {
      List<BlockMetaData> blocks = decoded.get(f).metadata().getBlocks();
      withoutRowGroups += blocks.isEmpty() ? 1 : 0;
      rowGroups += blocks.size();
      for (int r = 0; r < blocks.size(); r++) {
        if (blocks.get(r).getRowCount() == 0) {
          continue;
        }
        Object row = new RowGroupAnswer(snapshot, kept.get(f), decoded.get(f), r).row(query.columns());
        if (row == null) {
          return null;
        }
        rows.add(row);
      }
    }
    return new MetadataRows(rows, snapshot.files().size(), snapshot.files().size() - kept.size(), withoutRowGroups,
        rowGroups);
  }

  /** Files whose row groups were all answered from the footer (those without row groups not counted). */
  public int filesAnswered() {
    return files - filesSkippedByPartition - filesWithoutRowGroups;
  }

  /** One row group's values; bounds are worked out once per column. */
  private static final class RowGroupAnswer {
    private final TableSnapshot snapshot;
    private final DataFile file;
    private final DecodedFooter footer;
    private final int ordinal;
    private final BlockMetaData rowGroup;
    private final Map<String, ExactBounds.Bounds> bounds = new HashMap<>();

    RowGroupAnswer(TableSnapshot snapshot, DataFile file, DecodedFooter footer, int ordinal) {
      this.snapshot = snapshot;
      this.file = file;
      this.footer = footer;
      this.ordinal = ordinal;
      this.rowGroup = footer.metadata().getBlocks().get(ordinal);
    }

    /** The metadata row (a bare value for one column), or null if a value is not known exactly. */
    Object row(List<MetadataColumn> columns) {
      Object[] row = new Object[columns.size()];
      for (int i = 0; i < row.length; i++) {
        MetadataColumn column = columns.get(i);
        Object value = column.kind() == MetadataColumn.Kind.ROW_COUNT ? (Object) rowGroup.getRowCount() : value(column);
        if (value == Unknown.VALUE) {
          return null;
        }
        row[i] = value;
      }
      return row.length == 1 ? row[0] : row;
    }

    private Object value(MetadataColumn column) {
      TableColumn tableColumn = tableColumn(column.column());
      if (tableColumn.partitionKey()) {
        Object key = PartitionValues.convert(file.partitionValues().get(tableColumn.name()), tableColumn.type());
        return column.kind() == MetadataColumn.Kind.NON_NULL_COUNT ? (Object) (key == null ? 0L : rowGroup.getRowCount())
            : key;
      }
      if (tableColumn.type().isNested()) {
        return Unknown.VALUE; // a leaf's statistics count elements, not the rows of the ARRAY, MAP or ROW
      }
      ParquetMetadata metadata = footer.metadata();
      ColumnDescriptor descriptor = ColumnCursor.descriptor(metadata.getFileMetaData().getSchema(), column.column());
      if (descriptor == null) {
        // the file lacks the column: NULL in every row
        return column.kind() == MetadataColumn.Kind.NON_NULL_COUNT ? (Object) 0L : null;
      }
      int index = chunkIndex(descriptor);
      if (index < 0) {
        return Unknown.VALUE;
      }
      ColumnChunkMetaData chunk = rowGroup.getColumns().get(index);
      if (column.kind() == MetadataColumn.Kind.NON_NULL_COUNT) {
        long count = ExactBounds.nonNullCount(chunk.getStatistics(), rowGroup.getRowCount());
        return count < 0 ? Unknown.VALUE : (Object) count;
      }
      ExactBounds.Bounds exact = bounds.computeIfAbsent(column.column(), name -> ExactBounds.of(
          descriptor.getPrimitiveType(), chunk.getStatistics(), rowGroup.getRowCount(),
          footer.exactness().min(ordinal, index), footer.exactness().max(ordinal, index),
          metadata.getFileMetaData().getCreatedBy()));
      if (exact == null) {
        return Unknown.VALUE;
      }
      return column.kind() == MetadataColumn.Kind.MIN ? exact.min() : exact.max();
    }

    private TableColumn tableColumn(String name) {
      for (TableColumn column : snapshot.columns()) {
        if (column.name().equals(name)) {
          return column;
        }
      }
      throw new IllegalStateException("no column '" + name + "' in " + snapshot.location());
    }

    private int chunkIndex(ColumnDescriptor descriptor) {
      ColumnPath path = ColumnPath.get(descriptor.getPath());
      List<ColumnChunkMetaData> chunks = rowGroup.getColumns();
      for (int i = 0; i < chunks.size(); i++) {
        if (chunks.get(i).getPath().equals(path)) {
          return i;
        }
      }
      return -1;
    }
  }

  /** Marks a value the footer cannot give exactly (null is a value: NULL). */
  private enum Unknown { VALUE }
}
