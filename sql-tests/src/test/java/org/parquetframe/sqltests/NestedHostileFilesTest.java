package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parquetframe.sqltests.TestingNestedFields.group;
import static org.parquetframe.sqltests.TestingNestedFields.list3;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.parquet.format.DataPageHeaderV2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nested files that lie, each refused with an SQLException naming the file and what is wrong, fast,
 * with the connection still usable: a schema nested deeper than the reader goes, levels above their
 * column's maximum, a row group starting in the middle of a list, leaf columns that disagree about
 * how many elements a list has, row counts that the leaves do not have, and a NULL MAP key.
 */
class NestedHostileFilesTest {
  private static final String LIST_SCHEMA =
      "message t { optional group tags (LIST) { repeated group list { optional int32 element; } } }";
  private static final String STRUCTS_SCHEMA = "message t { optional group pts (LIST) { repeated group list"
      + " { optional group element { required int32 a; required int32 b; } } } }";

  @TempDir
  Path dir;
  private Connection connection;

  @BeforeEach
  void connect() throws SQLException {
    connection = TestingOracle.parquetFrame(dir);
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  /** Uncompressed v2 pages without dictionary: levels stand apart and can be rewritten. */
  private FuzzLayout layout(String schema, List<Object[]> rows) throws IOException {
    Path seed = TestingParquetFiles.file(dir.resolve(".seed.parquet"), schema).dictionary(false).pageV2(true)
        .write(rows);
    FuzzLayout layout = FuzzLayout.parse(Files.readAllBytes(seed));
    Files.delete(seed);
    return layout;
  }

  private static List<Object[]> lists(int rows) {
    List<Object[]> written = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      written.add(new Object[] {list3(i, i + 1)});
    }
    return written;
  }

  /** Writes {@code bytes} as t.parquet; reading it fails, naming the file and each fragment; then the connection works. */
  private void assertRefused(byte[] bytes, String... fragments) throws IOException, SQLException {
    Path file = Files.write(dir.resolve("t.parquet"), bytes);
    SQLException error = assertThrows(SQLException.class, () -> assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT * FROM t")) {
        while (rows.next()) {
          TestingNestedValues.plain(rows.getObject(1));
        }
      }
    }));
    assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
    for (String fragment : fragments) {
      assertTrue(error.getMessage().contains(fragment), "'" + error.getMessage() + "' should say '" + fragment + "'");
    }
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT name FROM TABLE(parquet_schema('t.parquet'))")) {
      assertTrue(rows.next(), "the connection still answers");
    }
  }

  /** Replaces the repetition levels of a v2 data page by one RLE run of {@code level}. */
  private static void repetitionLevels(FuzzLayout.Page page, int level) {
    DataPageHeaderV2 header = page.header.getData_page_header_v2();
    int old = header.getRepetition_levels_byte_length();
    int values = header.getNum_values();
    byte[] run = {(byte) (values << 1), (byte) level};
    byte[] payload = new byte[page.payload.length - old + run.length];
    System.arraycopy(run, 0, payload, 0, run.length);
    System.arraycopy(page.payload, old, payload, run.length, page.payload.length - old);
    page.payload = payload;
    header.setRepetition_levels_byte_length(run.length);
    page.header.setUncompressed_page_size(payload.length);
    page.header.setCompressed_page_size(payload.length);
  }

  @Test
  void schemaNestedDeeperThanTheReaderGoes() throws IOException, SQLException {
    String field = "optional int32 leaf;";
    for (int depth = 0; depth < 80; depth++) {
      field = "optional group g" + depth + " { " + field + " }";
    }
    Object value = 7;
    for (int depth = 0; depth < 80; depth++) {
      value = new Object[] {value};
    }
    Path seed = TestingParquetFiles.file(dir.resolve(".deep.parquet"), "message t { " + field + " }")
        .write(List.<Object[]>of(new Object[] {value}));
    byte[] bytes = Files.readAllBytes(seed);
    Files.delete(seed);
    assertRefused(bytes, "column 'g79'", "more than 64 levels deep");
  }

  @Test
  void repetitionLevelAboveItsMaximum() throws IOException, SQLException {
    FuzzLayout layout = layout(LIST_SCHEMA, lists(20));
    repetitionLevels(layout.allPages().get(0), 7);
    assertRefused(layout.write(footer -> {}), "repetition level 7, above its maximum 1");
  }

  @Test
  void rowGroupStartingInTheMiddleOfAList() throws IOException, SQLException {
    FuzzLayout layout = layout(LIST_SCHEMA, lists(20));
    repetitionLevels(layout.allPages().get(0), 1);
    assertRefused(layout.write(footer -> {}), "cannot assemble column 'tags.list.element'",
        "repetition level 1 where 0 was expected");
  }

  @Test
  void leavesThatDisagreeOnTheElementsOfAList() throws IOException, SQLException {
    FuzzLayout two = layout(STRUCTS_SCHEMA, List.<Object[]>of(new Object[] {list3(group(1, 2), group(3, 4))},
        new Object[] {list3((Object) group(5, 6))}));
    FuzzLayout three = layout(STRUCTS_SCHEMA, List.<Object[]>of(new Object[] {list3(group(1, 2), group(3, 4),
        group(7, 8))}, new Object[] {list3((Object) group(5, 6))}));
    two.chunks.get(0).set(1, three.chunks.get(0).get(1));
    byte[] spliced = two.write(footer -> footer.getRow_groups().get(0).getColumns().get(1).getMeta_data()
        .setNum_values(4));
    assertRefused(spliced, "cannot assemble column 'pts.list.element.b'", "the file is corrupt");
  }

  @Test
  void rowCountsTheLeavesDoNotHave() throws IOException, SQLException {
    FuzzLayout layout = layout(LIST_SCHEMA, lists(20));
    assertRefused(layout.write(footer -> footer.getRow_groups().get(0).setNum_rows(19)),
        "holds more entries than the row group's rows");
    assertRefused(layout.write(footer -> footer.getRow_groups().get(0).setNum_rows(21)),
        "ends before the row group's last row");
  }

  @Test
  void aNullMapKey() throws IOException, SQLException {
    Path seed = TestingParquetFiles.file(dir.resolve(".keys.parquet"), "message t { optional group m (MAP) {"
        + " repeated group key_value { optional binary key (STRING); optional int32 value; } } }")
        .write(List.<Object[]>of(new Object[] {TestingNestedFields.keyValues("a", 1, null, 2)}));
    byte[] bytes = Files.readAllBytes(seed);
    Files.delete(seed);
    assertRefused(bytes, "cannot assemble column 'm.key_value.key'", "a MAP key is NULL");
  }

  @Test
  void aValidFileReadsAfterAllThat() throws IOException, SQLException {
    Files.write(dir.resolve("t.parquet"), layout(LIST_SCHEMA, lists(3)).write(footer -> {}));
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT tags FROM t")) {
      List<Object> values = new ArrayList<>();
      while (rows.next()) {
        values.add(TestingNestedValues.plain(rows.getObject(1)));
      }
      assertEquals(List.of(Arrays.asList(0, 1), Arrays.asList(1, 2), Arrays.asList(2, 3)), values);
    }
  }
}
