package org.parquetframe.sqltests;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Generated tables for relational tests: {@code items}, a few thousand rows of every common column
 * type with NULLs in every optional column and in shuffled id order, and {@code categories}, a
 * small table to join with (two of its categories have no items; items of category NULL have none).
 * The same rows go to Parquet and to H2.
 */
final class TestingItems {
  static final int ROWS = 3000;
  static final String SCHEMA = "message items { required int64 id; optional int32 category;"
      + " optional binary name (STRING); optional double price; optional int32 qty;"
      + " optional int64 amount (DECIMAL(12,2)); optional boolean flag; optional int32 sold_on (DATE);"
      + " optional int64 sold_at (TIMESTAMP(MICROS,false)); }";
  static final String H2_COLUMNS = "id BIGINT, category INTEGER, name VARCHAR, price DOUBLE PRECISION, qty INTEGER,"
      + " amount NUMERIC(12, 2), flag BOOLEAN, sold_on DATE, sold_at TIMESTAMP(3)";

  static final String CATEGORIES_SCHEMA = "message categories { required int32 cat_id;"
      + " optional binary cat_name (STRING); optional int32 parent; }";
  static final String CATEGORIES_H2_COLUMNS = "cat_id INTEGER, cat_name VARCHAR, parent INTEGER";

  private static final String[] FRUITS = {"apple", "apricot", "banana", "cherry", "date", "fig", "grape", "kiwi"};
  private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

  private TestingItems() {}

  /** {@code count} item rows from {@code seed}, ids 0..count-1 in shuffled order. */
  static List<Object[]> items(int count, long seed) {
    Random random = new Random(seed);
    List<Object[]> rows = new ArrayList<>();
    for (long id = 0; id < count; id++) {
      rows.add(new Object[] {
          id,
          maybe(random, 0.05, () -> random.nextInt(10)),
          maybe(random, 0.05, () -> FRUITS[random.nextInt(FRUITS.length)] + "-" + random.nextInt(100)),
          maybe(random, 0.05, () -> Math.round(random.nextDouble() * 100_000) / 100.0),
          maybe(random, 0.05, () -> random.nextInt(106) - 5),
          maybe(random, 0.05, () -> BigDecimal.valueOf(random.nextLong(-1_000_000, 10_000_000), 2)),
          maybe(random, 0.10, random::nextBoolean),
          maybe(random, 0.05, () -> FIRST_DAY.plusDays(random.nextInt(366))),
          maybe(random, 0.05, () -> FIRST_DAY.atStartOfDay().plusNanos(random.nextLong(366L * 86_400_000) * 1_000_000)),
      });
    }
    Collections.shuffle(rows, random);
    return rows;
  }

  static List<Object[]> categories() {
    String[] names = {"books", "clothing", "computers", "cooking", "garden", "games", "health", "music", "sports",
        "toys", "travel", "unused"};
    List<Object[]> rows = new ArrayList<>();
    for (int id = 0; id < names.length; id++) {
      rows.add(new Object[] {id, names[id], id % 3 == 0 ? null : id / 3});
    }
    return rows;
  }

  /** Writes {@code items} with row groups of about 16 KB and 4 KB pages, so that a table has many of both. */
  static TestingParquetFiles itemsFile(Path file) {
    return TestingParquetFiles.file(file, SCHEMA).rowGroupBytes(16 * 1024).pageBytes(4 * 1024);
  }

  private static Object maybe(Random random, double nullShare, Supplier<Object> value) {
    return random.nextDouble() < nullShare ? null : value.get();
  }
}
