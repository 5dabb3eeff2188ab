package org.parquetframe.functions.metadata;

import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.linq4j.function.Parameter;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.parquetframe.adapter.types.ParquetFields;

/**
 * {@code parquet_schema(path)}: one row per schema element of each file, the root first and then
 * every field depth-first in schema order, groups included (docs/sql-reference.md, "Parquet
 * metadata"). {@code sql_type} is the type a top-level field has as a column of the table (nested
 * ones as ARRAY, MAP or ROW: docs/types.md), NULL for the root and the fields inside a column.
 */
public final class ParquetSchemaFunction extends ParquetFooterTable {
  private static final List<OutputColumn> COLUMNS = List.of(
      OutputColumn.notNull("name", VARCHAR),
      OutputColumn.nullable("path", VARCHAR),
      OutputColumn.nullable("physical_type", VARCHAR),
      OutputColumn.nullable("logical_type", VARCHAR),
      OutputColumn.nullable("repetition", VARCHAR),
      OutputColumn.nullable("sql_type", VARCHAR),
      OutputColumn.notNull("file_name", VARCHAR));

  private ParquetSchemaFunction(String path) {
    super("parquet_schema", path);
  }

  /**
   * Entry point Calcite calls reflectively, at plan time and at run time. It only records the
   * argument: an exception thrown here would reach the user wrapped and without its message.
   */
  public static ParquetSchemaFunction parquetSchema(@Parameter(name = "PATH") String path) {
    return new ParquetSchemaFunction(path);
  }

  @Override
  List<OutputColumn> columns() {
    return COLUMNS;
  }

  @Override
  void addRows(List<Object[]> rows, String fileName, ParquetMetadata footer) {
    MessageType schema = footer.getFileMetaData().getSchema();
    // The root has no path and no repetition of its own (parquet-java gives it REPEATED internally).
    rows.add(new Object[] {schema.getName(), null, null, ParquetNames.logicalType(schema.getLogicalTypeAnnotation()),
        null, null, fileName});
    for (Type field : schema.getFields()) {
      addElement(rows, field, new ArrayList<>(), true, fileName);
    }
  }

  private static void addElement(List<Object[]> rows, Type element, List<String> parentPath, boolean topLevel,
      String fileName) {
    List<String> path = new ArrayList<>(parentPath);
    path.add(element.getName());
    rows.add(new Object[] {
        element.getName(),
        ParquetNames.path(path),
        element.isPrimitive() ? ParquetNames.physicalType(element.asPrimitiveType().getPrimitiveTypeName()) : null,
        ParquetNames.logicalType(element.getLogicalTypeAnnotation()),
        element.getRepetition().name(),
        topLevel ? sqlType(element) : null,
        fileName});
    if (!element.isPrimitive()) {
      for (Type child : element.asGroupType().getFields()) {
        addElement(rows, child, path, false, fileName);
      }
    }
  }

  /** The SQL type of a top-level column as its table exposes it. */
  private static String sqlType(Type field) {
    try {
      return ParquetFields.of(field).type().toString();
    } catch (IllegalArgumentException e) {
      return null; // a type the reader does not support: the table cannot expose it either
    }
  }
}
