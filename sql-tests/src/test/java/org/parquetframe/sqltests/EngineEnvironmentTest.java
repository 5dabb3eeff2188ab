package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * The environment variables, which only a fresh JVM can be given: the shaded driver's command
 * line run with {@code PARQUETFRAME_DISABLE_NATIVE} and {@code PARQUETFRAME_THREADS}, and the
 * connection properties that override them (docs/configuration.md).
 */
class EngineEnvironmentTest {
  @TempDir
  Path dir;
  private Path jar;

  @BeforeEach
  void findJarAndWriteGraph() {
    jar = Path.of(System.getProperty("parquetframe.shadedJar", "../jdbc-driver/target/parquetframe-jdbc-0.1.0.jar"));
    assumeTrue(Files.exists(jar), "the shaded jar is built in the package phase; run mvn verify");
    List<Edge> edges = new ArrayList<>();
    for (int v = 0; v < 30; v++) {
      edges.add(Edge.of(v, (v + 1) % 30));
    }
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), edges, false);
  }

  /** Runs {@code parquetframe query <dir> <sql> --format csv} with the given environment; stdout, then stderr. */
  private String query(Map<String, String> environment, String dirAndProperties, String sql) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", jar.toAbsolutePath().toString(), "query",
        dirAndProperties, sql, "--format", "csv").redirectError(dir.resolve("stderr.txt").toFile());
    builder.environment().remove("PARQUETFRAME_DISABLE_NATIVE");
    builder.environment().remove("PARQUETFRAME_THREADS");
    builder.environment().putAll(environment);
    Process process = builder.start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "query timed out");
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
        + Files.readString(dir.resolve("stderr.txt"));
  }

  @Test
  void disablingNativeMakesItUnavailableWithTheReason() throws Exception {
    Map<String, String> disabled = Map.of("PARQUETFRAME_DISABLE_NATIVE", "1");
    String available = query(disabled, dir.toString(), "SELECT pf_native_available() AS available");
    assertTrue(available.contains("false"), available);
    String error = query(disabled, dir.toString(),
        "SELECT * FROM TABLE(pagerank('edges.parquet', engine => 'native'))");
    assertTrue(error.contains("engine 'native' is not available (not loaded: disabled by the environment variable "
        + "PARQUETFRAME_DISABLE_NATIVE=1)"), error);
    String auto = query(disabled, dir.toString(), "SELECT count(*) AS n FROM TABLE(pagerank('edges.parquet'))");
    assertTrue(auto.contains("30"), "auto falls back to the JVM: " + auto);
  }

  @Test
  void threadsComeFromTheEnvironmentUnlessTheConnectionSetsThem() throws Exception {
    Map<String, String> three = Map.of("PARQUETFRAME_THREADS", "3");
    String sql = "SELECT detail FROM TABLE(pf_debug_info()) WHERE name = 'threads'";
    assertTrue(query(three, dir.toString(), sql).replace("\r", "").startsWith("detail\n3\n"));
    assertTrue(query(three, dir + ";threads=1", sql).replace("\r", "").startsWith("detail\n1\n"));
    String bad = query(Map.of("PARQUETFRAME_THREADS", "many"), dir.toString(), sql);
    assertTrue(bad.contains("environment variable PARQUETFRAME_THREADS must be a whole number from 1 to 4096, not "
        + "'many'"), bad);
  }
}
