package org.parquetframe.benchmarks.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.parquetframe.benchmarks.scan.Engines.Engine;

/** The scan benchmark's results as a markdown table and as JSON. */
final class ScanReport {
  private ScanReport() {}

  static String markdown(List<Measurement> measurements) {
    StringBuilder table = new StringBuilder();
    table.append("| query | kind (target) | ParquetFrame cold | DuckDB cold | ratio cold | ParquetFrame warm"
        + " | DuckDB warm | ratio warm | ParquetFrame, no footer cache | ratio | same answer |\n");
    table.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (Measurement m : measurements) {
      ScanQuery.Kind kind = m.query.kind();
      String target = Double.isNaN(kind.target) ? "as it stands" : "≤ " + format(kind.target) + "×";
      boolean uncached = !m.cold.get(Engine.OURS_UNCACHED).all().isEmpty();
      table.append("| ").append(m.query.name()).append(" | ").append(kind.label).append(" (").append(target)
          .append(") | ").append(millis(m.coldMedian(Engine.OURS))).append(" | ")
          .append(millis(m.coldMedian(Engine.DUCKDB))).append(" | ").append(ratio(m.coldRatio(Engine.OURS)))
          .append(" | ").append(millis(m.warmMedian(Engine.OURS))).append(" | ")
          .append(millis(m.warmMedian(Engine.DUCKDB))).append(" | ").append(ratio(m.warmRatio())).append(" | ")
          .append(uncached ? millis(m.coldMedian(Engine.OURS_UNCACHED)) : "–").append(" | ")
          .append(uncached ? ratio(m.coldRatio(Engine.OURS_UNCACHED)) : "–").append(" | ")
          .append(m.sameAnswer() ? "yes" : "NO").append(" |\n");
    }
    return table.toString();
  }

  static void writeJson(Path file, RunInfo run, Map<String, Double> firstRuns, List<Measurement> measurements)
      throws IOException {
    StringBuilder json = new StringBuilder("{\n");
    json.append("  \"benchmark\": \"scan-vs-duckdb\",\n");
    json.append("  \"date\": ").append(quote(run.date())).append(",\n");
    json.append("  \"rows\": ").append(run.rows()).append(",\n");
    json.append("  \"runs\": ").append(run.runs()).append(",\n");
    json.append("  \"java\": ").append(quote(run.java())).append(",\n");
    json.append("  \"duckdb\": ").append(quote(run.duckdb())).append(",\n");
    json.append("  \"load_average_start\": ").append(quote(run.loadStart())).append(",\n");
    json.append("  \"load_average_end\": ").append(quote(run.loadEnd())).append(",\n");
    json.append("  \"first_run_in_jvm_ms\": {").append(firstRuns.entrySet().stream()
        .map(e -> quote(e.getKey()) + ": " + number(e.getValue())).collect(Collectors.joining(", "))).append("},\n");
    json.append("  \"queries\": [\n");
    for (int i = 0; i < measurements.size(); i++) {
      Measurement m = measurements.get(i);
      json.append("    {\"name\": ").append(quote(m.query.name())).append(", \"kind\": ").append(quote(m.query.kind().label))
          .append(", \"target_ratio\": ").append(Double.isNaN(m.query.kind().target) ? "null" : m.query.kind().target)
          .append(",\n     \"ours_sql\": ").append(quote(m.query.ours()))
          .append(",\n     \"duckdb_sql\": ").append(quote(m.query.duckdb()));
      for (Engine engine : Engine.values()) {
        String key = engine.name().toLowerCase(Locale.ROOT);
        json.append(",\n     \"").append(key).append("_cold_ms\": ").append(list(m.cold.get(engine).all()))
            .append(", \"").append(key).append("_warm_ms\": ").append(list(m.warm.get(engine).all()));
      }
      json.append(",\n     \"ratio_cold\": ").append(number(m.coldRatio(Engine.OURS)))
          .append(", \"ratio_warm\": ").append(number(m.warmRatio()))
          .append(", \"ratio_uncached_cold\": ").append(number(m.coldRatio(Engine.OURS_UNCACHED)))
          .append(", \"meets_target\": ").append(m.meetsTarget())
          .append(", \"same_answer\": ").append(m.sameAnswer()).append("}")
          .append(i + 1 < measurements.size() ? ",\n" : "\n");
    }
    json.append("  ]\n}\n");
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, json);
  }

  /** What a run was: when, on what, under which load. */
  record RunInfo(String date, long rows, int runs, String java, String duckdb, String loadStart, String loadEnd) {}

  private static String list(List<Double> values) {
    return values.stream().map(ScanReport::number).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.3f", value);
  }

  private static String millis(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    return value >= 100 ? String.format(Locale.ROOT, "%.0f ms", value) : String.format(Locale.ROOT, "%.1f ms", value);
  }

  private static String ratio(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f×", value);
  }

  private static String format(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
