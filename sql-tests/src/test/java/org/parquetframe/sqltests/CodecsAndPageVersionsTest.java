package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same rows read alike whatever the writer chose: every supported codec, data pages v1 and
 * v2, with and without dictionary encoding, over many small row groups and pages.
 */
class CodecsAndPageVersionsTest {
  private static final List<CompressionCodecName> CODECS = List.of(CompressionCodecName.UNCOMPRESSED,
      CompressionCodecName.SNAPPY, CompressionCodecName.GZIP, CompressionCodecName.ZSTD, CompressionCodecName.LZ4_RAW);

  @TempDir
  static Path data;
  private static List<Object[]> rows;
  private static TestingOracle oracle;

  static List<Arguments> layouts() {
    List<Arguments> layouts = new ArrayList<>();
    for (CompressionCodecName codec : CODECS) {
      for (boolean pageV2 : new boolean[] {false, true}) {
        for (boolean dictionary : new boolean[] {true, false}) {
          layouts.add(Arguments.of(codec, pageV2, dictionary));
        }
      }
    }
    return layouts;
  }

  @BeforeAll
  static void loadH2() throws SQLException {
    rows = TestingItems.items(2_000, 7L);
    oracle = TestingOracle.open(data).h2Table("items", TestingItems.H2_COLUMNS, rows);
  }

  @AfterAll
  static void close() throws SQLException {
    if (oracle != null) {
      oracle.close();
    }
  }

  @ParameterizedTest(name = "{0}, page v2 {1}, dictionary {2}")
  @MethodSource("layouts")
  void readsTheSameRowsWhateverTheLayout(CompressionCodecName codec, boolean pageV2, boolean dictionary)
      throws SQLException {
    String table = ("items_" + codec + (pageV2 ? "_v2" : "_v1") + (dictionary ? "_dict" : "_plain"))
        .toLowerCase(Locale.ROOT);
    Path file = TestingItems.itemsFile(data.resolve(table + ".parquet")).codec(codec).pageV2(pageV2)
        .dictionary(dictionary).write(rows);
    assertTrue(TestingParquetFiles.rowGroupCount(file) >= 2, "the fixture should span several row groups");

    oracle.assertSameRows("SELECT * FROM " + table + " ORDER BY id", "SELECT * FROM items ORDER BY id");
    oracle.assertSameRows(
        "SELECT category, COUNT(*), COUNT(name), SUM(amount), MAX(sold_at) FROM " + table + " GROUP BY category",
        "SELECT category, COUNT(*), COUNT(name), SUM(amount), MAX(sold_at) FROM items GROUP BY category");
    oracle.assertSameRows("SELECT id, price FROM " + table + " WHERE qty BETWEEN 10 AND 12 ORDER BY id",
        "SELECT id, price FROM items WHERE qty BETWEEN 10 AND 12 ORDER BY id");
  }
}
