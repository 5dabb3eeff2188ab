package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parquetframe.sqltests.TestingNestedFields.group;
import static org.parquetframe.sqltests.TestingNestedFields.keyValues;
import static org.parquetframe.sqltests.TestingNestedFields.list2;
import static org.parquetframe.sqltests.TestingNestedFields.list3;
import static org.parquetframe.sqltests.TestingNestedValues.list;
import static org.parquetframe.sqltests.TestingNestedValues.map;
import static org.parquetframe.sqltests.TestingNestedValues.plain;
import static org.parquetframe.sqltests.TestingNestedValues.row;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every layout of nested data the Parquet spec describes (LogicalTypes.md, "Nested Types": 3-level
 * lists with each repetition, the legacy 2-level lists, unannotated repeated fields, maps, MAP_KEY_VALUE)
 * and their combinations (lists of ROWs, ROWs with lists, maps of lists, lists of lists and of maps),
 * with NULLs and empty collections at every level, read through JDBC: the values, the SQL type
 * {@code parquet_schema} gives and the JDBC type code. Each file is written by parquet-java under
 * writer settings that give dictionary and plain pages, v1 and v2 pages, many pages per chunk and
 * several row groups.
 */
class NestedLayoutsTest {
  private static final int ROWS = 400;

  @TempDir
  Path data;

  /** A value as written (the schema's structure: groups as Object[], repeated fields as lists) and as read. */
  record Value(Object written, Object read) {}

  record Layout(String name, String field, String sqlType, int jdbcType, List<Value> values) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Writer settings. */
  enum Writer {
    DICTIONARY_V1_SMALL_PAGES_AND_ROW_GROUPS, PLAIN_V2_SMALL_PAGES, DICTIONARY_V2_SNAPPY, PLAIN_V1_GZIP_SEVEN_ROWS_A_PAGE;

    TestingParquetFiles apply(TestingParquetFiles file) {
      return switch (this) {
        case DICTIONARY_V1_SMALL_PAGES_AND_ROW_GROUPS -> file.dictionary(true).pageBytes(64).rowGroupBytes(1024);
        case PLAIN_V2_SMALL_PAGES -> file.dictionary(false).pageV2(true).pageBytes(64);
        case DICTIONARY_V2_SNAPPY -> file.dictionary(true).pageV2(true).codec(CompressionCodecName.SNAPPY);
        case PLAIN_V1_GZIP_SEVEN_ROWS_A_PAGE -> file.dictionary(false).codec(CompressionCodecName.GZIP)
            .options(b -> b.withPageRowCountLimit(7));
      };
    }
  }

  private static Value v(Object written, Object read) {
    return new Value(written, read);
  }

  private static final Value NULL = v(null, null);

  static List<Layout> layouts() {
    return List.of(
        new Layout("3-level optional list of optional strings",
            "optional group x (LIST) { repeated group list { optional binary element (STRING); } }", "VARCHAR ARRAY",
            Types.ARRAY, List.of(v(list3("a", null, "b"), list("a", null, "b")), v(list3(), list()), NULL,
                v(list3("c"), list("c")))),
        new Layout("3-level required list of required ints",
            "required group x (LIST) { repeated group list { required int32 element; } }", "INTEGER ARRAY", Types.ARRAY,
            List.of(v(list3(1, 2, 3), list(1, 2, 3)), v(list3(), list()), v(list3(4), list(4)))),
        new Layout("3-level optional list of required longs",
            "optional group x (LIST) { repeated group list { required int64 element; } }", "BIGINT ARRAY", Types.ARRAY,
            List.of(v(list3(10L), list(10L)), NULL, v(list3(), list()))),
        new Layout("3-level required list of optional doubles",
            "required group x (LIST) { repeated group list { optional double element; } }", "DOUBLE ARRAY", Types.ARRAY,
            List.of(v(list3(1.5, null), list(1.5, null)), v(list3((Object) null), list((Object) null)),
                v(list3(), list()))),
        new Layout("2-level list of a repeated primitive (rule 1)",
            "optional group x (LIST) { repeated int32 array; }", "INTEGER ARRAY", Types.ARRAY,
            List.of(v(list2(1, 2), list(1, 2)), v(list2(), list()), NULL)),
        new Layout("2-level list of a repeated group of two fields (rule 2)",
            "optional group x (LIST) { repeated group element { required binary str (STRING); required int32 num; } }",
            "ROW(str VARCHAR, num INTEGER) ARRAY", Types.ARRAY,
            List.of(v(list2(group("a", 1), group("b", 2)), list(row("a", 1), row("b", 2))), v(list2(), list()), NULL)),
        new Layout("2-level list of a one-field tuple (rule 4)",
            "optional group x (LIST) { repeated group x_tuple { required binary str (STRING); } }",
            "ROW(str VARCHAR) ARRAY", Types.ARRAY,
            List.of(v(list2(group("a"), group("b")), list(row("a"), row("b"))), NULL)),
        new Layout("unannotated repeated primitive", "repeated int32 x;", "INTEGER ARRAY", Types.ARRAY,
            List.of(v(List.of(1, 2, 3), list(1, 2, 3)), v(List.of(), list()), v(List.of(7), list(7)))),
        new Layout("unannotated repeated group", "repeated group x { required int32 a; optional binary b (STRING); }",
            "ROW(a INTEGER, b VARCHAR) ARRAY", Types.ARRAY,
            List.of(v(List.of(group(1, "a"), group(2, null)), list(row(1, "a"), row(2, null))), v(List.of(), list()))),
        new Layout("map with optional values",
            "optional group x (MAP) { repeated group key_value { required binary key (STRING); optional int32 value; } }",
            "MAP<VARCHAR, INTEGER>", Types.OTHER,
            List.of(v(keyValues("a", 1, "b", null), map("a", 1, "b", null)), v(keyValues(), map()), NULL)),
        new Layout("legacy MAP_KEY_VALUE map with other names",
            "optional group x (MAP_KEY_VALUE) { repeated group map { required int32 k; required binary v (STRING); } }",
            "MAP<INTEGER, VARCHAR>", Types.OTHER,
            List.of(v(keyValues(1, "a", 2, "b"), map(1, "a", 2, "b")), NULL)),
        new Layout("list of optional ROWs",
            "optional group x (LIST) { repeated group list { optional group element { required int32 a;"
                + " optional int32 b; } } }", "ROW(a INTEGER, b INTEGER) ARRAY", Types.ARRAY,
            List.of(v(list3(group(1, 2), null, group(3, null)), list(row(1, 2), null, row(3, null))), v(list3(), list()),
                NULL)),
        new Layout("ROW holding a list",
            "optional group x { optional group l (LIST) { repeated group list { optional int32 element; } }"
                + " required int32 n; }", "ROW(l INTEGER ARRAY, n INTEGER)", Types.STRUCT,
            List.of(v(group(list3(1, null), 3), row(list(1, null), 3)), v(group(null, 4), row(null, 4)),
                v(group(list3(), 5), row(list(), 5)), NULL)),
        new Layout("map of lists",
            "optional group x (MAP) { repeated group key_value { required int32 key; optional group value (LIST)"
                + " { repeated group list { optional binary element (STRING); } } } }", "MAP<INTEGER, VARCHAR ARRAY>",
            Types.OTHER,
            List.of(v(keyValues(1, list3("a", null), 2, null, 3, list3()), map(1, list("a", null), 2, null, 3, list())),
                v(keyValues(), map()), NULL)),
        new Layout("list of lists",
            "optional group x (LIST) { repeated group list { optional group element (LIST) { repeated group list"
                + " { optional int32 element; } } } }", "INTEGER ARRAY ARRAY", Types.ARRAY,
            List.of(v(list3(list3(1, 2), list3(), null, list3(3)), list(list(1, 2), list(), null, list(3))),
                v(list3(), list()), NULL, v(list3((Object) null), list((Object) null)))),
        new Layout("ROW of a ROW", "optional group x { optional group sub { optional int32 a; } optional binary s (STRING); }",
            "ROW(sub ROW(a INTEGER), s VARCHAR)", Types.STRUCT,
            List.of(v(group(group(1), "s"), row(row(1), "s")), v(group(null, null), row(null, null)),
                v(group(group((Object) null), "t"), row(row((Object) null), "t")), NULL)),
        new Layout("list of maps",
            "optional group x (LIST) { repeated group list { optional group element (MAP) { repeated group key_value"
                + " { required binary key (STRING); optional int64 value; } } } }", "MAP<VARCHAR, BIGINT> ARRAY",
            Types.ARRAY,
            List.of(v(list3(keyValues("a", 1L), null, keyValues()), list(map("a", 1L), null, map())), NULL)),
        new Layout("column of NULLs only",
            "optional group x (LIST) { repeated group list { optional int32 element; } }", "INTEGER ARRAY", Types.ARRAY,
            List.of(NULL)));
  }

  static Stream<Arguments> layoutsUnderEveryWriter() {
    return layouts().stream().flatMap(layout -> Arrays.stream(Writer.values()).map(w -> Arguments.of(layout, w)));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("layoutsUnderEveryWriter")
  void valuesReadAsWritten(Layout layout, Writer writer) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    List<Object> expected = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      Value value = layout.values().get(i % layout.values().size());
      rows.add(new Object[] {(long) i, value.written()});
      expected.add(value.read());
    }
    Path file = writer.apply(TestingParquetFiles.file(data.resolve("t.parquet"),
        "message m { required int64 id; " + layout.field() + " }")).write(rows);
    if (writer == Writer.DICTIONARY_V1_SMALL_PAGES_AND_ROW_GROUPS) {
      assertTrue(TestingParquetFiles.rowGroupCount(file) > 1, "several row groups");
    }
    try (Connection connection = TestingOracle.parquetFrame(data)) {
      assertEquals(expected, column(connection, "SELECT id, x FROM t ORDER BY id", 2));
      assertEquals(expected, column(connection, "SELECT x FROM t", 1), "alone, as a scalar row");
      assertEquals(List.of(layout.sqlType()), column(connection,
          "SELECT sql_type FROM TABLE(parquet_schema('t.parquet')) WHERE path = 'x'", 1));
      try (Statement statement = connection.createStatement();
           ResultSet result = statement.executeQuery("SELECT x FROM t")) {
        assertEquals(layout.jdbcType(), result.getMetaData().getColumnType(1));
      }
    }
  }

  private static List<Object> column(Connection connection, String sql, int column) throws SQLException {
    List<Object> values = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        values.add(plain(result.getObject(column)));
      }
    }
    return values;
  }

}
