package org.parquetframe.benchmarks.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code parquetframe bench check <baseline.json> <results.json> [--tolerance T]}: compares the
 * {@code ratios} object of two results files (any benchmark family's) and exits 0 when nothing
 * regressed, 1 on a regression, 2 on a wrong command line or an unreadable file.
 */
public final class GateMain {
  /** +100%: ours (2 threads) and JGraphT (1) feel the load of this shared 2-core machine differently. */
  public static final double DEFAULT_TOLERANCE = 1.0;
  static final String USAGE = "usage: parquetframe bench check <baseline.json> <results.json> [--tolerance "
      + DEFAULT_TOLERANCE + "]";

  private GateMain() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.out, System.err));
  }

  /** Runs the gate and returns the exit code; the unit of testing. */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    try {
      List<String> files = new ArrayList<>();
      double tolerance = DEFAULT_TOLERANCE;
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        if (arg.equals("--tolerance")) {
          if (++i >= args.size()) {
            throw new IllegalArgumentException("--tolerance needs a value, e.g. 0.5 for +50%");
          }
          tolerance = Double.parseDouble(args.get(i));
        } else if (arg.startsWith("--")) {
          throw new IllegalArgumentException("unknown option '" + arg + "'");
        } else {
          files.add(arg);
        }
      }
      if (files.size() != 2) {
        throw new IllegalArgumentException("expected two files, the baseline and the current results, not "
            + files.size());
      }
      Path baseline = Path.of(files.get(0));
      Path current = Path.of(files.get(1));
      GateReport report = new RegressionGate(tolerance).compare(ratios(baseline), ratios(current));
      out.println("Baseline: " + baseline + "\nCurrent:  " + current + "\n");
      out.print(report.render());
      return report.passed() ? 0 : 1;
    } catch (NumberFormatException e) {
      err.println("parquetframe bench check: --tolerance expects a number, e.g. 0.5\n" + USAGE);
      return 2;
    } catch (IllegalArgumentException | IOException e) {
      err.println("parquetframe bench check: " + e.getMessage() + "\n" + USAGE);
      return 2;
    }
  }

  /** The {@code ratios} object of a results file: name → ours ÷ peer. */
  static Map<String, Double> ratios(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + " does not exist (run 'bin/parquetframe bench --quick' to make results)");
    }
    JsonNode ratios = new ObjectMapper().readTree(file.toFile()).get("ratios");
    if (ratios == null || !ratios.isObject() || ratios.isEmpty()) {
      throw new IOException(file + " has no 'ratios' object: it is not a benchmark results file, or the run "
          + "measured no ratio (did both systems run?)");
    }
    Map<String, Double> values = new LinkedHashMap<>();
    ratios.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asDouble(Double.NaN)));
    return values;
  }
}
