package org.parquetframe.benchmarks.scan;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * The benchmark table: 20 columns of mixed types whose values are a pure function of the row
 * number, sorted by {@code id} (and so by {@code grp}, {@code ts} and {@code day}). {@code grp}
 * splits the rows into 20 contiguous ranges; in the Hive-partitioned layout it is the directory
 * {@code grp=K} and not stored in the files.
 */
final class WideRows {
  static final int GROUPS = 20;
  static final String[] CATEGORIES = {"apparel", "books", "cameras", "dairy", "electronics", "furniture", "garden",
      "health", "instruments", "jewelry", "kitchen", "lighting", "music", "office", "pets", "sports", "toys", "tools",
      "travel", "wine"};
  private static final long FIRST_MILLI = LocalDateTime.of(2024, 1, 1, 0, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
  private static final int FIRST_DAY = (int) LocalDate.of(2024, 1, 1).toEpochDay();

  private final long rows;

  WideRows(long rows) {
    this.rows = rows;
  }

  /** The file schema; {@code withGroup} false for the partitioned layout, whose {@code grp} is a directory. */
  static MessageType schema(boolean withGroup) {
    return MessageTypeParser.parseMessageType("message wide { required int64 id;"
        + (withGroup ? " required int32 grp;" : "")
        + " required int64 ts (TIMESTAMP(MILLIS,false)); required int32 day (DATE); required int32 qty;"
        + " required int64 amount (DECIMAL(12,2)); required double price; required float ratio; required boolean flag;"
        + " required binary cat (STRING); required binary name (STRING); required binary label (STRING);"
        + " required int32 tiny (INTEGER(8,true)); required int32 small (INTEGER(16,true)); required int64 big;"
        + " optional double score; optional binary note (STRING); required int32 zip; required double weight;"
        + " required fixed_len_byte_array(16) code (UUID); }");
  }

  int group(long id) {
    return (int) (id / ((rows + GROUPS - 1) / GROUPS));
  }

  long ts(long id) {
    return FIRST_MILLI + id * 250;
  }

  int day(long id) {
    return FIRST_DAY + (int) (id / 100_000);
  }

  int qty(long id) {
    return (int) (hash(id, 1) % 1000);
  }

  long amount(long id) {
    return hash(id, 2) % 10_000_000;
  }

  double price(long id) {
    return hash(id, 3) % 1_000_000 / 100.0 + 0.5;
  }

  float ratio(long id) {
    return hash(id, 4) % 1000 / 7f + 0.1f;
  }

  boolean flag(long id) {
    return (hash(id, 5) & 1) == 1;
  }

  Binary cat(long id) {
    return Binary.fromString(CATEGORIES[(int) (hash(id, 6) % CATEGORIES.length)]);
  }

  Binary name(long id) {
    return Binary.fromString("name-" + (1_000_000 + hash(id, 7) % 1_000_000));
  }

  Binary label(long id) {
    return Binary.fromString("label-" + hash(id, 8) % 1000);
  }

  int tiny(long id) {
    return (int) (hash(id, 9) % 256) - 128;
  }

  int small(long id) {
    return (int) (hash(id, 10) % 65_536) - 32_768;
  }

  long big(long id) {
    return hash(id, 11);
  }

  /** NULL in one row of ten. */
  Double score(long id) {
    long h = hash(id, 12);
    return h % 10 == 0 ? null : h % 100_000 / 1000.0 + 1;
  }

  /** NULL in nine rows of ten. */
  Binary note(long id) {
    long h = hash(id, 13);
    return h % 10 == 0 ? Binary.fromString("note " + h % 5000) : null;
  }

  int zip(long id) {
    return 10_000 + (int) (hash(id, 14) % 90_000);
  }

  double weight(long id) {
    return hash(id, 15) % 10_000 / 3.0 + 1;
  }

  Binary code(long id) {
    return Binary.fromConstantByteArray(ByteBuffer.allocate(16).putLong(hash(id, 16)).putLong(hash(id, 17)).array());
  }

  /** A non-negative pseudo-random number for row {@code id} and column {@code column} (SplitMix64's finalizer). */
  static long hash(long id, int column) {
    long z = id * 0x9E3779B97F4A7C15L + column * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return (z ^ (z >>> 31)) >>> 1;
  }
}
