package org.parquetframe.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.benchmarks.graph.BenchOptions;
import org.parquetframe.benchmarks.graph.BenchResults;
import org.parquetframe.benchmarks.graph.Measurement;
import org.parquetframe.benchmarks.graph.MemoryRecord;

class JsonTest {
  @TempDir
  Path dir;

  @Test
  void resultsSurviveARoundTripWithEveryRawSample() throws IOException {
    BenchResults results = new BenchResults(
        new MachineInfo("2026-12-01T10:00:00Z", 2, 24L << 30, "17", "Linux amd64", "3.1 2.0 1.5"), "4.0 3.0 2.0",
        BenchOptions.parse(List.of("--quick", "--reps", "2")),
        List.of(new Measurement("parquetframe", "uniform", 10_000, "bfs", "warm", List.of(0.0125, 0.011),
                Measurement.OK, "reached 9"),
            new Measurement("jgrapht", "rmat", 100_000, "build", "cold", List.of(), Measurement.DID_NOT_FINISH,
                "did not finish within the time budget")),
        List.of(new MemoryRecord("jgrapht", "rmat", 100_000, new PeakMemory(1_000_000, 2_000_000))),
        Map.of("uniform/e10000/bfs/warm", 0.5));
    Path file = dir.resolve("out/results.json");
    Json.write(file, results);
    assertEquals(results, Json.read(file, BenchResults.class));
  }

  @Test
  void aOneLineMessageRoundTripsAndUnknownFieldsAreIgnored() {
    PeakMemory memory = new PeakMemory(5, 7);
    String line = Json.line(memory);
    assertTrue(!line.contains("\n"), line);
    assertEquals(memory, Json.parseLine(line, PeakMemory.class));
    assertEquals(memory, Json.parseLine("{\"heapBytes\":5,\"rssBytes\":7,\"addedLater\":true}", PeakMemory.class));
  }

  @Test
  void aMalformedFileIsNamedInTheError() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"heapBytes\": [");
    IOException e = assertThrows(IOException.class, () -> Json.read(file, PeakMemory.class));
    assertTrue(e.getMessage().contains("broken.json") && e.getMessage().contains("PeakMemory"), e.getMessage());
  }
}
