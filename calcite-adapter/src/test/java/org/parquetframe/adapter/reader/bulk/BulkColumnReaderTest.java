package org.parquetframe.adapter.reader.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ParquetProperties.WriterVersion;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.adapter.format.LocalParquetWriters;
import org.parquetframe.adapter.format.ParquetFooter;
import org.parquetframe.adapter.format.ParquetFormatException;

/**
 * Every value the bulk reader returns is the value written, NULLs included, whatever the page
 * version, encoding (PLAIN, dictionary, the dictionary falling back to PLAIN mid-chunk, DELTA),
 * codec, page and row-group layout, and however the rows are cut into reads.
 */
class BulkColumnReaderTest {
  private static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
      message t {
        optional int64 id;
        required int64 required_id;
        optional int32 small;
        optional int32 tiny (INTEGER(8, false));
        optional int32 word (INTEGER(32, false));
        optional double weight;
        optional float ratio;
        optional binary name (STRING);
      }""");

  @TempDir
  Path dir;

  private final Map<Path, ParquetMetadata> footers = new HashMap<>();

  /** A reader with the channel it reads through. */
  private record Opened(BulkColumnReader reader, FileChannel channel) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      channel.close();
    }
  }

  /** One written file and the values behind it; NULL where {@code nulls[row]} for the optional columns. */
  private record Written(Path file, long[] ids, long[] smalls, long[] tinies, long[] words, double[] weights,
      float[] ratios, String[] names, boolean[] nulls) {}

  @Test
  void v1AndV2PagesPlainAndDictionaryEveryCodec() throws IOException {
    int run = 0;
    for (WriterVersion version : WriterVersion.values()) {
      for (boolean dictionary : new boolean[] {true, false}) {
        for (CompressionCodecName codec : List.of(CompressionCodecName.UNCOMPRESSED, CompressionCodecName.SNAPPY,
            CompressionCodecName.GZIP, CompressionCodecName.ZSTD)) {
          Written written = write("t" + run++ + ".parquet", 2_000, 0.1, version, dictionary, codec, 700, 1 << 10);
          assertReadsBack(written, new Random(run));
        }
      }
    }
  }

  @Test
  void aDictionaryThatOverflowsFallsBackToPlainMidChunk() throws IOException {
    // 30,000 distinct values do not fit the 4 KB dictionary: the first pages are dictionary ids, the rest PLAIN.
    Written written = write("fallback.parquet", 30_000, 0.05, WriterVersion.PARQUET_1_0, true,
        CompressionCodecName.SNAPPY, 30_000, 4 << 10);
    Set<Encoding> encodings = chunk(written, 0, "id").getEncodings();
    assertTrue(encodings.contains(Encoding.PLAIN_DICTIONARY) && encodings.contains(Encoding.PLAIN), encodings::toString);
    assertReadsBack(written, new Random(3));
  }

  @Test
  void v2PagesWithoutADictionaryUseDeltaEncodings() throws IOException {
    Written written = write("delta.parquet", 20_000, 0.2, WriterVersion.PARQUET_2_0, false,
        CompressionCodecName.UNCOMPRESSED, 20_000, 8 << 10);
    EnumSet<Encoding> seen = EnumSet.noneOf(Encoding.class);
    for (String column : List.of("id", "small", "name")) {
      seen.addAll(chunk(written, 0, column).getEncodings());
    }
    assertTrue(seen.contains(Encoding.DELTA_BINARY_PACKED), seen::toString);
    assertReadsBack(written, new Random(4));
  }

  @Test
  void columnsWithoutNullsAndColumnsWithOnlyNulls() throws IOException {
    assertReadsBack(write("full.parquet", 3_000, 0, WriterVersion.PARQUET_1_0, true, CompressionCodecName.SNAPPY,
        3_000, 1 << 10), new Random(5));
    assertReadsBack(write("empty.parquet", 3_000, 1, WriterVersion.PARQUET_2_0, true, CompressionCodecName.SNAPPY,
        3_000, 1 << 10), new Random(6));
  }

  @Test
  void asksForMoreRowsThanTheChunkHoldsIsAnErrorNamingFileAndColumn() throws IOException {
    Written written = write("short.parquet", 100, 0, WriterVersion.PARQUET_1_0, false,
        CompressionCodecName.UNCOMPRESSED, 100, 1 << 10);
    try (Opened opened = open(written, 0, "id", BulkTarget.LONGS)) {
      ParquetFormatException error = assertThrows(ParquetFormatException.class,
          () -> opened.reader().readLongs(new long[101], new boolean[101], 101));
      assertTrue(error.getMessage().contains("short.parquet") && error.getMessage().contains("id"), error.getMessage());
    }
  }

  @Test
  void decidesWhichColumnsItReadsInBulk() {
    assertTrue(BulkTarget.LONGS.accepts(SCHEMA.getType("word").asPrimitiveType()));
    assertFalse(BulkTarget.LONGS.accepts(SCHEMA.getType("weight").asPrimitiveType()));
    assertTrue(BulkTarget.DOUBLES.accepts(SCHEMA.getType("tiny").asPrimitiveType()));
    assertTrue(BulkTarget.STRINGS.accepts(SCHEMA.getType("name").asPrimitiveType()));
    MessageType other = MessageTypeParser.parseMessageType("message o { optional int64 u (INTEGER(64, false)); "
        + "optional int64 d (DECIMAL(18, 2)); optional binary b; optional fixed_len_byte_array(16) g (UUID); }");
    for (String column : List.of("u", "d", "b", "g")) {
      for (BulkTarget target : BulkTarget.values()) {
        assertFalse(target.accepts(other.getType(column).asPrimitiveType()), column + " as " + target);
      }
    }
  }

  private Written write(String name, int rows, double nullShare, WriterVersion version, boolean dictionary,
      CompressionCodecName codec, int rowGroupRows, int pageBytes) throws IOException {
    Random random = new Random(name.hashCode());
    Written w = new Written(dir.resolve(name), new long[rows], new long[rows], new long[rows], new long[rows],
        new double[rows], new float[rows], new String[rows], new boolean[rows]);
    SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
    try (ParquetWriter<Group> writer = LocalParquetWriters.groups(w.file(), SCHEMA, codec)
        .withWriterVersion(version).withDictionaryEncoding(dictionary).withPageSize(pageBytes)
        .withDictionaryPageSize(pageBytes).withPageRowCountLimit(Math.max(1, pageBytes / 8))
        .withRowGroupRowCountLimit(rowGroupRows).build()) {
      for (int row = 0; row < rows; row++) {
        w.nulls()[row] = random.nextDouble() < nullShare;
        w.ids()[row] = random.nextBoolean() ? random.nextInt(50) : random.nextLong();
        w.smalls()[row] = random.nextInt(2000) - 1000;
        w.tinies()[row] = random.nextInt(256);
        w.words()[row] = random.nextInt() & 0xFFFF_FFFFL;
        w.weights()[row] = random.nextInt(4) == 0 ? random.nextInt(10) : random.nextGaussian();
        w.ratios()[row] = random.nextFloat();
        w.names()[row] = random.nextBoolean() ? "v" + random.nextInt(30) : "ünïcode-" + random.nextInt(100_000);
        Group group = groups.newGroup().append("required_id", w.ids()[row] ^ 7);
        if (!w.nulls()[row]) {
          group.append("id", w.ids()[row]).append("small", (int) w.smalls()[row])
              .append("tiny", (int) w.tinies()[row]).append("word", (int) w.words()[row])
              .append("weight", w.weights()[row]).append("ratio", w.ratios()[row]).append("name", w.names()[row]);
        }
        writer.write(group);
      }
    }
    return w;
  }

  /** Reads every column of every row group, in reads of random sizes, and compares with what was written. */
  private void assertReadsBack(Written w, Random random) throws IOException {
    ParquetMetadata footer = ParquetFooter.read(w.file());
    int first = 0;
    for (int g = 0; g < footer.getBlocks().size(); g++) {
      int rows = (int) footer.getBlocks().get(g).getRowCount();
      int[] cuts = cuts(rows, random);
      checkLongs(w, g, "id", w.ids(), first, cuts, true);
      checkLongs(w, g, "required_id", xor(w.ids(), 7), first, cuts, false);
      checkLongs(w, g, "small", w.smalls(), first, cuts, true);
      checkLongs(w, g, "tiny", w.tinies(), first, cuts, true);
      checkLongs(w, g, "word", w.words(), first, cuts, true);
      checkDoubles(w, g, "weight", w.weights(), first, cuts);
      checkDoubles(w, g, "small", toDoubles(w.smalls()), first, cuts);
      float[] ratios = w.ratios();
      double[] widened = new double[ratios.length];
      for (int i = 0; i < ratios.length; i++) {
        widened[i] = ratios[i];
      }
      checkDoubles(w, g, "ratio", widened, first, cuts);
      checkStrings(w, g, first, cuts);
      first += rows;
    }
    assertEquals(w.ids().length, first);
  }

  private void checkLongs(Written w, int group, String column, long[] expected, int first, int[] cuts,
      boolean nullable) throws IOException {
    try (Opened opened = open(w, group, column, BulkTarget.LONGS)) {
      for (int c = 0; c + 1 < cuts.length; c++) {
        int n = cuts[c + 1] - cuts[c];
        long[] values = new long[n];
        boolean[] nulls = new boolean[n];
        opened.reader().readLongs(values, nulls, n);
        for (int i = 0; i < n; i++) {
          int row = first + cuts[c] + i;
          boolean isNull = nullable && w.nulls()[row];
          assertEquals(isNull, nulls[i], column + " row " + row);
          if (!isNull) {
            assertEquals(expected[row], values[i], column + " row " + row);
          }
        }
      }
    }
  }

  private void checkDoubles(Written w, int group, String column, double[] expected, int first, int[] cuts)
      throws IOException {
    try (Opened opened = open(w, group, column, BulkTarget.DOUBLES)) {
      for (int c = 0; c + 1 < cuts.length; c++) {
        int n = cuts[c + 1] - cuts[c];
        double[] values = new double[n];
        boolean[] nulls = new boolean[n];
        opened.reader().readDoubles(values, nulls, n);
        for (int i = 0; i < n; i++) {
          int row = first + cuts[c] + i;
          assertEquals(w.nulls()[row], nulls[i], column + " row " + row);
          if (!nulls[i]) {
            assertEquals(expected[row], values[i], column + " row " + row);
          }
        }
      }
    }
  }

  private void checkStrings(Written w, int group, int first, int[] cuts) throws IOException {
    try (Opened opened = open(w, group, "name", BulkTarget.STRINGS)) {
      for (int c = 0; c + 1 < cuts.length; c++) {
        int n = cuts[c + 1] - cuts[c];
        String[] values = new String[n];
        boolean[] nulls = new boolean[n];
        opened.reader().readStrings(values, nulls, n);
        for (int i = 0; i < n; i++) {
          int row = first + cuts[c] + i;
          assertEquals(w.nulls()[row], nulls[i], "name row " + row);
          if (!nulls[i]) {
            assertEquals(w.names()[row], values[i], "name row " + row);
          }
        }
      }
    }
  }

  private Opened open(Written w, int group, String column, BulkTarget target) throws IOException {
    ParquetMetadata footer = ParquetFooter.read(w.file());
    BlockMetaData rowGroup = footer.getBlocks().get(group);
    FileChannel channel = FileChannel.open(w.file(), StandardOpenOption.READ);
    BulkColumnReader reader = BulkColumnReader.open(w.file(), channel, Files.size(w.file()), rowGroup,
        footer.getFileMetaData().getSchema().getColumnDescription(new String[] {column}), target);
    return new Opened(reader, channel);
  }

  private ColumnChunkMetaData chunk(Written w, int group, String column) {
    for (ColumnChunkMetaData chunk : ParquetFooter.read(w.file()).getBlocks().get(group).getColumns()) {
      if (chunk.getPath().toDotString().equals(column)) {
        return chunk;
      }
    }
    throw new AssertionError("no chunk " + column);
  }

  /** Cut points of {@code [0, rows)} into reads of 1 to a few thousand rows. */
  private static int[] cuts(int rows, Random random) {
    int[] cuts = new int[rows + 1];
    int n = 1;
    for (int at = 0; at < rows; ) {
      at = Math.min(rows, at + 1 + random.nextInt(random.nextBoolean() ? 7 : 3000));
      cuts[n++] = at;
    }
    return Arrays.copyOf(cuts, n);
  }

  private static long[] xor(long[] values, long mask) {
    long[] result = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = values[i] ^ mask;
    }
    return result;
  }

  private static double[] toDoubles(long[] values) {
    return Arrays.stream(values).asDoubleStream().toArray();
  }
}
