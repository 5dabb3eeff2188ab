package org.parquetframe.functions.parse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.util.SqlShuttle;
import org.parquetframe.functions.TableFunctions.Param;

/**
 * Rewrites calls of our functions so that they take arguments the way users write them:
 * positional and named arguments mixed ({@code pagerank('edges.parquet', damping => 0.9)}),
 * names in any case, and numeric arguments of any numeric type ({@code 0.9} is a DECIMAL literal,
 * {@code 1} an INTEGER). Calcite alone accepts named arguments only when all are named, in the
 * declared case, and passes literals to Java methods without converting them.
 */
final class NamedArguments extends SqlShuttle {
  private final Map<String, List<Param>> signatures;

  NamedArguments(Map<String, List<Param>> signatures) {
    this.signatures = signatures;
  }

  @Override
  public SqlNode visit(SqlCall call) {
    SqlNode visited = super.visit(call);
    if (visited instanceof SqlBasicCall basic && basic.getOperator() instanceof SqlFunction function) {
      List<Param> parameters = signatures.get(function.getName().toUpperCase(Locale.ROOT));
      if (parameters != null) {
        rewriteArguments(basic, parameters, hasNamedArgument(basic));
      }
    }
    return visited;
  }

  private static boolean hasNamedArgument(SqlBasicCall call) {
    return call.getOperandList().stream().anyMatch(o -> o != null && o.getKind() == SqlKind.ARGUMENT_ASSIGNMENT);
  }

  /** Casts each argument to its parameter's type; if any argument is named, names them all. */
  private static void rewriteArguments(SqlBasicCall call, List<Param> parameters, boolean named) {
    List<SqlNode> operands = call.getOperandList();
    for (int i = 0; i < operands.size(); i++) {
      SqlNode operand = operands.get(i);
      SqlParserPos pos = operand.getParserPosition();
      if (operand.getKind() == SqlKind.ARGUMENT_ASSIGNMENT) {
        SqlCall assignment = (SqlCall) operand;
        String name = ((SqlIdentifier) assignment.operand(1)).getSimple().toUpperCase(Locale.ROOT);
        Param parameter = parameters.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
        call.setOperand(i, assign(cast(assignment.operand(0), parameter), name, pos));
      } else if (i < parameters.size()) {
        SqlNode value = cast(operand, parameters.get(i));
        call.setOperand(i, named ? assign(value, parameters.get(i).name(), pos) : value);
      }
    }
  }

  private static SqlNode cast(SqlNode value, Param parameter) {
    SqlTypeName target = parameter == null ? null : sqlType(parameter.type());
    if (target == null || value.getKind() == SqlKind.DEFAULT) {
      return value;
    }
    SqlParserPos pos = value.getParserPosition();
    SqlDataTypeSpec type = new SqlDataTypeSpec(new SqlBasicTypeNameSpec(target, pos), pos);
    return SqlStdOperatorTable.CAST.createCall(pos, value, type);
  }

  private static SqlTypeName sqlType(Class<?> type) {
    if (type == Double.class) {
      return SqlTypeName.DOUBLE;
    }
    if (type == Integer.class) {
      return SqlTypeName.INTEGER;
    }
    if (type == Long.class) {
      return SqlTypeName.BIGINT;
    }
    if (type == Boolean.class) {
      return SqlTypeName.BOOLEAN;
    }
    if (type == String.class) {
      return SqlTypeName.VARCHAR; // vertex ids of any type arrive as text and are parsed against the graph
    }
    return null;
  }

  private static SqlNode assign(SqlNode value, String name, SqlParserPos pos) {
    return SqlStdOperatorTable.ARGUMENT_ASSIGNMENT.createCall(pos, value, new SqlIdentifier(name, pos));
  }
}
