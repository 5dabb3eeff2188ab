package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sqlline, a real JDBC client, driven non-interactively against the shaded driver jar in a JVM of its
 * own: once through {@code bin/parquetframe shell} (how users start it) and once as plain sqlline with
 * the jar on its classpath (how any JDBC tool loads the driver). A script lists the tables, describes a
 * table's columns, runs a query and a pagerank; the CSV output must show our tables in schema
 * {@code main} only, exact column metadata, and the rows the same queries give in-process.
 */
class JdbcSqllineTest {
  private static final String PAGERANK =
      "SELECT node, score FROM TABLE(pagerank('edges')) ORDER BY score DESC, node LIMIT 3";

  @TempDir
  Path dir;
  private Path jar;
  private Path data;
  private Path script;

  @BeforeEach
  void writeDataAndScript() throws IOException {
    jar = Path.of(System.getProperty("parquetframe.shadedJar", "../jdbc-driver/target/parquetframe-jdbc-0.1.0.jar"))
        .toAbsolutePath();
    assumeTrue(Files.exists(jar), "the shaded jar is built in jdbc-driver's package phase");
    data = JdbcTestingData.write(Files.createDirectories(dir.resolve("data")));
    script = Files.writeString(dir.resolve("browse.sql"), String.join("\n",
        "!tables",
        "!columns users",
        "SELECT id, name FROM users WHERE id >= 8 ORDER BY id;",
        PAGERANK + ";",
        ""));
  }

  @Test
  void theShellCommandRunsAScriptOverTheShadedJar() throws Exception {
    Path launcher = Path.of("../bin/parquetframe").toAbsolutePath().normalize();
    assumeTrue(Files.isExecutable(launcher), "bin/parquetframe is in the repository");
    List<List<String>> lines = run(List.of(launcher.toString(), "shell", data.toString(), "-f", script.toString(),
        "--outputformat=csv", "--silent=true"));
    assertTheScriptsOutput(lines);
  }

  @Test
  void plainSqllineLoadsTheDriverFromTheJar() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<List<String>> lines = run(List.of(java.toString(), "-cp", jar.toString(), "sqlline.SqlLine",
        "-u", "jdbc:parquetframe:" + data, "-d", "org.parquetframe.jdbc.Driver", "-n", "", "-p", "",
        "--isolation=TRANSACTION_NONE", "-f", script.toString(), "--outputformat=csv", "--silent=true"));
    assertTheScriptsOutput(lines);
  }

  private void assertTheScriptsOutput(List<List<String>> lines) throws SQLException {
    int at = 0;
    List<String> tablesHeader = lines.get(at++);
    assertEquals(List.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE"), tablesHeader.subList(0, 4));
    for (String table : JdbcTestingData.TABLES) {
      assertEquals(List.of("", "main", table, "TABLE"), lines.get(at++).subList(0, 4), "!tables lists " + table);
    }

    List<String> columnsHeader = lines.get(at++);
    assertEquals("COLUMN_NAME", columnsHeader.get(3), "!columns follows !tables: " + lines);
    List<Map<String, String>> columns = new ArrayList<>();
    while (lines.get(at).size() == columnsHeader.size()) {
      Map<String, String> column = new LinkedHashMap<>();
      for (int i = 0; i < columnsHeader.size(); i++) {
        column.put(columnsHeader.get(i), lines.get(at).get(i));
      }
      columns.add(column);
      at++;
    }
    assertEquals(List.of("id", "name", "signup", "score", "seen"),
        columns.stream().map(c -> c.get("COLUMN_NAME")).toList());
    assertEquals(List.of("BIGINT", "VARCHAR", "DATE", "DOUBLE", "TIMESTAMP"),
        columns.stream().map(c -> c.get("TYPE_NAME")).toList());
    assertEquals(List.of("19", String.valueOf(Integer.MAX_VALUE), "10", "15", "23"),
        columns.stream().map(c -> c.get("COLUMN_SIZE")).toList());
    assertTrue(columns.stream().allMatch(c -> c.get("TABLE_SCHEM").equals("main") && c.get("IS_NULLABLE").equals("YES")),
        columns.toString());

    assertEquals(List.of(List.of("id", "name"), List.of("8", "user 8"), List.of("9", "admin")),
        lines.subList(at, at + 3), "the query's rows");
    at += 3;
    assertEquals(expectedPagerank(), lines.subList(at, at + 4), "pagerank's rows, as getString gives them in-process");
    at += 4;
    assertEquals(at, lines.size(), "nothing else is printed: " + lines.subList(at, lines.size()));
  }

  /** The pagerank query's header and rows, as JDBC's {@code getString} gives them in this JVM. */
  private List<List<String>> expectedPagerank() throws SQLException {
    List<List<String>> rows = new ArrayList<>(List.of(List.of("node", "score")));
    try (Connection connection = JdbcTestingData.connect(data); Statement statement = connection.createStatement();
         ResultSet result = statement.executeQuery(PAGERANK)) {
      while (result.next()) {
        rows.add(List.of(result.getString(1), result.getString(2)));
      }
    }
    return rows;
  }

  /** Runs a command to its end; its exit status must be 0 and stderr free of errors. Returns stdout as CSV rows. */
  private List<List<String>> run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectError(dir.resolve("stderr.txt").toFile()).redirectOutput(dir.resolve("stdout.txt").toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    process.getOutputStream().close();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "sqlline did not finish: " + command);
    String out = Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8);
    String err = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), "exit status; stderr: " + err + "\nstdout: " + out);
    assertFalse(err.contains("Error") || err.contains("Exception"), err);
    List<List<String>> rows = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        rows.add(csvFields(line));
      }
    }
    return rows;
  }

  /** One line of sqlline's CSV: fields in single quotes, a quote inside doubled. */
  static List<String> csvFields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
        field.append('\'');
        i++;
      } else if (c == '\'') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
