package org.parquetframe.adapter.planner;

import java.util.Arrays;
import java.util.List;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.SqlReturnTypeInference;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/**
 * SQL functions that our plan rewrites call and that generated code implements by calling a
 * public static method of ours; never visible to SQL users.
 */
final class GeneratedFunctions {
  private GeneratedFunctions() {}

  /** {@code name(arguments...)}, returning {@code returns}, implemented by {@code owner.method}. */
  static SqlFunction of(String name, Class<?> owner, String method, SqlReturnTypeInference returns,
      SqlTypeName... arguments) {
    List<SqlTypeName> types = Arrays.asList(arguments);
    return new SqlUserDefinedFunction(new SqlIdentifier(name, SqlParserPos.ZERO), SqlKind.OTHER_FUNCTION, returns,
        null, OperandTypes.operandMetadata(types.stream().map(SqlTypeName::getFamily).toList(),
            factory -> types.stream().map(factory::createSqlType).toList(), i -> "arg" + i, i -> false),
        ScalarFunctionImpl.create(owner, method));
  }
}
