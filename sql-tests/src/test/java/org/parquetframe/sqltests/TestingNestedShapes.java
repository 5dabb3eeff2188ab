package org.parquetframe.sqltests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random nested types for property tests, each able to declare itself as a Parquet field, draw a
 * random value, and give that value as {@link TestingParquetFiles} writes it and as JDBC reads it
 * (after {@link TestingNestedValues#plain}). Lists take the 3-level layout, the legacy 2-level one
 * or, inside a ROW or at the top, an unannotated repeated field; every repetition is drawn.
 */
final class TestingNestedShapes {
  private static final String[] WORDS = {"", "a", "b", "zz", "ünïcödé", "x y"};

  private TestingNestedShapes() {}

  /** A type: its declaration as field {@code name} with {@code repetition}, and its values. */
  interface Shape {
    String declare(String repetition, String name);

    /** A random non-NULL value, in the form JDBC reads it. */
    Object random(Random random);

    /** {@code value} (non-NULL) in the form TestingParquetFiles writes it. */
    Object written(Object value);
  }

  /** A random shape nesting at most {@code depth} more levels. */
  static Shape random(Random random, int depth) {
    int kind = depth == 0 ? 0 : random.nextInt(5);
    return switch (kind) {
      case 1 -> new ListOf(random(random, depth - 1), random.nextBoolean(), ListLayout.values()[random.nextInt(2)]);
      case 2 -> new MapOf(Primitive.values()[random.nextInt(2)], random(random, depth - 1), random.nextBoolean());
      case 3 -> {
        List<Shape> fields = new ArrayList<>();
        List<String> repetitions = new ArrayList<>();
        for (int i = random.nextInt(3) + 1; i > 0; i--) {
          fields.add(random(random, depth - 1));
          repetitions.add(List.of("required", "optional", "repeated").get(random.nextInt(3)));
        }
        yield new StructOf(fields, repetitions);
      }
      default -> Primitive.values()[random.nextInt(Primitive.values().length)];
    };
  }

  /** A value of {@code shape} as declared with {@code repetition}: maybe NULL if optional, a list if repeated. */
  static Object value(Shape shape, String repetition, Random random) {
    return switch (repetition) {
      case "optional" -> random.nextInt(4) == 0 ? null : shape.random(random);
      case "repeated" -> {
        List<Object> values = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          values.add(shape.random(random));
        }
        yield values;
      }
      default -> shape.random(random);
    };
  }

  /** {@link #value}'s value in written form. */
  static Object written(Shape shape, String repetition, Object value) {
    if (value == null) {
      return null;
    }
    return repetition.equals("repeated") ? ((List<?>) value).stream().map(shape::written).toList()
        : shape.written(value);
  }

  enum Primitive implements Shape {
    STRING("binary %s (STRING)"), INT("int32 %s"), LONG("int64 %s"), DOUBLE("double %s"), BOOLEAN("boolean %s");

    private final String declaration;

    Primitive(String declaration) {
      this.declaration = declaration;
    }

    @Override
    public String declare(String repetition, String name) {
      return repetition + " " + String.format(declaration, name) + ";";
    }

    @Override
    public Object random(Random random) {
      return switch (this) {
        case STRING -> WORDS[random.nextInt(WORDS.length)] + random.nextInt(3);
        case INT -> random.nextInt(7) - 3;
        case LONG -> random.nextLong();
        case DOUBLE -> random.nextInt(5) / 4.0;
        case BOOLEAN -> random.nextBoolean();
      };
    }

    @Override
    public Object written(Object value) {
      return value;
    }
  }

  enum ListLayout { THREE_LEVEL, TWO_LEVEL }

  record ListOf(Shape element, boolean elementRequired, ListLayout layout) implements Shape {
    /** The legacy layout holds required elements only, and cannot tell a one-field ROW from its field. */
    private boolean twoLevel() {
      return layout == ListLayout.TWO_LEVEL && elementRequired
          && !(element instanceof StructOf struct && struct.fields().size() == 1);
    }

    @Override
    public String declare(String repetition, String name) {
      if (twoLevel()) {
        return repetition + " group " + name + " (LIST) { " + element.declare("repeated", "array") + " }";
      }
      return repetition + " group " + name + " (LIST) { repeated group list { "
          + element.declare(elementRequired ? "required" : "optional", "element") + " } }";
    }

    @Override
    public Object random(Random random) {
      List<Object> elements = new ArrayList<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        elements.add(value(element, elementRequired ? "required" : "optional", random));
      }
      return elements;
    }

    @Override
    public Object written(Object value) {
      List<Object> elements = new ArrayList<>();
      for (Object e : (List<?>) value) {
        Object written = e == null ? null : element.written(e);
        elements.add(twoLevel() ? written : new Object[] {written});
      }
      return new Object[] {elements};
    }
  }

  record MapOf(Primitive key, Shape value, boolean valueRequired) implements Shape {
    @Override
    public String declare(String repetition, String name) {
      return repetition + " group " + name + " (MAP) { repeated group key_value { " + key.declare("required", "key")
          + " " + value.declare(valueRequired ? "required" : "optional", "value") + " } }";
    }

    @Override
    public Object random(Random random) {
      Map<Object, Object> map = new LinkedHashMap<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        map.put(key.random(random), TestingNestedShapes.value(value, valueRequired ? "required" : "optional", random));
      }
      return map;
    }

    @Override
    public Object written(Object map) {
      List<Object[]> entries = new ArrayList<>();
      ((Map<?, ?>) map).forEach((k, v) -> entries.add(new Object[] {k, v == null ? null : value.written(v)}));
      return new Object[] {entries};
    }
  }

  record StructOf(List<Shape> fields, List<String> repetitions) implements Shape {
    @Override
    public String declare(String repetition, String name) {
      StringBuilder declaration = new StringBuilder(repetition + " group " + name + " {");
      for (int i = 0; i < fields.size(); i++) {
        declaration.append(' ').append(fields.get(i).declare(repetitions.get(i), "f" + i));
      }
      return declaration.append(" }").toString();
    }

    @Override
    public Object random(Random random) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < fields.size(); i++) {
        values.add(value(fields.get(i), repetitions.get(i), random));
      }
      return values;
    }

    @Override
    public Object written(Object value) {
      List<?> values = (List<?>) value;
      Object[] written = new Object[fields.size()];
      for (int i = 0; i < written.length; i++) {
        written[i] = TestingNestedShapes.written(fields.get(i), repetitions.get(i), values.get(i));
      }
      return written;
    }
  }
}
