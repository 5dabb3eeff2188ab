package org.parquetframe.functions.metadata;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.BOOLEAN;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import java.util.Arrays;
import java.util.List;
import org.apache.calcite.linq4j.function.Parameter;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;

/**
 * {@code parquet_metadata(path)}: one row per column chunk of each file, from its footer alone
 * (docs/sql-reference.md, "Parquet metadata"). {@code row_group_id} and {@code column_id} count
 * from 0 within each file.
 */
public final class ParquetMetadataFunction extends ParquetFooterTable {
  private static final List<OutputColumn> COLUMNS = List.of(
      OutputColumn.notNull("file_name", VARCHAR),
      OutputColumn.notNull("row_group_id", BIGINT),
      OutputColumn.notNull("row_group_num_rows", BIGINT),
      OutputColumn.notNull("row_group_bytes", BIGINT),
      OutputColumn.notNull("column_id", BIGINT),
      OutputColumn.notNull("path_in_schema", VARCHAR),
      OutputColumn.notNull("physical_type", VARCHAR),
      OutputColumn.nullable("logical_type", VARCHAR),
      OutputColumn.notNull("compression", VARCHAR),
      OutputColumn.notNull("encodings", VARCHAR),
      OutputColumn.notNull("num_values", BIGINT),
      OutputColumn.nullable("null_count", BIGINT),
      OutputColumn.nullable("min_value", VARCHAR),
      OutputColumn.nullable("max_value", VARCHAR),
      OutputColumn.notNull("total_compressed_size", BIGINT),
      OutputColumn.notNull("total_uncompressed_size", BIGINT),
      OutputColumn.notNull("has_dictionary", BOOLEAN),
      OutputColumn.notNull("has_bloom_filter", BOOLEAN),
      OutputColumn.notNull("has_column_index", BOOLEAN));

  private ParquetMetadataFunction(String path) {
    super("parquet_metadata", path);
  }

  /**
   * Entry point Calcite calls reflectively, at plan time and at run time. It only records the
   * argument: an exception thrown here would reach the user wrapped and without its message.
   */
  public static ParquetMetadataFunction parquetMetadata(@Parameter(name = "PATH") String path) {
    return new ParquetMetadataFunction(path);
  }

  @Override
  List<OutputColumn> columns() {
    return COLUMNS;
  }

  @Override
  void addRows(List<Object[]> rows, String fileName, ParquetMetadata footer) {
    List<BlockMetaData> rowGroups = footer.getBlocks();
    for (int group = 0; group < rowGroups.size(); group++) {
      BlockMetaData rowGroup = rowGroups.get(group);
      List<ColumnChunkMetaData> chunks = rowGroup.getColumns();
      for (int column = 0; column < chunks.size(); column++) {
        rows.add(row(fileName, group, rowGroup, column, chunks.get(column)));
      }
    }
  }

  private static Object[] row(String fileName, int group, BlockMetaData rowGroup, int column, ColumnChunkMetaData chunk) {
    Statistics<?> statistics = chunk.getStatistics();
    StatisticsText.Bounds bounds = StatisticsText.of(statistics);
    return new Object[] {
        fileName,
        (long) group,
        rowGroup.getRowCount(),
        rowGroup.getTotalByteSize(),
        (long) column,
        ParquetNames.path(Arrays.asList(chunk.getPath().toArray())),
        ParquetNames.physicalType(chunk.getPrimitiveType().getPrimitiveTypeName()),
        ParquetNames.logicalType(chunk.getPrimitiveType().getLogicalTypeAnnotation()),
        chunk.getCodec().name(),
        ParquetNames.encodings(chunk.getEncodings()),
        chunk.getValueCount(),
        statistics != null && statistics.isNumNullsSet() ? statistics.getNumNulls() : null,
        bounds.min(),
        bounds.max(),
        chunk.getTotalSize(),
        chunk.getTotalUncompressedSize(),
        chunk.getDictionaryPageOffset() > 0, // unset in the footer reads as 0, which no page can start at
        chunk.getBloomFilterOffset() >= 0, // parquet-java's -1 for unset
        chunk.getColumnIndexReference() != null};
  }
}
