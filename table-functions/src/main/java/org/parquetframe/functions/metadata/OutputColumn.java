package org.parquetframe.functions.metadata;

import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * One output column of a metadata function. Each function declares its columns once, in order, and
 * its rows hold the values in that order.
 */
record OutputColumn(String name, SqlTypeName type, boolean nullable) {

  static OutputColumn notNull(String name, SqlTypeName type) {
    return new OutputColumn(name, type, false);
  }

  static OutputColumn nullable(String name, SqlTypeName type) {
    return new OutputColumn(name, type, true);
  }

  static RelDataType rowType(RelDataTypeFactory types, List<OutputColumn> columns) {
    RelDataTypeFactory.Builder builder = types.builder();
    for (OutputColumn column : columns) {
      builder.add(column.name(), types.createTypeWithNullability(types.createSqlType(column.type()), column.nullable()));
    }
    return builder.build();
  }
}
