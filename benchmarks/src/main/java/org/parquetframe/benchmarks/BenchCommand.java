package org.parquetframe.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parquetframe.benchmarks.gate.GateMain;
import org.parquetframe.benchmarks.report.Json;
import org.parquetframe.benchmarks.graph.BenchOptions;
import org.parquetframe.benchmarks.graph.BenchResults;
import org.parquetframe.benchmarks.graph.EndToEndReport;
import org.parquetframe.benchmarks.graph.EndToEndRunner;

/**
 * {@code bin/parquetframe bench ...}: the end-to-end graph run (the default), {@code jmh} (JMH's
 * own command line over the kernel benchmarks), {@code check} (the regression gate) or
 * {@code report} (tables and charts again from a results.json). Exit codes: 0 success, 1 failure
 * or regression, 2 wrong command line.
 */
public final class BenchCommand {
  private BenchCommand() {}

  public static void main(String[] arguments) throws Exception {
    System.setProperty("java.awt.headless", "true");
    List<String> args = new ArrayList<>(List.of(arguments));
    if (!args.isEmpty() && args.get(0).equals("jmh")) {
      args.remove(0);
      org.openjdk.jmh.Main.main(args.toArray(String[]::new));
      return;
    }
    if (!args.isEmpty() && args.get(0).equals("check")) {
      args.remove(0);
      System.exit(GateMain.run(args, System.out, System.err));
    }
    if (!args.isEmpty() && args.get(0).equals("report")) {
      if (args.size() != 3) {
        System.err.println("usage: parquetframe bench report <results.json> <out-dir>");
        System.exit(2);
      }
      BenchResults results = Json.read(Path.of(args.get(1)), BenchResults.class);
      List<Path> charts = new EndToEndReport(results).write(Path.of(args.get(2)));
      System.out.println("Wrote results.json, results.md and " + charts.size() + " charts under " + args.get(2));
      return;
    }
    if (args.contains("--help") || args.contains("-h")) {
      System.out.print(BenchOptions.USAGE);
      return;
    }
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("parquetframe bench: " + e.getMessage());
      System.err.print(BenchOptions.USAGE);
      System.exit(2);
      return;
    }
    Path out = Path.of(options.outDir());
    BenchResults results = new EndToEndRunner(options, System.err, partial -> {
      try {
        new EndToEndReport(partial).write(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).run();
    List<Path> charts = new EndToEndReport(results).write(out);
    System.out.print(new EndToEndReport(results).markdown());
    System.out.println();
    System.out.println("Wrote " + out.resolve("results.json") + ", " + out.resolve("results.md") + " and "
        + charts.size() + " charts under " + out.resolve("charts"));
  }
}
