package org.parquetframe.benchmarks.gate;

import java.util.List;
import java.util.Locale;
import org.parquetframe.benchmarks.report.MarkdownTable;

/** The outcome of a {@link RegressionGate} comparison: one line per ratio, and whether the gate passes. */
public record GateReport(double tolerance, List<Line> lines) {

  /** What happened to one ratio. */
  public enum Verdict {
    SAME, FASTER, SLOWER, MISSING, NEW;

    /** Whether this verdict fails the gate. */
    public boolean fails() {
      return this == SLOWER || this == MISSING;
    }
  }

  /** One ratio: its name, the baseline's value, the current value (NaN when missing) and the verdict. */
  public record Line(String key, double baseline, double current, Verdict verdict) {
    /** current ÷ baseline, NaN when either is missing. */
    public double change() {
      return Double.isNaN(baseline) || Double.isNaN(current) ? Double.NaN : current / baseline;
    }
  }

  public GateReport {
    lines = List.copyOf(lines);
  }

  public boolean passed() {
    return lines.stream().noneMatch(line -> line.verdict().fails());
  }

  public long count(Verdict verdict) {
    return lines.stream().filter(line -> line.verdict() == verdict).count();
  }

  /** A readable report: the failing lines first, then a table of all, then the summary. */
  public String render() {
    MarkdownTable table = new MarkdownTable("ratio (ours ÷ peer)", "baseline", "now", "now ÷ baseline", "verdict");
    lines.stream().sorted((a, b) -> Boolean.compare(b.verdict().fails(), a.verdict().fails())).forEach(line ->
        table.row(line.key(), number(line.baseline()), number(line.current()), number(line.change()),
            line.verdict().name().toLowerCase(Locale.ROOT)));
    String summary = String.format(Locale.ROOT,
        "%s: %d ratios compared with tolerance +%.0f%%: %d slower, %d missing, %d faster, %d unchanged, %d new.%n",
        passed() ? "PASSED" : "REGRESSION", lines.size(), tolerance * 100, count(Verdict.SLOWER),
        count(Verdict.MISSING), count(Verdict.FASTER), count(Verdict.SAME), count(Verdict.NEW));
    String hint = count(Verdict.FASTER) > 0 && passed()
        ? "Some ratios improved beyond the tolerance: consider recording a new baseline (docs/benchmarks.md).\n" : "";
    return table.render() + "\n" + summary + hint;
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3g", value);
  }
}
