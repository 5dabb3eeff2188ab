package org.parquetframe.jdbc;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.linq4j.function.Predicate1;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.Function;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ScalarFunction;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.TableFunction;
import org.apache.calcite.schema.TableMacro;
import org.apache.calcite.schema.lookup.LikePattern;

/**
 * The functions of schema {@code main} (graph, Parquet metadata and diagnostic functions) as JDBC
 * metadata describes them: the rows of {@code getFunctions}, {@code getProcedures} (tools that know
 * only procedures list them there, as functions returning a result) and of their column calls (the
 * parameters, in order, with their SQL types; a scalar function's return value first). Calcite lists
 * the names but not whether a function returns a table, nor any parameter.
 */
final class FunctionCatalog {
  /**
   * One function: its name as registered (upper case), whether it returns a table, its parameters,
   * and a scalar function's return type (null otherwise).
   */
  record Entry(String name, boolean returnsTable, List<Param> params, RelDataType returnType) {
    String remarks() {
      StringBuilder text = new StringBuilder(returnsTable ? "table function " : "scalar function ");
      text.append(name.toLowerCase(Locale.ROOT)).append('(');
      for (int i = 0; i < params.size(); i++) {
        Param param = params.get(i);
        text.append(i == 0 ? "" : ", ").append(param.optional ? "[" : "").append(param.name).append(' ')
            .append(param.type.getSqlTypeName().getName()).append(param.optional ? "]" : "");
      }
      text.append(')');
      return returnType == null ? text.toString() : text + " returns " + returnType.getSqlTypeName().getName();
    }
  }

  /** A parameter: its name as written in SQL ({@code damping => 0.9}), SQL type, and whether it may be left out. */
  record Param(String name, RelDataType type, boolean optional) {}

  private final String schemaName;
  private final List<Entry> entries;

  private FunctionCatalog(String schemaName, List<Entry> entries) {
    this.schemaName = schemaName;
    this.entries = entries;
  }

  /** The functions registered in {@code schemaName} of the connection's root schema, by name. */
  static FunctionCatalog of(CalciteConnection calcite, String schemaName) {
    SchemaPlus schema = calcite.getRootSchema().subSchemas().get(schemaName);
    RelDataTypeFactory types = calcite.getTypeFactory();
    List<Entry> entries = new ArrayList<>();
    if (schema != null) {
      for (String name : new TreeSet<>(schema.getFunctionNames())) {
        for (Function function : schema.getFunctions(name)) {
          List<Param> params = new ArrayList<>();
          for (FunctionParameter parameter : function.getParameters()) {
            params.add(new Param(parameter.getName().toLowerCase(Locale.ROOT), parameter.getType(types),
                parameter.isOptional()));
          }
          RelDataType returnType = function instanceof ScalarFunction scalar ? scalar.getReturnType(types) : null;
          boolean returnsTable = function instanceof TableFunction || function instanceof TableMacro;
          entries.add(new Entry(name, returnsTable, params, returnType));
        }
      }
    }
    return new FunctionCatalog(schemaName, entries);
  }

  /** Rows of {@code getFunctions} (FUNCTION_CAT, _SCHEM, _NAME, REMARKS, FUNCTION_TYPE, SPECIFIC_NAME). */
  List<Object[]> functionRows(String namePattern) {
    List<Object[]> rows = new ArrayList<>();
    for (Entry entry : matching(namePattern)) {
      int type = entry.returnsTable ? DatabaseMetaData.functionReturnsTable : DatabaseMetaData.functionNoTable;
      rows.add(new Object[] {null, schemaName, entry.name, entry.remarks(), type, entry.name});
    }
    return rows;
  }

  /** Rows of {@code getProcedures}: every function as a procedure that returns a result. */
  List<Object[]> procedureRows(String namePattern) {
    List<Object[]> rows = new ArrayList<>();
    for (Entry entry : matching(namePattern)) {
      rows.add(new Object[] {null, schemaName, entry.name, null, null, null, entry.remarks(),
          DatabaseMetaData.procedureReturnsResult, entry.name});
    }
    return rows;
  }

  /** Rows of {@code getFunctionColumns} (17 columns). */
  List<Object[]> functionColumnRows(String namePattern, String columnPattern) {
    List<Object[]> rows = new ArrayList<>();
    for (Entry entry : matching(namePattern)) {
      forEachColumn(entry, columnPattern, (name, ordinal, type, returned) -> rows.add(new Object[] {
          null, schemaName, entry.name, name,
          returned ? DatabaseMetaData.functionReturn : DatabaseMetaData.functionColumnIn,
          type.code, type.name, type.precision, null, type.scale, type.radix, DatabaseMetaData.functionNullable,
          null, type.octets, ordinal, "YES", entry.name}));
    }
    return rows;
  }

  /** Rows of {@code getProcedureColumns} (20 columns). */
  List<Object[]> procedureColumnRows(String namePattern, String columnPattern) {
    List<Object[]> rows = new ArrayList<>();
    for (Entry entry : matching(namePattern)) {
      forEachColumn(entry, columnPattern, (name, ordinal, type, returned) -> rows.add(new Object[] {
          null, schemaName, entry.name, name,
          returned ? DatabaseMetaData.procedureColumnReturn : DatabaseMetaData.procedureColumnIn,
          type.code, type.name, type.precision, null, type.scale, type.radix, DatabaseMetaData.procedureNullable,
          null, null, null, null, type.octets, ordinal, "YES", entry.name}));
    }
    return rows;
  }

  /** A parameter's or return value's type as the column calls describe it. */
  private record ColumnType(int code, String name, Integer precision, Integer scale, Integer radix, Integer octets) {
    static ColumnType of(RelDataType type) {
      int code = type.getSqlTypeName().getJdbcOrdinal();
      String name = type.getSqlTypeName().getName();
      ColumnSizes sizes = ColumnSizes.of(code, RelDataType.PRECISION_NOT_SPECIFIED, 0);
      return sizes == null ? new ColumnType(code, name, null, null, null, null)
          : new ColumnType(code, name, sizes.columnSize(), sizes.decimalDigits(), sizes.radix(), sizes.octetLength());
    }
  }

  private interface ColumnVisitor {
    void visit(String name, int ordinal, ColumnType type, boolean returned);
  }

  /** The return value of a scalar function (ordinal 0, no name), then the parameters from 1. */
  private static void forEachColumn(Entry entry, String columnPattern, ColumnVisitor visitor) {
    Predicate1<String> matches = matcher(columnPattern);
    if (entry.returnType != null && matches.apply("")) {
      visitor.visit("", 0, ColumnType.of(entry.returnType), true);
    }
    for (int i = 0; i < entry.params.size(); i++) {
      Param param = entry.params.get(i);
      if (matches.apply(param.name)) {
        visitor.visit(param.name, i + 1, ColumnType.of(param.type), false);
      }
    }
  }

  private List<Entry> matching(String namePattern) {
    Predicate1<String> matches = matcher(namePattern);
    return entries.stream().filter(entry -> matches.apply(entry.name)).toList();
  }

  private static Predicate1<String> matcher(String pattern) {
    return pattern == null ? name -> true : LikePattern.matcher(pattern);
  }
}
