package org.parquetframe.adapter.reader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parquetframe.adapter.types.ParquetField;

/**
 * Assembles the values of a {@link ParquetField} from the entries of its leaf columns (record
 * assembly as in the Dremel paper, Melnik et al., VLDB 2010), in Calcite's runtime representation:
 * ARRAY as {@link List}, MAP as {@link Map} (in file order; of repeated keys the last value wins,
 * as the Parquet spec says), ROW as {@code Object[]}, primitives as their flat columns are.
 *
 * <p>Reading a value consumes exactly its entries from every leaf under it. The first leaf decides:
 * its definition level tells a value from NULL (and an empty ARRAY or MAP from a NULL one), and
 * after an element, a repetition level equal to the collection's own starts its next element. The
 * other leaves must agree entry for entry; every entry's levels are checked against that, so a
 * damaged file fails with an error instead of giving shifted values.
 */
abstract class NestedValues {
  final ParquetField field;
  /** The first leaf under this node. */
  final LeafLevels first;
  /** Every leaf under this node, the first one first. */
  final List<LeafLevels> leaves;

  private NestedValues(ParquetField field, Function<ParquetField.Primitive, LeafLevels> leafLevels) {
    this.field = field;
    this.leaves = field.leaves().stream().map(leafLevels).toList();
    this.first = leaves.get(0);
  }

  /** The values of {@code field}, reading each leaf's entries from {@code leafLevels}. */
  static NestedValues of(ParquetField field, Function<ParquetField.Primitive, LeafLevels> leafLevels) {
    if (field instanceof ParquetField.Primitive) {
      return new Primitive(field, leafLevels);
    }
    if (field instanceof ParquetField.Struct struct) {
      return new Struct(struct, leafLevels);
    }
    if (field instanceof ParquetField.Array array) {
      return new Array(array, leafLevels);
    }
    return new KeyValue((ParquetField.KeyValue) field, leafLevels);
  }

  /**
   * Reads the value at the current entries; the first entry of each leaf must have repetition level
   * {@code repetition} (0 at the start of a row, the collection's level for its later elements).
   */
  abstract Object read(int repetition);

  /** The first leaf's current definition level, which cannot be below the enclosing node's. */
  final int definition(int repetition) {
    first.expectRepetition(repetition);
    int level = first.definition();
    if (level < field.enclosingLevel()) {
      throw first.corrupt("definition level " + level + " inside a value defined at level " + field.enclosingLevel());
    }
    return level;
  }

  /** Consumes the one entry every leaf has for a NULL or empty value, at the same levels in each. */
  final void skip(int repetition, int definition) {
    for (LeafLevels leaf : leaves) {
      leaf.expectRepetition(repetition);
      int level = leaf.definition();
      if (level != definition) {
        throw leaf.corrupt("definition level " + level + " where the column's first leaf has " + definition);
      }
      leaf.consume();
    }
  }

  private static final class Primitive extends NestedValues {
    Primitive(ParquetField field, Function<ParquetField.Primitive, LeafLevels> leafLevels) {
      super(field, leafLevels);
    }

    @Override
    Object read(int repetition) {
      Object value = definition(repetition) >= field.definedLevel() ? first.value() : null;
      first.consume();
      return value;
    }
  }

  private static final class Struct extends NestedValues {
    private final List<NestedValues> fields;

    Struct(ParquetField.Struct struct, Function<ParquetField.Primitive, LeafLevels> leafLevels) {
      super(struct, leafLevels);
      this.fields = struct.fields().stream().map(f -> of(f, leafLevels)).toList();
    }

    @Override
    Object read(int repetition) {
      int definition = definition(repetition);
      if (definition < field.definedLevel()) {
        skip(repetition, definition);
        return null;
      }
      Object[] values = new Object[fields.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = fields.get(i).read(repetition);
      }
      return values;
    }
  }

  /** An ARRAY or a MAP: NULL, empty, or elements one after another. */
  private abstract static class Repeated extends NestedValues {
    private final int elementLevel;
    private final int repetitionLevel;

    Repeated(ParquetField field, int elementLevel, int repetitionLevel,
        Function<ParquetField.Primitive, LeafLevels> leafLevels) {
      super(field, leafLevels);
      this.elementLevel = elementLevel;
      this.repetitionLevel = repetitionLevel;
    }

    @Override
    final Object read(int repetition) {
      int definition = definition(repetition);
      if (definition < elementLevel) {
        skip(repetition, definition);
        return definition < field.definedLevel() ? null : empty();
      }
      Object collection = empty();
      addElement(collection, repetition);
      while (first.hasNext() && first.repetition() == repetitionLevel) {
        addElement(collection, repetitionLevel);
      }
      return collection;
    }

    abstract Object empty();

    abstract void addElement(Object collection, int repetition);
  }

  private static final class Array extends Repeated {
    private final NestedValues element;

    Array(ParquetField.Array array, Function<ParquetField.Primitive, LeafLevels> leafLevels) {
      super(array, array.elementLevel(), array.repetitionLevel(), leafLevels);
      this.element = of(array.element(), leafLevels);
    }

    @Override
    Object empty() {
      return new ArrayList<>();
    }

    @Override
    @SuppressWarnings("unchecked")
    void addElement(Object collection, int repetition) {
      ((List<Object>) collection).add(element.read(repetition));
    }
  }

  private static final class KeyValue extends Repeated {
    private final NestedValues key;
    private final NestedValues value;

    KeyValue(ParquetField.KeyValue map, Function<ParquetField.Primitive, LeafLevels> leafLevels) {
      super(map, map.elementLevel(), map.repetitionLevel(), leafLevels);
      this.key = of(map.key(), leafLevels);
      this.value = of(map.value(), leafLevels);
    }

    @Override
    Object empty() {
      return new LinkedHashMap<>();
    }

    @Override
    @SuppressWarnings("unchecked")
    void addElement(Object collection, int repetition) {
      Object k = key.read(repetition);
      if (k == null) {
        throw key.first.corrupt("a MAP key is NULL; Parquet requires every key");
      }
      ((Map<Object, Object>) collection).put(k, value.read(repetition));
    }
  }
}
