package org.parquetframe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellCommandTest {
  @TempDir
  Path dir;

  @Test
  void connectsThroughTheDriverAndWidensTablesWithoutATerminal() {
    List<String> args = ShellCommand.sqllineArguments("data", List.of("-f", "x.sql"), false);
    assertEquals(List.of("-u", "jdbc:parquetframe:data", "-d", "org.parquetframe.jdbc.Driver", "-n", "", "-p", "",
        "--isolation=TRANSACTION_NONE", "--maxWidth=" + ShellCommand.PIPED_MAX_WIDTH, "-f", "x.sql"), args);
  }

  @Test
  void leavesTheWidthToTheTerminalOrTheUser() {
    assertFalse(ShellCommand.sqllineArguments("data", List.of(), true).stream().anyMatch(a -> a.startsWith("--maxWidth")));
    List<String> args = ShellCommand.sqllineArguments("data", List.of("--maxWidth=80"), false);
    assertEquals(1, args.stream().filter(a -> a.startsWith("--maxWidth")).count());
    assertTrue(args.contains("--maxWidth=80"));
  }

  @Test
  void runsAScriptAndPrintsItsRows() throws Exception {
    Path script = Files.writeString(dir.resolve("script.sql"), "SELECT 40 + 2 AS answer;\n");
    TestingCli.Run run = TestingCli.run("shell", dir.toString(), "--outputformat=csv", "-f", script.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("'answer'\n'42'\n"), run.out());
  }

  @Test
  void exitsOneWhenTheScriptFails() throws Exception {
    Path script = Files.writeString(dir.resolve("script.sql"), "SELECT * FROM no_such_table;\n");
    TestingCli.Run run = TestingCli.run("shell", dir.toString(), "-f", script.toString());
    assertEquals(ExitCode.FAILURE, run.exitCode(), run.out());
    assertTrue(run.err().contains("no_such_table"), run.err());
  }
}
