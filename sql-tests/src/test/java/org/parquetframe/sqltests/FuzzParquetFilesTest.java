package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrupt and hostile Parquet files, generated: each case mutates one small valid seed file
 * ({@link FuzzSeeds}) with a seeded, deterministic {@link FuzzMutator} and runs {@link FuzzQueries}
 * on it through JDBC. A case passes when every query either answers consistently or fails with an
 * {@link SQLException} naming the file, within {@value #CASE_TIMEOUT_SECONDS} s (a hang detector,
 * not a performance limit); an OutOfMemoryError, another Throwable, or a broken connection fails it.
 *
 * <p>The unit suite runs {@value #DEFAULT_CASES} cases. To run more locally, for example:
 * <pre>
 * mvn -o -pl sql-tests verify -Dtest=FuzzParquetFilesTest -Dparquetframe.fuzz.cases=20000 \
 *     -Dparquetframe.fuzz.seed=7
 * </pre>
 * {@code parquetframe.fuzz.cases} sets the number of cases, {@code parquetframe.fuzz.seed} the
 * seed of the whole run (case {@code i} of seed {@code s} is always the same mutation), and
 * {@code parquetframe.fuzz.filters=true} adds queries with filters pushed into the scan, so that
 * pruning reads the damaged statistics, page indexes and bloom filters too. A failing
 * case writes its input and description to {@code target/fuzz-failures/}; once fixed, copy the
 * input to {@code src/test/resources/fuzz-regressions/} (named {@code edges-...} if it is an edge
 * file) so that {@link FuzzRegressionsTest} replays it for good.
 */
class FuzzParquetFilesTest {
  static final int DEFAULT_CASES = 300;
  static final long CASE_TIMEOUT_SECONDS = 30;
  private static final int SANITY_CHECK_INTERVAL = 25;

  @TempDir
  static Path directory;
  private static List<FuzzSeeds.Seed> seeds;
  private static Path data;
  private static Connection connection;
  private static final AtomicInteger answered = new AtomicInteger();
  private static final AtomicInteger queries = new AtomicInteger();
  private static final AtomicInteger cases = new AtomicInteger();

  @BeforeAll
  static void writeSeeds() throws IOException, SQLException {
    seeds = FuzzSeeds.write(directory.resolve("seeds"));
    data = Files.createDirectories(directory.resolve("data"));
    Files.write(data.resolve("pristine.parquet"), seeds.get(0).bytes());
    connection = TestingOracle.parquetFrame(data);
  }

  @AfterAll
  static void close() throws SQLException {
    System.out.printf("FuzzParquetFilesTest: %d cases, %d of %d queries answered, the others failed naming the file%n",
        cases.get(), answered.get(), queries.get());
    if (connection != null) {
      connection.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> mutatedFilesGiveRowsOrAnErrorNamingTheFile() {
    int count = Integer.getInteger("parquetframe.fuzz.cases", DEFAULT_CASES);
    long runSeed = Long.getLong("parquetframe.fuzz.seed", 20_240_611L);
    return IntStream.range(0, count).mapToObj(i -> {
      FuzzSeeds.Seed seed = seeds.get(i % seeds.size());
      FuzzMutator.Mutation mutation = FuzzMutator.mutate(seed, new Random(runSeed * 1_000_003L + i));
      return DynamicTest.dynamicTest("case " + i + " " + seed.name() + ": " + mutation.description(),
          () -> runCase(i, seed, mutation));
    });
  }

  private static void runCase(int index, FuzzSeeds.Seed seed, FuzzMutator.Mutation mutation) throws Exception {
    Path file = data.resolve("f" + index + ".parquet");
    Files.write(file, mutation.bytes());
    try {
      FuzzQueries.Summary summary = assertTimeoutPreemptively(Duration.ofSeconds(CASE_TIMEOUT_SECONDS),
          () -> FuzzQueries.check(connection, file, seed.edges(), seed.columns()), "case hung");
      cases.incrementAndGet();
      queries.addAndGet(summary.queries());
      answered.addAndGet(summary.answered());
      if (index % SANITY_CHECK_INTERVAL == 0) {
        assertConnectionStillAnswers();
      }
    } catch (Throwable failure) {
      saveFailure(index, seed, mutation, failure);
      throw failure;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void assertConnectionStillAnswers() throws SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT count(*) FROM pristine")) {
      rows.next();
      assertEquals(120, rows.getLong(1));
    }
  }

  /** Keeps the failing input for reproduction and for the regression suite. */
  private static void saveFailure(int index, FuzzSeeds.Seed seed, FuzzMutator.Mutation mutation, Throwable failure) {
    try {
      Path failures = Files.createDirectories(Path.of("target", "fuzz-failures"));
      String name = seed.name() + "--case" + index;
      Files.write(failures.resolve(name + ".parquet"), mutation.bytes());
      Files.writeString(failures.resolve(name + ".txt"), mutation.description() + System.lineSeparator() + failure);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
