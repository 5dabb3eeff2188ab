package org.parquetframe.adapter.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Nested Parquet fields as SQL types, one case per layout of the "Nested Types" section of the
 * Parquet format's LogicalTypes.md (its examples, backward-compatibility rules included), with the
 * levels the reader assembles values from checked against those parquet-java computes.
 */
class ParquetFieldsTest {

  private static ParquetField field(String fields) {
    MessageType schema = MessageTypeParser.parseMessageType("message m { " + fields + " }");
    ParquetField field = ParquetFields.of(schema.getType(0));
    for (ParquetField.Primitive leaf : field.leaves()) {
      ColumnDescriptor column = schema.getColumnDescription(leaf.path().toArray(String[]::new));
      assertEquals(column.getMaxDefinitionLevel(), leaf.definedLevel(), "definition level of " + leaf.path());
      assertEquals(column.getMaxRepetitionLevel(), leaf.repetitionLevel(), "repetition level of " + leaf.path());
    }
    return field;
  }

  private static String type(String fields) {
    return field(fields).type().toString();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "optional group l (LIST) { repeated group list { optional binary element (STRING); } } | VARCHAR ARRAY",
      "required group l (LIST) { repeated group list { required int32 element; } } | INTEGER ARRAY",
      "optional group l (LIST) { repeated group list { required group element (LIST) { repeated group list"
          + " { required int32 element; } } } } | INTEGER ARRAY ARRAY",
      // backward-compatibility rules 1 to 5
      "optional group l (LIST) { repeated int32 element; } | INTEGER ARRAY",
      "optional group l (LIST) { repeated group element { required binary str (STRING); required int32 num; } }"
          + " | ROW(str VARCHAR, num INTEGER) ARRAY",
      "optional group l (LIST) { repeated group array (LIST) { repeated int32 array; } } | INTEGER ARRAY ARRAY",
      "optional group l (LIST) { repeated group array { required binary str (STRING); } } | ROW(str VARCHAR) ARRAY",
      "optional group l (LIST) { repeated group l_tuple { required binary str (STRING); } } | ROW(str VARCHAR) ARRAY",
      "optional group l (LIST) { repeated group element { optional binary str (STRING); } } | VARCHAR ARRAY",
      // unannotated repeated fields
      "repeated int64 r; | BIGINT ARRAY",
      "repeated group r { required int32 num; optional binary str (STRING); } | ROW(num INTEGER, str VARCHAR) ARRAY",
      "optional group g { repeated int32 r; optional group h { required double d; } } | ROW(r INTEGER ARRAY, h ROW(d DOUBLE))",
      // maps, and the legacy MAP_KEY_VALUE and names
      "optional group m (MAP) { repeated group key_value { required binary key (STRING); optional int32 value; } }"
          + " | MAP<VARCHAR, INTEGER>",
      "optional group m (MAP) { repeated group map { required binary str (STRING); required int32 num; } }"
          + " | MAP<VARCHAR, INTEGER>",
      "optional group m (MAP_KEY_VALUE) { repeated group map { required binary key (STRING); optional int32 value; } }"
          + " | MAP<VARCHAR, INTEGER>",
      "required group m (MAP) { repeated group key_value (MAP_KEY_VALUE) { required int32 key;"
          + " optional group value (LIST) { repeated group list { optional double element; } } } }"
          + " | MAP<INTEGER, DOUBLE ARRAY>",
      "optional group m (MAP) { repeated group key_value { required binary key (STRING); } } | VARCHAR ARRAY",
      // annotations on groups of another shape are ignored
      "optional group l (LIST) { required int32 a; required int32 b; } | ROW(a INTEGER, b INTEGER)",
      "optional group m (MAP) { repeated group kv { repeated int32 key; } } | ROW(kv ROW(key INTEGER ARRAY) ARRAY)",
      // element types keep the flat mapping; odd names are quoted
      "optional group l (LIST) { repeated group list { optional fixed_len_byte_array(16) element (DECIMAL(38, 4)); } }"
          + " | DECIMAL(38, 4) ARRAY",
      "optional group l (LIST) { repeated group list { optional int64 element (TIMESTAMP(MICROS, true)); } }"
          + " | TIMESTAMP(3) ARRAY",
      "optional group g { optional binary a-b (STRING); } | ROW(\"a-b\" VARCHAR)",
  })
  void layoutsReadAsTheirSqlTypes(String fields, String sqlType) {
    assertEquals(sqlType, type(fields));
  }

  @Test
  void levelsSayWhereNullsEmptinessAndNextElementsAre() {
    ParquetField.Array list = assertInstanceOf(ParquetField.Array.class,
        field("optional group l (LIST) { repeated group list { optional int32 element; } }"));
    assertEquals(0, list.enclosingLevel());
    assertEquals(1, list.definedLevel(), "the list itself is optional");
    assertEquals(2, list.elementLevel(), "an element exists");
    assertEquals(1, list.repetitionLevel());
    ParquetField.Primitive element = assertInstanceOf(ParquetField.Primitive.class, list.element());
    assertEquals(2, element.enclosingLevel());
    assertEquals(3, element.definedLevel(), "the element is optional");
    assertTrue(list.nullable());

    ParquetField.Array legacy = assertInstanceOf(ParquetField.Array.class, field("repeated int32 r;"));
    assertFalse(legacy.nullable(), "an unannotated repeated field is a required list");
    assertFalse(legacy.element().nullable(), "of required elements");
  }

  @Test
  void mapsKeepKeysAndValuesApart() {
    ParquetField.KeyValue map = assertInstanceOf(ParquetField.KeyValue.class, field(
        "optional group m (MAP) { repeated group key_value { required binary key (STRING); optional int32 value; } }"));
    assertEquals(List.of("m", "key_value", "key"), map.key().leaves().get(0).path());
    assertEquals(List.of("m", "key_value", "value"), map.value().leaves().get(0).path());
    assertFalse(map.key().nullable());
    assertTrue(map.value().nullable());
  }

  @Test
  void schemasNestedDeeperThanTheLimitAreRefused() {
    String deep = "required int32 leaf;";
    for (int i = 0; i < ParquetFields.MAX_DEPTH; i++) {
      deep = "optional group g" + i + " { " + deep + " }";
    }
    String tooDeep = deep;
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> field(tooDeep));
    assertTrue(error.getMessage().contains("more than " + ParquetFields.MAX_DEPTH + " levels"), error.getMessage());
    String deepest = "required int32 leaf;";
    for (int i = 1; i < ParquetFields.MAX_DEPTH; i++) {
      deepest = "optional group g" + i + " { " + deepest + " }";
    }
    assertEquals(ParquetFields.MAX_DEPTH, field(deepest).leaves().get(0).path().size());
  }
}
