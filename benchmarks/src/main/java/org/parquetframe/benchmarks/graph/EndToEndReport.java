package org.parquetframe.benchmarks.graph;

import static org.parquetframe.benchmarks.report.MarkdownTable.megabytes;
import static org.parquetframe.benchmarks.report.MarkdownTable.seconds;
import static org.parquetframe.benchmarks.report.MarkdownTable.times;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parquetframe.benchmarks.report.AxisUnit;
import org.parquetframe.benchmarks.report.Json;
import org.parquetframe.benchmarks.report.LogLogChart;
import org.parquetframe.benchmarks.report.MarkdownTable;
import org.parquetframe.benchmarks.report.SampleStats;

/**
 * Writes an end-to-end run's results: {@code results.json} (every raw sample), {@code results.md}
 * (medians and speed-ups) and {@code charts/<kernel>-<model>.png} (median time against edges,
 * log-log, one line per system and phase).
 */
public final class EndToEndReport {
  private static final String OURS = BenchOptions.PARQUETFRAME;
  private static final String PEER = BenchOptions.JGRAPHT;

  private final BenchResults results;

  public EndToEndReport(BenchResults results) {
    this.results = results;
  }

  /** Writes the three outputs under {@code outDir} and returns the chart files. */
  public List<Path> write(Path outDir) throws IOException {
    Json.write(outDir.resolve("results.json"), results);
    Files.writeString(outDir.resolve("results.md"), markdown());
    List<Path> charts = new ArrayList<>();
    for (String model : results.options().models()) {
      for (String kernel : chartedKernels()) {
        Path file = outDir.resolve("charts").resolve(kernel + "-" + model + ".png");
        chart(kernel, model).writePng(file, 900, 560);
        charts.add(file);
      }
    }
    return charts;
  }

  private List<String> chartedKernels() {
    List<String> kernels = new ArrayList<>(List.of(GraphKernel.BUILD));
    kernels.addAll(results.options().kernels());
    return kernels;
  }

  LogLogChart chart(String kernel, String model) {
    boolean build = kernel.equals(GraphKernel.BUILD);
    String title = (build ? "read edges + build the graph" : kernel) + " — " + model + " graphs";
    String subtitle = "median of " + results.options().reps() + " runs, " + results.options().threads()
        + " threads (JGraphT: 1), load average " + results.machine().loadAverageAtStart() + " → "
        + results.loadAverageAtEnd();
    LogLogChart chart = new LogLogChart(title, subtitle, "edges", AxisUnit.COUNT, "time (log scale)", AxisUnit.SECONDS);
    for (long edges : results.options().sizes()) {
      if (build) {
        chart.point("ParquetFrame: read Parquet + build CSR", edges, median(OURS, model, edges, kernel, "cold"));
        chart.point("JGraphT: read Parquet + build graph", edges, median(PEER, model, edges, kernel, "cold"));
      } else {
        chart.point("ParquetFrame SQL, cold (reads + builds)", edges, median(OURS, model, edges, kernel, "cold"));
        chart.point("ParquetFrame SQL, warm (graph cached)", edges, median(OURS, model, edges, kernel, "warm"));
        chart.point("JGraphT, build + kernel", edges, median(PEER, model, edges, GraphKernel.BUILD, "cold")
            + median(PEER, model, edges, kernel, "run"));
        chart.point("JGraphT, kernel on the graph in memory", edges, median(PEER, model, edges, kernel, "run"));
      }
    }
    return chart;
  }

  private double median(String system, String model, long edges, String kernel, String phase) {
    return results.median(system, model, edges, kernel, phase);
  }

  public String markdown() {
    StringBuilder text = new StringBuilder();
    BenchOptions o = results.options();
    text.append(String.format(Locale.ROOT, "Run %s on %d cores, %s, %s; load average %s at start, %s at end.%n",
        results.machine().date(), results.machine().cores(), results.machine().javaVersion(), results.machine().os(),
        results.machine().loadAverageAtStart(), results.loadAverageAtEnd()));
    text.append(String.format(Locale.ROOT, "Medians of %d runs; ParquetFrame with threads=%d; -Xmx%s per process; "
        + "budget %d s per system and graph.%n%n", o.reps(), o.threads(), o.heap(), o.budgetSeconds()));
    for (String model : o.models()) {
      text.append("### ").append(model).append(" graphs\n\n").append(timeTable(model).render()).append('\n');
    }
    text.append("### Peak memory per process (all runs on one graph)\n\n").append(memoryTable().render());
    return text.toString();
  }

  private MarkdownTable timeTable(String model) {
    MarkdownTable table = new MarkdownTable("edges", "kernel", "ours cold", "ours warm", "JGraphT build",
        "JGraphT kernel", "speed-up warm", "speed-up cold", "answers");
    for (long edges : results.options().sizes()) {
      double peerBuild = median(PEER, model, edges, GraphKernel.BUILD, "cold");
      double ourBuild = median(OURS, model, edges, GraphKernel.BUILD, "cold");
      table.row(count(edges), "read + build", seconds(ourBuild), "", seconds(peerBuild), "", "",
          times(SampleStats.ratio(peerBuild, ourBuild)), status(model, edges, GraphKernel.BUILD));
      for (String kernel : results.options().kernels()) {
        double cold = median(OURS, model, edges, kernel, "cold");
        double warm = median(OURS, model, edges, kernel, "warm");
        double run = median(PEER, model, edges, kernel, "run");
        table.row(count(edges), kernel, seconds(cold), seconds(warm), seconds(peerBuild), seconds(run),
            times(SampleStats.ratio(run, warm)), times(SampleStats.ratio(peerBuild + run, cold)),
            agreement(model, edges, kernel));
      }
    }
    return table;
  }

  /** Whether both systems computed the same answer; a did-not-finish or failure says so instead. */
  private String agreement(String model, long edges, String kernel) {
    Measurement ours = results.find(OURS, model, edges, kernel, "warm");
    Measurement peer = results.find(PEER, model, edges, kernel, "run");
    String missing = status(model, edges, kernel);
    if (!missing.isEmpty()) {
      return missing;
    }
    if (ours == null || peer == null) {
      return "";
    }
    return ours.answer().equals(peer.answer()) ? "same" : "DIFFER: " + ours.answer() + " / " + peer.answer();
  }

  private String status(String model, long edges, String kernel) {
    List<String> notes = new ArrayList<>();
    for (Measurement m : results.measurements()) {
      boolean slot = m.model().equals(model) && m.edges() == edges && m.kernel().equals(kernel);
      if (slot && !Measurement.OK.equals(m.status())) {
        String label = m.system().equals(OURS) ? "ours" : "JGraphT";
        String note = label + (m.status().equals(Measurement.DID_NOT_FINISH) ? " did not finish" : " failed");
        if (!notes.contains(note)) {
          notes.add(note);
        }
      }
    }
    return String.join(", ", notes);
  }

  private MarkdownTable memoryTable() {
    MarkdownTable table = new MarkdownTable("model", "edges", "system", "peak heap (pool peaks summed)", "peak RSS",
        "finished");
    for (MemoryRecord record : results.memory()) {
      table.row(record.model(), count(record.edges()), record.system(), megabytes(record.peak().heapBytes()),
          megabytes(record.peak().rssBytes()), finished(record) ? "yes" : "no: stopped at the budget");
    }
    return table;
  }

  /** Whether that system finished everything on that graph (the memory of a stopped run is a lower bound). */
  private boolean finished(MemoryRecord record) {
    return results.measurements().stream().noneMatch(m -> m.system().equals(record.system())
        && m.model().equals(record.model()) && m.edges() == record.edges()
        && m.status().equals(Measurement.DID_NOT_FINISH));
  }

  static String count(long edges) {
    if (edges >= 1_000_000 && edges % 1_000_000 == 0) {
      return edges / 1_000_000 + "M";
    }
    return edges >= 1_000 && edges % 1_000 == 0 ? edges / 1_000 + "K" : Long.toString(edges);
  }
}
