package org.parquetframe.sqltests;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import shaded.parquet.org.apache.thrift.TBase;
import shaded.parquet.org.apache.thrift.TEnum;
import shaded.parquet.org.apache.thrift.TFieldIdEnum;

/**
 * Every set field of a Thrift structure (a Parquet footer or page header), found by walking the
 * generated classes generically, and lies to tell about one of them: absurd sizes and counts,
 * another enum constant, a damaged name, a list with an element dropped or repeated.
 */
final class FuzzThriftFields {
  private static final int MAX_FIELD_ID = 64;

  /** One set field: the structure holding it, the field, and a readable path such as {@code row_groups[0].num_rows}. */
  record Field(TBase<?, ?> owner, TFieldIdEnum id, String path) {
    Object value() {
      return get(owner, id);
    }
  }

  private FuzzThriftFields() {}

  /** The set fields of {@code root} and of every structure and list inside it. */
  static List<Field> of(TBase<?, ?> root, String rootPath) {
    List<Field> fields = new ArrayList<>();
    walk(root, rootPath, fields);
    return fields;
  }

  private static void walk(TBase<?, ?> owner, String path, List<Field> fields) {
    for (int id = 1; id <= MAX_FIELD_ID; id++) {
      TFieldIdEnum field = fieldForId(owner, id);
      if (field == null || !isSet(owner, field)) {
        continue;
      }
      String fieldPath = path + "." + field.getFieldName();
      fields.add(new Field(owner, field, fieldPath));
      Object value = get(owner, field);
      if (value instanceof TBase<?, ?> struct) {
        walk(struct, fieldPath, fields);
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) instanceof TBase<?, ?> element) {
            walk(element, fieldPath + "[" + i + "]", fields);
          }
        }
      }
    }
  }

  /**
   * Replaces the field's value with a lie; returns a description, or null when this field's type
   * offers none (the caller then picks another field).
   */
  static String lie(Field field, Random random) {
    Object value = field.value();
    Object lie;
    if (value instanceof Integer number) {
      lie = (int) absurd(number, random, Integer.MIN_VALUE, Integer.MAX_VALUE);
    } else if (value instanceof Long number) {
      lie = absurd(number, random, Long.MIN_VALUE, Long.MAX_VALUE);
    } else if (value instanceof Short number) {
      lie = (short) absurd(number, random, Short.MIN_VALUE, Short.MAX_VALUE);
    } else if (value instanceof Byte number) {
      lie = (byte) absurd(number, random, Byte.MIN_VALUE, Byte.MAX_VALUE);
    } else if (value instanceof Boolean flag) {
      lie = !flag;
    } else if (value instanceof TEnum constant) {
      Object[] constants = constant.getClass().getEnumConstants();
      lie = constants[random.nextInt(constants.length)];
    } else if (value instanceof String text) {
      lie = damaged(text, random);
    } else if (value instanceof ByteBuffer bytes) {
      lie = ByteBuffer.wrap(FuzzBytes.flipSome(toArray(bytes), random));
    } else if (value instanceof byte[] bytes) {
      lie = FuzzBytes.flipSome(bytes.clone(), random);
    } else if (value instanceof List<?> list && !list.isEmpty()) {
      List<Object> changed = new ArrayList<>(list);
      int index = random.nextInt(changed.size());
      String what;
      if (random.nextBoolean()) {
        changed.remove(index);
        what = "without element " + index;
      } else {
        changed.add(index, changed.get(index));
        what = "with element " + index + " repeated";
      }
      set(field.owner(), field.id(), changed);
      return field.path() + " " + what;
    } else {
      return null;
    }
    set(field.owner(), field.id(), lie);
    String told = lie instanceof ByteBuffer ? "damaged bytes" : String.valueOf(lie);
    return field.path() + " = " + told + " (was " + shortText(value) + ")";
  }

  /** A size or count a hostile writer might declare: extremes, off-by-one, scaled, or random. */
  static long absurd(long value, Random random, long min, long max) {
    long[] choices = {-1, 0, 1, max, min, max / 2 + 1, value + 1, value - 1, value * 2, value * 1000 + 7, value / 2,
        1L << 30, 0x7fff_ff00L, random.nextLong()};
    long chosen = choices[random.nextInt(choices.length)];
    return Math.max(min, Math.min(max, chosen));
  }

  private static String damaged(String text, Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> "";
      case 1 -> text.isEmpty() ? "x" : text.substring(0, random.nextInt(text.length()));
      case 2 -> text + "\u00e9\u0000";
      default -> text.isEmpty() ? "y" : text.substring(1) + (char) ('a' + random.nextInt(26));
    };
  }

  private static String shortText(Object value) {
    String text = String.valueOf(value);
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }

  private static byte[] toArray(ByteBuffer buffer) {
    ByteBuffer copy = buffer.duplicate();
    byte[] bytes = new byte[copy.remaining()];
    copy.get(bytes);
    return bytes;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static TFieldIdEnum fieldForId(TBase owner, int id) {
    try {
      return owner.fieldForId(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean isSet(TBase owner, TFieldIdEnum field) {
    return owner.isSet(field);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object get(TBase owner, TFieldIdEnum field) {
    return owner.getFieldValue(field);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void set(TBase owner, TFieldIdEnum field, Object value) {
    owner.setFieldValue(field, value);
  }
}
