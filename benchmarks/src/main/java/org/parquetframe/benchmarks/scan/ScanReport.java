package org.parquetframe.benchmarks.scan;

import java.math.BigDecimal;
import java.util.List;
import org.parquetframe.benchmarks.report.MarkdownTable;
import org.parquetframe.benchmarks.scan.Engines.Engine;

/** The DuckDB comparison's results as a Markdown table: medians per system and phase, ratios, answers. */
final class ScanReport {
  private ScanReport() {}

  static String markdown(List<QueryMeasurement> measurements) {
    MarkdownTable table = new MarkdownTable("query", "kind (target)", "ParquetFrame cold", "DuckDB cold",
        "ratio cold", "ParquetFrame warm", "DuckDB warm", "ratio warm", "ParquetFrame, no footer cache", "ratio",
        "same answer").alignRight(2, 3, 4, 5, 6, 7, 8, 9);
    for (QueryMeasurement m : measurements) {
      ScanQuery.Kind kind = m.query.kind();
      String target = Double.isNaN(kind.target) ? "as it stands" : "≤ " + BigDecimal.valueOf(kind.target)
          .stripTrailingZeros().toPlainString() + "x";
      table.row(m.query.name(), kind.label + " (" + target + ")",
          millis(m.coldMedian(Engine.OURS)), millis(m.coldMedian(Engine.DUCKDB)),
          MarkdownTable.times(m.coldRatio(Engine.OURS)),
          millis(m.warmMedian(Engine.OURS)), millis(m.warmMedian(Engine.DUCKDB)), MarkdownTable.times(m.warmRatio()),
          millis(m.coldMedian(Engine.OURS_UNCACHED)), MarkdownTable.times(m.coldRatio(Engine.OURS_UNCACHED)),
          m.sameAnswer() ? "yes" : "NO");
    }
    return table.render();
  }

  /** Milliseconds as {@link MarkdownTable#seconds} shows them ({@code 48.1 ms}, {@code 6.23 s}); "–" for NaN. */
  static String millis(double millis) {
    return MarkdownTable.seconds(millis / 1e3);
  }
}
