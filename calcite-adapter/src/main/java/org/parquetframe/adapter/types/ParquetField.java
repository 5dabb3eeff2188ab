package org.parquetframe.adapter.types;

import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.schema.PrimitiveType;

/**
 * A field of a Parquet file's schema as the SQL value it reads as (built by {@link ParquetFields}):
 * a primitive, a ROW of fields, an ARRAY of elements or a MAP from keys to values. Each node also
 * carries the levels that locate it in its leaf columns, so that values can be assembled from the
 * repetition and definition levels alone: it holds a value where a leaf's definition level is at
 * least {@link #definedLevel()}, is NULL between {@link #enclosingLevel()} (the level of the
 * nearest enclosing node, reached whenever this one is read) and that, and no level below
 * {@code enclosingLevel} can occur while it is read.
 */
public sealed interface ParquetField {

  ColumnType type();

  int definedLevel();

  int enclosingLevel();

  /** Whether the file may store NULL here (an optional field); required fields never are. */
  default boolean nullable() {
    return definedLevel() > enclosingLevel();
  }

  /** The primitive columns under this node, in schema order; the first one tells NULLs and repetitions apart. */
  default List<Primitive> leaves() {
    List<Primitive> leaves = new ArrayList<>();
    collectLeaves(this, leaves);
    return leaves;
  }

  private static void collectLeaves(ParquetField field, List<Primitive> leaves) {
    if (field instanceof Primitive primitive) {
      leaves.add(primitive);
    } else if (field instanceof Struct struct) {
      struct.fields().forEach(f -> collectLeaves(f, leaves));
    } else if (field instanceof Array array) {
      collectLeaves(array.element(), leaves);
    } else if (field instanceof KeyValue map) {
      collectLeaves(map.key(), leaves);
      collectLeaves(map.value(), leaves);
    }
  }

  /**
   * A leaf column: {@code path} from the schema root, its Parquet type and SQL mapping, and its
   * maximum repetition level (its maximum definition level is {@code definedLevel}).
   */
  record Primitive(List<String> path, PrimitiveType primitive, ParquetTypeMapping.Mapping mapping, int definedLevel,
      int enclosingLevel, int repetitionLevel) implements ParquetField {
    @Override
    public ColumnType type() {
      return mapping.type();
    }
  }

  /** A group read as a ROW: its fields by name, in the file's order and with the file's names. */
  record Struct(List<String> names, List<ParquetField> fields, int definedLevel, int enclosingLevel)
      implements ParquetField {
    @Override
    public ColumnType type() {
      List<ColumnType.Field> types = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        types.add(new ColumnType.Field(names.get(i), fields.get(i).type()));
      }
      return ColumnType.row(types);
    }
  }

  /**
   * A repeated field read as an ARRAY: empty where a leaf's definition level is below
   * {@code elementLevel}, and a leaf value with repetition level {@code repetitionLevel} starts its
   * next element.
   */
  record Array(ParquetField element, int definedLevel, int enclosingLevel, int elementLevel, int repetitionLevel)
      implements ParquetField {
    @Override
    public ColumnType type() {
      return ColumnType.array(element.type());
    }
  }

  /** A repeated key-value group read as a MAP; its levels mean what they mean for an {@link Array}. */
  record KeyValue(ParquetField key, ParquetField value, int definedLevel, int enclosingLevel, int elementLevel,
      int repetitionLevel) implements ParquetField {
    @Override
    public ColumnType type() {
      return ColumnType.map(key.type(), value.type());
    }
  }
}
