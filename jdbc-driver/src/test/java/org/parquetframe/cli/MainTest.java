package org.parquetframe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private static final String STACK_FRAME = "\tat ";

  @TempDir
  Path dir;

  @Test
  void printsUsageOnHelpAndExitsZero() {
    TestingCli.Run run = TestingCli.run("--help");
    assertEquals(ExitCode.OK, run.exitCode());
    for (String command : new String[] {"query", "shell", "generate-graph", "demo"}) {
      assertTrue(run.out().contains("  " + command + " "), run.out());
    }
    TestingCli.Run commandHelp = TestingCli.run("generate-graph", "--help");
    assertEquals(ExitCode.OK, commandHelp.exitCode());
    assertTrue(commandHelp.out().startsWith("Usage: parquetframe generate-graph"), commandHelp.out());
  }

  @Test
  void exitsTwoWithAMessageWhenTheCommandLineIsWrong() {
    assertUsageError(TestingCli.run(), "no command given");
    assertUsageError(TestingCli.run("frobnicate"), "unknown command 'frobnicate'");
    assertUsageError(TestingCli.run("--colour"), "unknown option '--colour'");
    assertUsageError(TestingCli.run("query", dir.toString()), "expected <dir> <sql>");
    assertUsageError(TestingCli.run("query", dir.toString(), "SELECT 1", "--format", "xml"), "unknown format 'xml'");
    assertUsageError(TestingCli.run("query", dir.toString(), "SELECT 1", "--limit", "3"), "unknown option '--limit'");
    assertUsageError(TestingCli.run("generate-graph", "g.parquet", "--vertices", "ten", "--edges", "5"),
        "--vertices expects a whole number");
    assertUsageError(TestingCli.run("generate-graph", "g.parquet", "--edges", "5"), "--vertices is required");
    assertUsageError(TestingCli.run("generate-graph", "g.parquet", "--vertices", "5", "--edges", "5",
        "--compression", "lzma"), "unknown compression 'lzma'");
    assertUsageError(TestingCli.run("generate-graph", "g.parquet", "--vertices", "5", "--edges", "5",
        "--model", "kron"), "unknown graph model 'kron'; choose uniform or rmat");
    assertUsageError(TestingCli.run("shell"), "expected <dir>");
    assertUsageError(TestingCli.run("demo", "a", "b"), "at most one argument");
  }

  private static void assertUsageError(TestingCli.Run run, String message) {
    assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
    assertTrue(run.err().contains(message), run.err());
    assertFalse(run.err().contains(STACK_FRAME), run.err());
  }

  @Test
  void exitsOneWithTheSqlErrorAndNoStackTrace() {
    TestingCli.Run run = TestingCli.run("query", dir.toString(), "SELECT * FROM no_such_table");
    assertEquals(ExitCode.FAILURE, run.exitCode());
    assertTrue(run.err().contains("Object 'no_such_table' not found"), run.err());
    assertFalse(run.err().contains(STACK_FRAME), run.err());
    assertEquals("", run.out());
  }

  @Test
  void printsTheStackTraceWhenAskedTo() {
    TestingCli.Run verbose = TestingCli.run("query", dir.toString(), "SELECT * FROM no_such_table", "--verbose");
    assertEquals(ExitCode.FAILURE, verbose.exitCode());
    assertTrue(verbose.err().contains(STACK_FRAME), verbose.err());

    TestingCli.Run debug = TestingCli.run(Map.of("PARQUETFRAME_LOG", "debug"),
        "query", dir.toString(), "SELECT * FROM no_such_table");
    assertEquals(ExitCode.FAILURE, debug.exitCode());
    assertTrue(debug.err().contains(STACK_FRAME), debug.err());
  }

  @Test
  void exitsOneWhenTheDataDirectoryIsMissing() {
    TestingCli.Run run = TestingCli.run("query", dir.resolve("missing").toString(), "SELECT 1");
    assertEquals(ExitCode.FAILURE, run.exitCode());
    assertTrue(run.err().contains("does not exist"), run.err());
  }

  @Test
  void generatesAGraphAndQueriesItInEachFormat() throws Exception {
    TestingCli.Run generate = TestingCli.run("generate-graph", dir.resolve("g.parquet").toString(),
        "--vertices", "50", "--edges=2_000", "--seed", "3", "--row-group-rows", "512", "--compression", "none");
    assertEquals(ExitCode.OK, generate.exitCode(), generate.err());
    assertTrue(Files.exists(dir.resolve("g.parquet")));
    assertTrue(generate.out().startsWith("Wrote 2,000 edges over 50 vertices"), generate.out());

    String sql = "SELECT count(*) AS n, min(src) AS lo, max(dst) AS hi FROM g";
    TestingCli.Run table = TestingCli.run("query", dir.toString(), sql);
    assertEquals(ExitCode.OK, table.exitCode(), table.err());
    assertEquals("    n | lo | hi\n------+----+----\n 2000 |  0 | 49\n(1 row)\n", table.out());
    assertEquals("n,lo,hi\n2000,0,49\n", TestingCli.run("query", dir.toString(), sql, "--format", "csv").out());
    assertEquals("[\n{\"n\":2000,\"lo\":0,\"hi\":49}\n]\n",
        TestingCli.run("query", dir.toString(), sql, "--format=json").out());
  }

  @Test
  void runsSeveralStatementsInTurn() {
    TestingCli.Run run = TestingCli.run("query", dir.toString(), "SELECT 1 AS a; SELECT 'x;y' AS b;", "--format", "csv");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals("a\n1\nb\nx;y\n", run.out());
  }

  @Test
  void readsTheSqlFromStandardInputGivenADash() {
    TestingCli.Run run = TestingCli.runWithInput("SELECT 'from stdin' AS source;\n", Map.of(),
        "query", dir.toString(), "-", "--format", "csv");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals("source\nfrom stdin\n", run.out());
  }

  @Test
  void quietsSlf4jBeforeAnyCommandRuns() {
    assertEquals(ExitCode.OK, TestingCli.run("--version").exitCode());
    // Surefire does not set it, so only Main can have.
    assertEquals("ERROR", System.getProperty("slf4j.internal.verbosity"));
  }
}
