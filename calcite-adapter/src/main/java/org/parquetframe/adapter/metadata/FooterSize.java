package org.parquetframe.adapter.metadata;

import java.util.Map;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.Type;
import org.parquetframe.adapter.format.DecodedFooter;

/**
 * An estimate of the heap a decoded footer keeps alive, for the footer cache's byte budget: fixed
 * costs per file, schema element, row group and column chunk, plus the bytes of every binary
 * statistics bound and key-value entry. The constants were measured on JDK 17 with compressed
 * pointers (heap growth over thousands of decoded footers, {@code FooterSizeCalibration} in the
 * benchmarks module); names and paths that parquet-java interns are shared between files and
 * counted as if they were not, so the estimate errs high.
 */
public final class FooterSize {
  static final long PER_FILE = 800;
  static final long PER_SCHEMA_ELEMENT = 80;
  static final long PER_ROW_GROUP = 100;
  /** A chunk with numeric statistics: the chunk, its statistics, encodings, size statistics, index references. */
  static final long PER_CHUNK = 520;
  /** One binary statistics bound beyond its bytes: the Binary and its array. */
  static final long PER_BINARY_BOUND = 40;
  /** One string beyond its characters (Latin-1 compact strings: one byte each). */
  static final long PER_STRING = 40;

  private FooterSize() {}

  public static long estimate(DecodedFooter footer) {
    ParquetMetadata metadata = footer.metadata();
    long bytes = PER_FILE + PER_SCHEMA_ELEMENT * schemaElements(metadata.getFileMetaData().getSchema())
        + footer.exactness().retainedBytes();
    bytes += string(metadata.getFileMetaData().getCreatedBy());
    for (Map.Entry<String, String> entry : metadata.getFileMetaData().getKeyValueMetaData().entrySet()) {
      bytes += string(entry.getKey()) + string(entry.getValue());
    }
    for (BlockMetaData rowGroup : metadata.getBlocks()) {
      bytes += PER_ROW_GROUP;
      for (ColumnChunkMetaData chunk : rowGroup.getColumns()) {
        bytes += PER_CHUNK + binaryBounds(chunk.getStatistics());
      }
    }
    return bytes;
  }

  private static long binaryBounds(Statistics<?> statistics) {
    if (statistics == null || !statistics.hasNonNullValue() || !(statistics.genericGetMin() instanceof
        org.apache.parquet.io.api.Binary)) {
      return 0;
    }
    return 2 * PER_BINARY_BOUND + statistics.getMinBytes().length + statistics.getMaxBytes().length;
  }

  private static long schemaElements(GroupType group) {
    long elements = 1;
    for (Type field : group.getFields()) {
      elements += field.isPrimitive() ? 1 : schemaElements(field.asGroupType());
    }
    return elements;
  }

  private static long string(String text) {
    return text == null ? 0 : PER_STRING + text.length();
  }
}
