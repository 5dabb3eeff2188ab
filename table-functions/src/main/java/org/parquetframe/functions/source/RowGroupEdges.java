package org.parquetframe.functions.source;

import java.nio.channels.FileChannel;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.schema.MessageType;
import org.parquetframe.adapter.reader.ColumnChunkReaders;
import org.parquetframe.adapter.reader.ColumnCursor;
import org.parquetframe.adapter.types.PrimitiveDecoders;

/**
 * The edges of one row group as primitive arrays: integer or string endpoints, checked weights,
 * and which rows to skip (a NULL endpoint). Columns stored in the file are decoded without boxing;
 * partition keys and columns a file lacks go through {@link ColumnCursor}.
 */
final class RowGroupEdges {
  private final int rows;
  private final boolean[] skipped;
  private final double[] weights;
  private long[] longSrc;
  private long[] longDst;
  private String[] stringSrc;
  private String[] stringDst;

  private RowGroupEdges(int rows, boolean integerIds, boolean weighted) {
    this.rows = rows;
    this.skipped = new boolean[rows];
    this.weights = weighted ? new double[rows] : null;
    if (integerIds) {
      longSrc = new long[rows];
      longDst = new long[rows];
    } else {
      stringSrc = new String[rows];
      stringDst = new String[rows];
    }
  }

  static RowGroupEdges decode(ParquetEdgeReader.RowGroupTask task, FileChannel channel) {
    int rows = Math.toIntExact(task.rowGroup().getRowCount());
    RowGroupEdges edges = new RowGroupEdges(rows, task.integerIds(), task.weight() != null);
    MessageType schema = task.footer().getFileMetaData().getSchema();
    ColumnDescriptor src = stored(task, schema, task.src());
    ColumnDescriptor dst = stored(task, schema, task.dst());
    ColumnDescriptor weight = task.weight() == null ? null : stored(task, schema, task.weight());
    if (src != null && dst != null && (task.weight() == null || weight != null)) {
      edges.readStored(task, channel, src, dst, weight);
    } else {
      edges.readThroughCursors(task, channel);
    }
    return edges;
  }

  /** The file's flat column of that name, unless it is a partition key or absent from the file. */
  private static ColumnDescriptor stored(ParquetEdgeReader.RowGroupTask task, MessageType schema, String name) {
    boolean partitionKey = task.snapshot().columns().stream().anyMatch(c -> c.partitionKey() && c.name().equals(name));
    return partitionKey ? null : ColumnCursor.descriptor(schema, name);
  }

  private void readStored(ParquetEdgeReader.RowGroupTask task, FileChannel channel, ColumnDescriptor src,
      ColumnDescriptor dst, ColumnDescriptor weight) {
    ColumnReader srcReader = open(task, channel, src);
    ColumnReader dstReader = open(task, channel, dst);
    ColumnReader weightReader = weight == null ? null : open(task, channel, weight);
    PrimitiveDecoders.DoubleDecoder weightDecoder = weight == null ? null
        : PrimitiveDecoders.doubles(weight.getPrimitiveType());
    if (longSrc != null) {
      readIntegerIds(srcReader, src, longSrc);
      readIntegerIds(dstReader, dst, longDst);
    } else {
      readStringIds(srcReader, src, stringSrc);
      readStringIds(dstReader, dst, stringDst);
    }
    if (weightReader != null) {
      int maxDefinition = weight.getMaxDefinitionLevel();
      for (int row = 0; row < rows; row++) {
        if (weightReader.getCurrentDefinitionLevel() < maxDefinition) {
          if (!skipped[row]) {
            throw EdgeListBuilder.nullWeight(task.weight());
          }
        } else {
          weights[row] = EdgeListBuilder.checkedWeight(task.weight(), weightDecoder.decode(weightReader));
        }
        weightReader.consume();
      }
    }
  }

  private void readIntegerIds(ColumnReader reader, ColumnDescriptor column, long[] ids) {
    PrimitiveDecoders.LongDecoder decoder = PrimitiveDecoders.longs(column.getPrimitiveType());
    int maxDefinition = column.getMaxDefinitionLevel();
    for (int row = 0; row < rows; row++) {
      if (reader.getCurrentDefinitionLevel() < maxDefinition) {
        skipped[row] = true;
      } else {
        ids[row] = decoder.decode(reader);
      }
      reader.consume();
    }
  }

  private void readStringIds(ColumnReader reader, ColumnDescriptor column, String[] ids) {
    int maxDefinition = column.getMaxDefinitionLevel();
    for (int row = 0; row < rows; row++) {
      if (reader.getCurrentDefinitionLevel() < maxDefinition) {
        skipped[row] = true;
      } else {
        ids[row] = reader.getBinary().toStringUsingUTF8();
      }
      reader.consume();
    }
  }

  private static ColumnReader open(ParquetEdgeReader.RowGroupTask task, FileChannel channel, ColumnDescriptor column) {
    return ColumnChunkReaders.open(task.file().version().path(), channel, task.file().version().size(), task.footer(),
        task.rowGroup(), column);
  }

  /** The general path: any column, including partition keys and columns this file lacks (NULL). */
  private void readThroughCursors(ParquetEdgeReader.RowGroupTask task, FileChannel channel) {
    String[] columns = task.weight() == null ? new String[] {task.src(), task.dst()}
        : new String[] {task.src(), task.dst(), task.weight()};
    ColumnCursor[] cursors = ColumnCursor.open(task.snapshot(), task.file(), task.footer(), channel, task.rowGroup(),
        columns);
    for (int row = 0; row < rows; row++) {
      Object source = cursors[0].next();
      Object target = cursors[1].next();
      Object weight = weights == null ? null : cursors[2].next();
      if (source == null || target == null) {
        skipped[row] = true;
        continue;
      }
      if (weights != null) {
        if (weight == null) {
          throw EdgeListBuilder.nullWeight(task.weight());
        }
        weights[row] = EdgeListBuilder.checkedWeight(task.weight(), ((Number) weight).doubleValue());
      }
      if (longSrc != null) {
        longSrc[row] = ((Number) source).longValue();
        longDst[row] = ((Number) target).longValue();
      } else {
        stringSrc[row] = source.toString();
        stringDst[row] = target.toString();
      }
    }
  }

  /** Adds the rows that have both endpoints, in row order. */
  void appendTo(EdgeListBuilder builder) {
    for (int row = 0; row < rows; row++) {
      if (skipped[row]) {
        continue;
      }
      double weight = weights == null ? 1.0 : weights[row];
      if (longSrc != null) {
        builder.add(longSrc[row], longDst[row], weight);
      } else {
        builder.add(stringSrc[row], stringDst[row], weight);
      }
    }
  }
}
