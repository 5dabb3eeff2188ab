package org.parquetframe.adapter.types;

import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Type.Repetition;

/**
 * Reads a top-level field of a Parquet schema as a SQL value ({@link ParquetField}), following the
 * "Nested Types" section of the Parquet format's LogicalTypes.md: a LIST-annotated group is an
 * ARRAY (3-level, and the 2-level layouts of its backward-compatibility rules); a MAP- or
 * MAP_KEY_VALUE-annotated group is a MAP (a key-only one, a set of keys, is an ARRAY of keys); any
 * other group is a ROW; a repeated field outside those layouts is an ARRAY of its required values.
 * A LIST or MAP annotation on a group of another shape is ignored: the group reads as a ROW.
 */
public final class ParquetFields {
  /** Deeper schemas are refused: no real data nests this deep, and every level costs stack. */
  public static final int MAX_DEPTH = 64;

  private ParquetFields() {}

  /** {@code field}, a child of the schema root. */
  public static ParquetField of(Type field) {
    return child(field, List.of(), 0, 0, 1);
  }

  /** A field at its place in the tree: {@code enclosing} and {@code repetition} are the levels of its parent. */
  private static ParquetField child(Type field, List<String> parentPath, int enclosing, int repetition, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("the schema nests fields more than " + MAX_DEPTH + " levels deep");
    }
    List<String> path = append(parentPath, field.getName());
    if (field.isRepetition(Repetition.REPEATED)) {
      int elementLevel = enclosing + 1;
      ParquetField element = node(field, path, elementLevel, elementLevel, repetition + 1, depth + 1);
      return new ParquetField.Array(element, enclosing, enclosing, elementLevel, repetition + 1);
    }
    int defined = field.isRepetition(Repetition.OPTIONAL) ? enclosing + 1 : enclosing;
    return node(field, path, enclosing, defined, repetition, depth);
  }

  /** What {@code field} holds, its own repetition already accounted for in {@code defined} and {@code repetition}. */
  private static ParquetField node(Type field, List<String> path, int enclosing, int defined, int repetition,
      int depth) {
    if (field.isPrimitive()) {
      return new ParquetField.Primitive(path, field.asPrimitiveType(), ParquetTypeMapping.of(field.asPrimitiveType()),
          defined, enclosing, repetition);
    }
    GroupType group = field.asGroupType();
    LogicalTypeAnnotation annotation = group.getLogicalTypeAnnotation();
    if (annotation instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation && isListShaped(group)) {
      return list(group, path, enclosing, defined, repetition, depth);
    }
    if ((annotation instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation
        || annotation instanceof LogicalTypeAnnotation.MapKeyValueTypeAnnotation) && isMapShaped(group)) {
      return map(group, path, enclosing, defined, repetition, depth);
    }
    if (group.getFieldCount() == 0) {
      throw new IllegalArgumentException("group '" + String.join(".", path) + "' has no fields");
    }
    List<String> names = new ArrayList<>();
    List<ParquetField> fields = new ArrayList<>();
    for (Type child : group.getFields()) {
      names.add(child.getName());
      fields.add(child(child, path, defined, repetition, depth + 1));
    }
    return new ParquetField.Struct(names, fields, defined, enclosing);
  }

  private static boolean isListShaped(GroupType group) {
    return group.getFieldCount() == 1 && group.getType(0).isRepetition(Repetition.REPEATED);
  }

  private static boolean isMapShaped(GroupType group) {
    if (!isListShaped(group) || group.getType(0).isPrimitive()) {
      return false;
    }
    GroupType keyValue = group.getType(0).asGroupType();
    int fields = keyValue.getFieldCount();
    return (fields == 1 || fields == 2) && !keyValue.getType(0).isRepetition(Repetition.REPEATED);
  }

  private static ParquetField list(GroupType group, List<String> path, int enclosing, int defined, int repetition,
      int depth) {
    Type repeated = group.getType(0);
    List<String> repeatedPath = append(path, repeated.getName());
    int elementLevel = defined + 1;
    ParquetField element = isElement(group, repeated)
        ? node(repeated, repeatedPath, elementLevel, elementLevel, repetition + 1, depth + 1)
        : child(repeated.asGroupType().getType(0), repeatedPath, elementLevel, repetition + 1, depth + 2);
    return new ParquetField.Array(element, defined, enclosing, elementLevel, repetition + 1);
  }

  /** Rules 1 to 4 of LogicalTypes.md for lists: the repeated field itself is the (required) element. */
  private static boolean isElement(GroupType list, Type repeated) {
    if (repeated.isPrimitive()) {
      return true;
    }
    GroupType group = repeated.asGroupType();
    return group.getFieldCount() != 1
        || group.getType(0).isRepetition(Repetition.REPEATED)
        || repeated.getName().equals("array")
        || repeated.getName().equals(list.getName() + "_tuple");
  }

  private static ParquetField map(GroupType group, List<String> path, int enclosing, int defined, int repetition,
      int depth) {
    GroupType keyValue = group.getType(0).asGroupType();
    List<String> keyValuePath = append(path, keyValue.getName());
    int elementLevel = defined + 1;
    ParquetField key = child(keyValue.getType(0), keyValuePath, elementLevel, repetition + 1, depth + 2);
    if (keyValue.getFieldCount() == 1) {
      return new ParquetField.Array(key, defined, enclosing, elementLevel, repetition + 1);
    }
    ParquetField value = child(keyValue.getType(1), keyValuePath, elementLevel, repetition + 1, depth + 2);
    return new ParquetField.KeyValue(key, value, defined, enclosing, elementLevel, repetition + 1);
  }

  private static List<String> append(List<String> path, String name) {
    List<String> longer = new ArrayList<>(path);
    longer.add(name);
    return List.copyOf(longer);
  }
}
