package org.parquetframe.adapter.types;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystem;
import org.apache.calcite.rel.type.StructKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The SQL type of a column: a type name with precision and scale where the type takes them, and
 * for ARRAY, MAP and ROW the types they hold ({@code fields}: the element; the key and the value;
 * the named fields of the row). Empty {@code fields} for every other type.
 */
public record ColumnType(SqlTypeName sqlType, int precision, int scale, List<Field> fields) {
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** A component of a nested type: the element of an ARRAY, the key or value of a MAP, a ROW field. */
  public record Field(String name, ColumnType type) {}

  public ColumnType {
    fields = List.copyOf(fields);
  }

  public ColumnType(SqlTypeName sqlType, int precision, int scale) {
    this(sqlType, precision, scale, List.of());
  }

  public static ColumnType of(SqlTypeName sqlType) {
    return new ColumnType(sqlType, RelDataType.PRECISION_NOT_SPECIFIED, RelDataType.SCALE_NOT_SPECIFIED);
  }

  public static ColumnType of(SqlTypeName sqlType, int precision) {
    return new ColumnType(sqlType, precision, RelDataType.SCALE_NOT_SPECIFIED);
  }

  /** The column type of a Calcite type (nullability aside), to describe it. */
  public static ColumnType of(RelDataType type) {
    SqlTypeName name = type.getSqlTypeName();
    if (name == SqlTypeName.ROW) {
      return row(type.getFieldList().stream().map(f -> new Field(f.getName(), of(f.getType()))).toList());
    }
    if (name == SqlTypeName.MAP) {
      return map(of(type.getKeyType()), of(type.getValueType()));
    }
    if (type.getComponentType() != null) {
      return array(of(type.getComponentType()));
    }
    return new ColumnType(name, name.allowsPrec() ? type.getPrecision() : RelDataType.PRECISION_NOT_SPECIFIED,
        name.allowsScale() ? type.getScale() : RelDataType.SCALE_NOT_SPECIFIED);
  }

  public static ColumnType decimal(int precision, int scale) {
    return new ColumnType(SqlTypeName.DECIMAL, precision, scale);
  }

  public static ColumnType array(ColumnType element) {
    return nested(SqlTypeName.ARRAY, List.of(new Field("element", element)));
  }

  public static ColumnType map(ColumnType key, ColumnType value) {
    return nested(SqlTypeName.MAP, List.of(new Field("key", key), new Field("value", value)));
  }

  public static ColumnType row(List<Field> fields) {
    return nested(SqlTypeName.ROW, fields);
  }

  private static ColumnType nested(SqlTypeName sqlType, List<Field> fields) {
    return new ColumnType(sqlType, RelDataType.PRECISION_NOT_SPECIFIED, RelDataType.SCALE_NOT_SPECIFIED, fields);
  }

  /**
   * The nullable Calcite type; every Parquet column may hold NULLs once files are merged. So may
   * the elements, values and fields inside a nested type (files of one table may disagree on their
   * repetition), except the keys of a MAP, which Parquet requires.
   */
  public RelDataType toRelDataType(RelDataTypeFactory typeFactory) {
    return typeFactory.createTypeWithNullability(notNullType(typeFactory, StructKind.PEEK_FIELDS_NO_EXPAND), true);
  }

  private RelDataType fieldType(RelDataTypeFactory typeFactory) {
    return typeFactory.createTypeWithNullability(notNullType(typeFactory, StructKind.FULLY_QUALIFIED), true);
  }

  private RelDataType notNullType(RelDataTypeFactory typeFactory, StructKind rowKind) {
    return switch (sqlType) {
      case ARRAY -> typeFactory.createArrayType(fields.get(0).type().fieldType(typeFactory), -1);
      case MAP -> typeFactory.createMapType(fields.get(0).type().notNullType(typeFactory, StructKind.FULLY_QUALIFIED),
          fields.get(1).type().fieldType(typeFactory));
      case ROW -> typeFactory.createStructType(rowKind, fields.stream().map(f -> f.type().fieldType(typeFactory)).toList(),
          fields.stream().map(Field::name).toList());
      default -> {
        if (scale != RelDataType.SCALE_NOT_SPECIFIED) {
          yield typeFactory.createSqlType(sqlType, precision, scale);
        }
        yield precision != RelDataType.PRECISION_NOT_SPECIFIED ? typeFactory.createSqlType(sqlType, precision)
            : typeFactory.createSqlType(sqlType);
      }
    };
  }

  public boolean isInteger() {
    return SqlTypeName.INT_TYPES.contains(sqlType);
  }

  public boolean isCharacter() {
    return SqlTypeName.CHAR_TYPES.contains(sqlType);
  }

  public boolean isNumeric() {
    return SqlTypeName.NUMERIC_TYPES.contains(sqlType);
  }

  /** ARRAY, MAP or ROW. */
  public boolean isNested() {
    return !fields.isEmpty();
  }

  /**
   * The type as CAST takes it: {@code DECIMAL(38, 4)}, {@code INTEGER ARRAY}, {@code MAP<VARCHAR,
   * BIGINT>}, {@code ROW(a INTEGER, "b c" VARCHAR)}.
   */
  @Override
  public String toString() {
    return switch (sqlType) {
      case ARRAY -> fields.get(0).type() + " ARRAY";
      case MAP -> "MAP<" + fields.get(0).type() + ", " + fields.get(1).type() + ">";
      case ROW -> "ROW(" + String.join(", ", fields.stream().map(f -> quoted(f.name()) + " " + f.type()).toList()) + ")";
      default -> {
        if (scale != RelDataType.SCALE_NOT_SPECIFIED) {
          yield sqlType + "(" + precision + ", " + scale + ")";
        }
        yield precision == RelDataType.PRECISION_NOT_SPECIFIED ? sqlType.toString() : sqlType + "(" + precision + ")";
      }
    };
  }

  private static String quoted(String name) {
    return PLAIN_NAME.matcher(name).matches() ? name : '"' + name.replace("\"", "\"\"") + '"';
  }

  /** Largest DECIMAL precision we expose; the type system must allow it. */
  public static int maxDecimalPrecision(RelDataTypeSystem system) {
    return system.getMaxPrecision(SqlTypeName.DECIMAL);
  }
}
