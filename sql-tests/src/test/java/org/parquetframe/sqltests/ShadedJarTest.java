package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * The shaded driver jar works alone: in a class loader that sees nothing else, and in fresh JVMs
 * (Java 17 and 25) with the jar as the only classpath entry and no extra flags.
 */
class ShadedJarTest {
  private static final String SPEC_QUERY =
      "SELECT node, score FROM TABLE(pagerank('edges.parquet')) ORDER BY score DESC LIMIT 10";
  private static final List<Path> JAVA_HOMES = List.of(Path.of(System.getProperty("java.home")),
      Path.of("/usr/lib/jvm/temurin-25-jdk-amd64"));

  @TempDir
  Path dir;
  private Path jar;

  @BeforeEach
  void findJar() {
    jar = Path.of(System.getProperty("parquetframe.shadedJar", "../jdbc-driver/target/parquetframe-jdbc-0.1.0.jar"));
    assumeTrue(Files.exists(jar), "the shaded jar is built in the package phase; run mvn verify");
    List<Edge> edges = new ArrayList<>();
    for (int v = 0; v < 50; v++) {
      edges.add(Edge.of(v, (v * 3 + 1) % 50));
      edges.add(Edge.of(v, 7));
    }
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), edges, false);
  }

  @Test
  void sizeStaysInItsRange() throws IOException {
    long megabytes = Files.size(jar) >> 20;
    assertTrue(megabytes >= 20 && megabytes <= 90, "shaded jar is " + megabytes + " MB; expected 20..90 MB");
  }

  @Test
  void runsTheSpecQueryInAClassLoaderOfItsOwn() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      Driver driver = (Driver) loader.loadClass("org.parquetframe.jdbc.Driver").getDeclaredConstructor().newInstance();
      try (Connection connection = driver.connect("jdbc:parquetframe:" + dir, new Properties());
           Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery(SPEC_QUERY)) {
        assertTrue(rows.next());
        assertEquals(7L, rows.getLong("node"), "vertex 7 has an edge from every vertex");
        int count = 1;
        while (rows.next()) {
          count++;
        }
        assertEquals(10, count);
      }
      assertEquals(loader, driver.getClass().getClassLoader(), "the driver came from the jar alone");
    }
  }

  @Test
  void theDocumentedJdbcProgramRunsOnEveryJdk() throws Exception {
    Path program = Path.of("../docs/examples/JdbcExample.java").toAbsolutePath().normalize();
    assertTrue(Files.exists(program), program.toString());
    for (Path javaHome : JAVA_HOMES) {
      Path java = javaHome.resolve("bin/java");
      if (!Files.isExecutable(java)) {
        continue;
      }
      Process process = new ProcessBuilder(java.toString(), "-cp", jar.toAbsolutePath().toString(),
          program.toString(), dir.toString()).redirectErrorStream(false).start();
      assertTrue(process.waitFor(120, TimeUnit.SECONDS), "JdbcExample timed out on " + javaHome);
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, process.exitValue(), "on " + javaHome + ": " + err);
      List<String> lines = Stream.of(out.split("\n")).filter(l -> !l.isBlank()).toList();
      assertEquals(10, lines.size(), out);
      assertTrue(lines.get(0).startsWith("7\t"), out);
    }
  }
}
