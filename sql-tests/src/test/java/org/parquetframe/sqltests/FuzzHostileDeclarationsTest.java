package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.function.Consumer;
import org.apache.parquet.column.values.bitpacking.Packer;
import org.apache.parquet.format.FieldRepetitionType;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.PageType;
import org.apache.parquet.format.SchemaElement;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hand-made lies in otherwise valid files, one per declared size or count the reader must not
 * trust: each fails fast with an SQLException naming the file and what it declares, before
 * anything of the declared size is allocated. The generated cases of {@link FuzzParquetFilesTest}
 * cover the same ground at random; these say what each check is for.
 */
class FuzzHostileDeclarationsTest {
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

  private FuzzLayout layout(String schema, CompressionCodecName codec, boolean dictionary, boolean pageV2,
      List<Object[]> rows) throws IOException {
    Path seed = TestingParquetFiles.file(dir.resolve(".seed.parquet"), schema).codec(codec).dictionary(dictionary)
        .pageV2(pageV2).write(rows);
    FuzzLayout layout = FuzzLayout.parse(Files.readAllBytes(seed));
    Files.delete(seed);
    return layout;
  }

  private static List<Object[]> ids(int count, int distinct) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(new Object[] {(long) (i % distinct)});
    }
    return rows;
  }

  /** Writes {@code bytes} as t.parquet; SELECT * fails, naming the file and each fragment. */
  private void assertRefused(byte[] bytes, String... fragments) throws IOException {
    assertRefusedBy("SELECT * FROM t", bytes, fragments);
  }

  /** Writes {@code bytes} as t.parquet; {@code query} fails, naming the file and each fragment. */
  private void assertRefusedBy(String query, byte[] bytes, String... fragments) throws IOException {
    Path file = Files.write(dir.resolve("t.parquet"), bytes);
    SQLException error = assertThrows(SQLException.class, () -> assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      try (Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery(query)) {
        while (rows.next()) {
          rows.getObject(1);
        }
      }
    }));
    assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
    for (String fragment : fragments) {
      assertTrue(error.getMessage().contains(fragment), "'" + error.getMessage() + "' should say '" + fragment + "'");
    }
  }

  @Test
  void footerLengthBeyondTheFile() throws IOException {
    byte[] file = layout("message t { required int64 id; }", CompressionCodecName.SNAPPY, true, false, ids(10, 3))
        .write(footer -> {});
    FuzzBytes.putIntLittleEndian(file, file.length - 8, Integer.MAX_VALUE);
    assertRefused(file, "corrupt footer", String.valueOf(Integer.MAX_VALUE));
  }

  @Test
  void rowCountThatTheColumnsDoNotHave() throws IOException {
    FuzzLayout layout = layout("message t { required int64 id; }", CompressionCodecName.SNAPPY, true, false,
        ids(10, 3));
    assertRefused(layout.write(footer -> footer.getRow_groups().get(0).setNum_rows(Long.MAX_VALUE)),
        "declares 10 values but the row group has " + Long.MAX_VALUE + " rows");
  }

  @Test
  void columnChunkOutsideTheFile() throws IOException {
    FuzzLayout layout = layout("message t { required int64 id; }", CompressionCodecName.SNAPPY, true, false,
        ids(10, 3));
    assertRefused(layout.write(footer -> chunkOf(footer).setTotal_compressed_size(1L << 40)),
        "outside the file's data");
  }

  @ParameterizedTest
  @EnumSource(value = CompressionCodecName.class, names = {"SNAPPY", "ZSTD", "GZIP", "LZ4_RAW"})
  void pageDecompressingToGigabytes(CompressionCodecName codec) throws IOException {
    FuzzLayout layout = layout("message t { required int64 id; }", codec, false, false, ids(100, 100));
    layout.allPages().get(0).header.setUncompressed_page_size(Integer.MAX_VALUE - 8);
    // more than the whole chunk declares
    assertRefused(layout.write(footer -> chunkOf(footer).setTotal_uncompressed_size(4_000)),
        "declares " + (Integer.MAX_VALUE - 8) + " uncompressed bytes; the whole chunk declares 4000");
    // within what the chunk declares, but more than the codec can make of the page's bytes
    assertRefused(layout.write(footer -> chunkOf(footer).setTotal_uncompressed_size(Long.MAX_VALUE)),
        "more than " + codec + " can expand it to");
  }

  private static org.apache.parquet.format.ColumnMetaData chunkOf(FileMetaData footer) {
    return footer.getRow_groups().get(0).getColumns().get(0).getMeta_data();
  }

  @Test
  void dictionaryOfMoreEntriesThanItsBytes() throws IOException {
    // enough rows that the dictionary is worth reading to prune by (it is smaller than the data)
    FuzzLayout layout = layout("message t { required int64 id; }", CompressionCodecName.UNCOMPRESSED, true, false,
        ids(10_000, 5));
    FuzzLayout.Page dictionary = layout.allPages().get(0);
    assertTrue(dictionary.header.getType() == PageType.DICTIONARY_PAGE);
    dictionary.header.getDictionary_page_header().setNum_values(Integer.MAX_VALUE);
    assertRefused(layout.write(footer -> {}), "declares " + Integer.MAX_VALUE + " entries");
    // pruning by dictionary reads the page first: it must not believe the count either
    assertRefusedBy("SELECT * FROM t WHERE id = 3", layout.write(footer -> {}),
        "declares " + Integer.MAX_VALUE + " entries");
  }

  @Test
  void dataPageOfMoreValuesThanItsChunk() throws IOException {
    FuzzLayout layout = layout("message t { required int64 id; }", CompressionCodecName.UNCOMPRESSED, false, false,
        ids(100, 100));
    layout.allPages().get(0).header.getData_page_header().setNum_values(Integer.MAX_VALUE);
    assertRefused(layout.write(footer -> {}), "a data page declares " + Integer.MAX_VALUE + " values");
  }

  @Test
  void stringLongerThanItsPage() throws IOException {
    List<Object[]> rows = List.of(new Object[] {"apple"}, new Object[] {"pear"});
    FuzzLayout layout = layout("message t { required binary s (STRING); }", CompressionCodecName.UNCOMPRESSED, false,
        false, rows);
    FuzzBytes.putIntLittleEndian(layout.allPages().get(0).payload, 0, 0x7fff_ff00);
    assertRefused(layout.write(footer -> {}), "cannot decode column");
  }

  @Test
  void dictionaryEntryLongerThanItsPage() throws IOException {
    List<Object[]> rows = List.of(new Object[] {"apple"}, new Object[] {"pear"}, new Object[] {"apple"});
    FuzzLayout layout = layout("message t { required binary s (STRING); }", CompressionCodecName.UNCOMPRESSED, true,
        false, rows);
    FuzzBytes.putIntLittleEndian(layout.allPages().get(0).payload, 0, -2);
    assertRefused(layout.write(footer -> {}), "dictionary entry 0 of 2");
  }

  @Test
  void bitPackedRunOfMoreValuesThanItsPage() throws IOException {
    FuzzLayout layout = layout("message t { required int64 id; }", CompressionCodecName.UNCOMPRESSED, true, false,
        ids(100, 5));
    FuzzLayout.Page data = layout.allPages().get(1);
    // values: [bit width][runs]; the first run becomes a bit-packed run of 2^27 groups of 8
    byte[] run = {(byte) 0x81, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x02};
    data.payload = concat(new byte[] {data.payload[0]}, run, Arrays.copyOfRange(data.payload, 1, data.payload.length));
    data.header.setUncompressed_page_size(data.payload.length);
    data.header.setCompressed_page_size(data.payload.length);
    assertRefused(layout.write(footer -> {}), "a bit-packed run of");
  }

  /**
   * The other side of {@link #bitPackedRunOfMoreValuesThanItsPage}: DuckDB declares bit-packed runs
   * in blocks of 256 values, past the end of a small page, with the padding's bytes (levels) or
   * without them (dictionary ids); both are read, the missing bytes as zeros.
   */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void bitPackedRunPaddedPastItsPageIsRead(boolean paddingBytesPresent) throws IOException, SQLException {
    FuzzLayout layout = layout("message t { required int64 id; }", CompressionCodecName.UNCOMPRESSED, true, false,
        ids(100, 5));
    FuzzLayout.Page data = layout.allPages().get(1);
    int width = data.payload[0];
    int[] ids = new int[256];
    for (int i = 0; i < 100; i++) {
      ids[i] = i % 5; // the dictionary holds 0..4 in the order first seen
    }
    byte[] groups = new byte[32 * width];
    for (int group = 0; group < 32; group++) {
      Packer.LITTLE_ENDIAN.newBytePacker(width).pack8Values(ids, group * 8, groups, group * width);
    }
    byte[] written = paddingBytesPresent ? groups : Arrays.copyOf(groups, 13 * width); // 13 groups hold 100 ids
    data.payload = concat(new byte[] {(byte) width, (32 << 1) | 1}, written);
    data.header.setUncompressed_page_size(data.payload.length);
    data.header.setCompressed_page_size(data.payload.length);
    Files.write(dir.resolve("t.parquet"), layout.write(footer -> {}));
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT id FROM t")) {
      for (long row = 0; row < 100; row++) {
        assertTrue(rows.next());
        assertEquals(row % 5, rows.getLong(1));
      }
      assertFalse(rows.next());
    }
  }

  @Test
  void deltaHeaderOfMoreValuesThanItsPage() throws IOException {
    FuzzLayout layout = layout("message t { required int64 id; }", CompressionCodecName.UNCOMPRESSED, false, true,
        ids(100, 100));
    FuzzLayout.Page data = layout.allPages().get(0);
    assertTrue(data.header.getData_page_header_v2().getEncoding()
        == org.apache.parquet.format.Encoding.DELTA_BINARY_PACKED);
    // block size, miniblocks, then the total: replaced by 2^31 - 1
    int total = skipVarints(data.payload, 0, 2);
    int after = skipVarints(data.payload, total, 1);
    byte[] huge = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x07};
    data.payload = concat(Arrays.copyOf(data.payload, total), huge, Arrays.copyOfRange(data.payload, after,
        data.payload.length));
    data.header.setUncompressed_page_size(data.payload.length);
    data.header.setCompressed_page_size(data.payload.length);
    assertRefused(layout.write(footer -> {}), "a DELTA header of " + Integer.MAX_VALUE + " values");
  }

  @Test
  void schemaNestedDeeperThanTheStack() throws IOException {
    FuzzLayout layout = layout("message t { required int64 id; }", CompressionCodecName.UNCOMPRESSED, false, false,
        ids(3, 3));
    Consumer<FileMetaData> deepen = footer -> {
      List<SchemaElement> schema = new ArrayList<>();
      schema.add(footer.getSchema().get(0));
      for (int depth = 0; depth < 200_000; depth++) {
        schema.add(new SchemaElement("g" + depth).setNum_children(1).setRepetition_type(FieldRepetitionType.OPTIONAL));
      }
      schema.add(footer.getSchema().get(1));
      footer.setSchema(schema);
    };
    assertRefused(layout.write(deepen), "corrupt footer metadata");
  }

  private static int skipVarints(byte[] bytes, int position, int count) {
    for (int i = 0; i < count; i++) {
      while ((bytes[position++] & 0x80) != 0) {
        // continuation bytes
      }
    }
    return position;
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] joined = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, joined, at, part.length);
      at += part.length;
    }
    return joined;
  }
}
