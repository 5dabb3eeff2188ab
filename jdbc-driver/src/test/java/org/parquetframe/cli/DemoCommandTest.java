package org.parquetframe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir
  Path dir;

  @Test
  void writesSampleDataAndPrintsTheTopTenByPagerank() throws Exception {
    TestingCli.Run run = TestingCli.run("demo", dir.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(Files.exists(dir.resolve("edges.parquet")) && Files.exists(dir.resolve("users.parquet")));

    List<String> pagerank = section(run.out(), "-- Top 10 vertices by PageRank");
    assertEquals(" node | score", pagerank.get(0).replaceAll(" +", " ").replaceAll("^ ", " "));
    List<String> rows = pagerank.subList(2, pagerank.size() - 1);
    assertEquals(10, rows.size(), run.out());
    assertEquals("(10 rows)", pagerank.get(pagerank.size() - 1));
    double previous = Double.MAX_VALUE;
    for (String row : rows) {
      String[] cells = row.trim().split(" \\| ");
      long node = Long.parseLong(cells[0].trim());
      double score = Double.parseDouble(cells[1].trim());
      assertTrue(node >= 0 && node < DemoCommand.VERTICES, row);
      assertTrue(score > 0 && score <= previous, "scores descend: " + rows);
      previous = score;
    }

    List<String> joined = section(run.out(), "-- PageRank joined back to the users");
    assertEquals("(10 rows)", joined.get(joined.size() - 1));
    List<String> germany = section(run.out(), "-- Users in Germany (a filtered scan)");
    assertEquals("(5 rows)", germany.get(germany.size() - 1));
    List<String> countries = section(run.out(), "-- Users per country (an aggregate)");
    assertEquals("(8 rows)", countries.get(countries.size() - 1));
  }

  /** The table printed after the line {@code title}: from its header to its row count. */
  private static List<String> section(String output, String title) {
    List<String> lines = List.of(output.split("\n"));
    int start = lines.indexOf(title);
    assertTrue(start >= 0, "no '" + title + "' in:\n" + output);
    // The title, the SQL, a blank line, then the table.
    List<String> table = new ArrayList<>();
    for (String line : lines.subList(start + 3, lines.size())) {
      table.add(line);
      if (line.matches("\\(\\d+ rows?\\)")) {
        return table;
      }
    }
    throw new AssertionError("no row count after '" + title + "' in:\n" + output);
  }
}
