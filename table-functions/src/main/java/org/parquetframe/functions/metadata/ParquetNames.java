package org.parquetframe.functions.metadata;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * How the metadata functions spell Parquet's own names: physical types, encodings and paths as the
 * Parquet format (and DuckDB's {@code parquet_metadata}) names them, logical types as Parquet's
 * schema text writes them ({@code STRING}, {@code DECIMAL(10,2)}, {@code TIMESTAMP(MICROS,true)}).
 */
final class ParquetNames {
  /** Between the parts of a path in the schema, and between encodings: as DuckDB joins them. */
  static final String SEPARATOR = ", ";

  private ParquetNames() {}

  /** The format's name: parquet-java calls BYTE_ARRAY {@code BINARY}. */
  static String physicalType(PrimitiveTypeName type) {
    return type == PrimitiveTypeName.BINARY ? "BYTE_ARRAY" : type.name();
  }

  /** The logical type (or the logical type derived from a legacy converted type), or null for none. */
  static String logicalType(LogicalTypeAnnotation annotation) {
    return annotation == null ? null : annotation.toString();
  }

  /**
   * The encodings of a column chunk. parquet-java keeps them as a set, so the footer's order is
   * lost; they are listed in the order of the format's encoding numbers (PLAIN first).
   */
  static String encodings(Set<Encoding> encodings) {
    return encodings.stream()
        .sorted(Comparator.comparingInt(ParquetNames::formatNumber).thenComparing(Encoding::name))
        .map(Encoding::name)
        .collect(Collectors.joining(SEPARATOR));
  }

  static String path(List<String> parts) {
    return String.join(SEPARATOR, parts);
  }

  /** The encoding's number in the Parquet format, or past the known ones for a name it lacks. */
  private static int formatNumber(Encoding encoding) {
    try {
      return org.apache.parquet.format.Encoding.valueOf(encoding.name()).getValue();
    } catch (IllegalArgumentException e) {
      return Integer.MAX_VALUE;
    }
  }
}
