package org.parquetframe.benchmarks.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateMainTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return GateMain.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Path results(String name, String ratios) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, "{\"machine\": {}, \"ratios\": {" + ratios + "}}");
    return file;
  }

  @Test
  void exitsZeroWhenNothingRegressedAndOneWhenSomethingDid() throws Exception {
    Path baseline = results("baseline.json", "\"uniform/e10000/bfs/warm\": 0.5");
    assertEquals(0, run(baseline.toString(), results("same.json", "\"uniform/e10000/bfs/warm\": 0.6").toString()));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("PASSED"), out.toString(StandardCharsets.UTF_8));
    assertEquals(1, run(baseline.toString(), results("slow.json", "\"uniform/e10000/bfs/warm\": 1.2").toString()));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("| uniform/e10000/bfs/warm | 0.500 | 1.20 | 2.40 | slower |"),
        out.toString(StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("tolerance +100%"), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theToleranceIsAnOption() throws Exception {
    Path baseline = results("baseline.json", "\"k\": 0.5");
    Path current = results("current.json", "\"k\": 0.9");
    assertEquals(0, run(baseline.toString(), current.toString(), "--tolerance", "1.0"));
    assertEquals(1, run("--tolerance", "0.1", baseline.toString(), current.toString()));
  }

  @Test
  void aWrongCommandLineOrFileExitsTwoAndSaysWhy() throws Exception {
    Path baseline = results("baseline.json", "\"k\": 0.5");
    assertEquals(2, run(baseline.toString()));
    assertEquals(2, run(baseline.toString(), baseline.toString(), "--tolerance", "lots"));
    assertEquals(2, run(baseline.toString(), dir.resolve("none.json").toString()));
    assertEquals(2, run(baseline.toString(), results("empty.json", "").toString()));
    assertEquals(2, run(baseline.toString(), baseline.toString(), "--strict"));
    String messages = err.toString(StandardCharsets.UTF_8);
    assertTrue(messages.contains("expected two files"), messages);
    assertTrue(messages.contains("--tolerance expects a number"), messages);
    assertTrue(messages.contains("none.json does not exist (run 'bin/parquetframe bench --quick'"), messages);
    assertTrue(messages.contains("empty.json has no 'ratios' object"), messages);
    assertTrue(messages.contains("unknown option '--strict'"), messages);
  }
}
