package org.parquetframe.sqltests;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random conditions (comparisons, ranges, IN lists, LIKE prefixes and NULL tests on every
 * pushed type, nested under AND, OR and NOT) over the pushdown table, compared with H2: pushing
 * NOT to the leaves and merging ranges must never lose a row that passes, nor keep one that fails.
 */
class PushdownRandomPredicatesTest {
  private static final int CASES = 100;

  @TempDir
  static Path data;
  private static TestingOracle oracle;

  @BeforeAll
  static void writeFacts() throws SQLException {
    List<Object[]> rows = PushdownDifferentialTest.facts();
    TestingParquetFiles.file(data.resolve("facts.parquet"), PushdownDifferentialTest.SCHEMA)
        .rowGroupBytes(8 * 1024).pageBytes(2 * 1024).write(rows);
    oracle = TestingOracle.open(data).h2Table("facts", PushdownDifferentialTest.H2_COLUMNS, rows);
  }

  @AfterAll
  static void close() throws SQLException {
    if (oracle != null) {
      oracle.close();
    }
  }

  static Stream<String> conditions() {
    return IntStream.range(0, CASES).mapToObj(seed -> condition(new Random(seed), 3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conditions")
  void sameRowsAsH2(String condition) throws SQLException {
    oracle.assertSameRows("SELECT id FROM facts WHERE " + condition + " ORDER BY id");
    TestingScans.lastScan(oracle.parquet()).assertAccountedFor();
  }

  private static String condition(Random random, int depth) {
    int choice = depth == 0 ? 0 : random.nextInt(6);
    return switch (choice) {
      case 1, 2 -> "(" + condition(random, depth - 1) + " AND " + condition(random, depth - 1) + ")";
      case 3, 4 -> "(" + condition(random, depth - 1) + " OR " + condition(random, depth - 1) + ")";
      case 5 -> "NOT (" + condition(random, depth - 1) + ")";
      default -> leaf(random);
    };
  }

  /** A column, and constants of its type that H2 and Calcite compare alike (binary fractions for floating point). */
  private record Column(String name, Function<Random, String> constant) {}

  private static final List<Column> COLUMNS = List.of(
      new Column("id", r -> Integer.toString(r.nextInt(6200) - 100)),
      new Column("grp", r -> Integer.toString(r.nextInt(22) - 1)),
      new Column("qty", r -> Integer.toString(r.nextInt(110) - 50)),
      new Column("tiny", r -> Integer.toString(r.nextInt(210) - 105)),
      new Column("price", r -> Double.toString(r.nextInt(6000) * 0.25 + 0.125)),
      new Column("ratio", r -> Double.toString(r.nextInt(60) / 8.0)),
      new Column("name", r -> String.format("'n%05d'", r.nextInt(6100))),
      new Column("amount", r -> String.format("%d.%02d", r.nextInt(2300), r.nextInt(100))),
      new Column("dt", r -> "DATE '" + java.time.LocalDate.of(2020, 1, 1).plusDays(r.nextInt(320)) + "'"),
      new Column("ts", r -> "TIMESTAMP '" + java.time.LocalDateTime.of(2021, 1, 1, 0, 0).plusMinutes(r.nextInt(6200))
          .toString().replace('T', ' ') + ":00.123'"),
      new Column("cat", r -> "'" + new String[] {"apple", "banana", "cherry", "fig", "kiwi", "lemon", "plum"}[r.nextInt(7)] + "'"),
      new Column("blank", r -> "'x'"));

  private static String leaf(Random random) {
    if (random.nextInt(12) == 0) {
      return random.nextBoolean() ? "flag" : "flag IS NOT " + (random.nextBoolean() ? "TRUE" : "FALSE");
    }
    Column column = COLUMNS.get(random.nextInt(COLUMNS.size()));
    String name = column.name();
    return switch (random.nextInt(8)) {
      case 0 -> name + (random.nextBoolean() ? " IS NULL" : " IS NOT NULL");
      case 1 -> name + " BETWEEN " + column.constant().apply(random) + " AND " + column.constant().apply(random);
      case 2 -> {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
          values.add(column.constant().apply(random));
        }
        yield name + (random.nextBoolean() ? " IN (" : " NOT IN (") + String.join(", ", values) + ")";
      }
      case 3 -> name.equals("name") ? "name LIKE 'n0" + random.nextInt(60) + "%'" : name + " <> " + column.constant().apply(random);
      default -> name + " " + new String[] {"=", "<", "<=", ">", ">="}[random.nextInt(5)] + " " + column.constant().apply(random);
    };
  }
}
