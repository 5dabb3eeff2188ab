package org.parquetframe.benchmarks.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.parquetframe.cli.GraphModel;

/**
 * The options of an end-to-end run ({@code bin/parquetframe bench [--quick] ...}), with the
 * defaults of the full ladder or of the quick regression mode.
 *
 * @param quick the quick mode: small graphs, for the regression gate
 * @param sizes edge counts of the graphs, smallest first
 * @param models graph models ({@code uniform}, {@code rmat})
 * @param kernels kernels by SQL name
 * @param systems {@code parquetframe}, {@code jgrapht}
 * @param reps timed repetitions of each kernel and phase
 * @param budgetSeconds most wall time one system's process may take on one graph before it is
 *     stopped and what it has not measured yet is reported as did-not-finish
 * @param threads the connection's {@code threads} (ParquetFrame; JGraphT's algorithms are serial)
 * @param heap the {@code -Xmx} of every measuring process, e.g. {@code 6g}
 * @param seed generator seed
 * @param dataDir where the generated Parquet files are kept (reused between runs)
 * @param outDir where results.json, results.md and the charts go
 */
public record BenchOptions(boolean quick, List<Long> sizes, List<String> models, List<String> kernels,
    List<String> systems, int reps, int budgetSeconds, int threads, String heap, long seed, String dataDir,
    String outDir) {

  public static final String PARQUETFRAME = "parquetframe";
  public static final String JGRAPHT = "jgrapht";
  public static final List<String> SYSTEMS = List.of(PARQUETFRAME, JGRAPHT);

  static final List<Long> FULL_SIZES = List.of(1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L);
  static final List<Long> QUICK_SIZES = List.of(100_000L);

  public static final String USAGE = """
      Usage: parquetframe bench [--quick] [options]          end-to-end: SQL through JDBC against JGraphT
             parquetframe bench jmh [JMH options]            JMH kernel benchmarks (-h lists JMH's options)
             parquetframe bench check <baseline.json> <results.json> [--tolerance 1.0]
             parquetframe bench report <results.json> <out-dir>     tables and charts again from results

      Options of the end-to-end run (defaults of the full run; --quick: 100K edges, 5 reps, 300 s):
        --quick              small graphs in seconds, for benchmarks/check-regression.sh
        --sizes LIST         edge counts, e.g. 1K,10K,100K,1M,10M (the default)
        --models LIST        uniform,rmat (the default)
        --kernels LIST       pagerank,bfs,dfs,dijkstra,shortest_path,connected_components (all)
        --systems LIST       parquetframe,jgrapht (both)
        --reps N             timed repetitions per kernel and phase (3)
        --budget SECONDS     time one system may take on one graph; the rest is 'did not finish' (900)
        --threads N          ParquetFrame's threads (2)
        --heap SIZE          -Xmx of each measuring JVM (6g)
        --seed S             generator seed (42)
        --data DIR           where the generated graphs are kept (/tmp/parquetframe-bench-data)
        --out DIR            results.json, results.md, charts/*.png (benchmarks/target/bench-full or -quick)
      """;

  /**
   * Parses the command line of an end-to-end run.
   *
   * @throws IllegalArgumentException saying what is wrong, for a usage message
   */
  public static BenchOptions parse(List<String> args) {
    boolean quick = args.contains("--quick");
    List<Long> sizes = quick ? QUICK_SIZES : FULL_SIZES;
    List<String> models = List.of("uniform", "rmat");
    List<String> kernels = GraphKernel.ALL;
    List<String> systems = SYSTEMS;
    int reps = quick ? 5 : 3;
    int budget = quick ? 300 : 900;
    int threads = 2;
    String heap = "6g";
    long seed = 42;
    String tmp = System.getProperty("java.io.tmpdir");
    String data = Path.of(tmp, "parquetframe-bench-data").toString();
    String out = Path.of("benchmarks", "target", quick ? "bench-quick" : "bench-full").toString();
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      if (option.equals("--quick")) {
        continue;
      }
      if (!option.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + option + "'");
      }
      if (i + 1 >= args.size()) {
        throw new IllegalArgumentException("option " + option + " needs a value");
      }
      String value = args.get(++i);
      switch (option) {
        case "--sizes" -> sizes = parseSizes(value);
        case "--models" -> models = parseModels(value);
        case "--kernels" -> kernels = GraphKernel.parseList(value);
        case "--systems" -> systems = parseSystems(value);
        case "--reps" -> reps = (int) parseCount(option, value, 1, 1000);
        case "--budget" -> budget = (int) parseCount(option, value, 1, 86_400);
        case "--threads" -> threads = (int) parseCount(option, value, 1, 4096);
        case "--heap" -> heap = checkHeap(value);
        case "--seed" -> seed = parseCount(option, value, Long.MIN_VALUE, Long.MAX_VALUE);
        case "--data" -> data = value;
        case "--out" -> out = value;
        default -> throw new IllegalArgumentException("unknown option '" + option + "'");
      }
    }
    if (kernels.isEmpty() || systems.isEmpty() || models.isEmpty() || sizes.isEmpty()) {
      throw new IllegalArgumentException("--sizes, --models, --kernels and --systems must each name at least one");
    }
    return new BenchOptions(quick, sizes, models, kernels, systems, reps, budget, threads, heap, seed, data, out);
  }

  /** The graphs of this run, model by model, each from the smallest size up. */
  public List<GraphCase> cases() {
    List<GraphCase> cases = new ArrayList<>();
    for (String model : models) {
      for (long edges : sizes) {
        cases.add(new GraphCase(GraphModel.parse(model), edges, seed));
      }
    }
    return cases;
  }

  /** Edge counts with an optional K, M or G suffix (powers of 1000): {@code 1K,10M,2500}; sorted. */
  static List<Long> parseSizes(String text) {
    List<Long> sizes = new ArrayList<>();
    for (String part : text.split(",")) {
      String size = part.trim().toUpperCase(Locale.ROOT).replace("_", "");
      if (size.isEmpty()) {
        continue;
      }
      long factor = switch (size.charAt(size.length() - 1)) {
        case 'K' -> 1_000L;
        case 'M' -> 1_000_000L;
        case 'G' -> 1_000_000_000L;
        default -> 1L;
      };
      String digits = factor == 1 ? size : size.substring(0, size.length() - 1);
      long value;
      try {
        value = Math.multiplyExact(Long.parseLong(digits), factor);
      } catch (NumberFormatException | ArithmeticException e) {
        throw new IllegalArgumentException("--sizes expects edge counts like 1K,10M or 2500, not '" + part.trim() + "'");
      }
      if (value < 1 || value > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("--sizes: an edge count must be in [1, " + (Integer.MAX_VALUE - 8)
            + "], not " + value);
      }
      sizes.add(value);
    }
    return sizes.stream().distinct().sorted().toList();
  }

  private static List<String> parseModels(String text) {
    return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .map(s -> GraphModel.parse(s).cliName()).distinct().toList();
  }

  private static List<String> parseSystems(String text) {
    List<String> systems = Arrays.stream(text.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT))
        .filter(s -> !s.isEmpty()).distinct().toList();
    for (String system : systems) {
      if (!SYSTEMS.contains(system)) {
        throw new IllegalArgumentException("unknown system '" + system + "'; choose from " + String.join(", ", SYSTEMS));
      }
    }
    return systems;
  }

  private static long parseCount(String option, String text, long min, long max) {
    long value;
    try {
      value = Long.parseLong(text.trim().replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " expects a whole number, not '" + text + "'");
    }
    if (value < min || value > max) {
      throw new IllegalArgumentException(option + " must be in [" + min + ", " + max + "], not " + value);
    }
    return value;
  }

  private static String checkHeap(String text) {
    if (!text.matches("[0-9]+[kKmMgG]?")) {
      throw new IllegalArgumentException("--heap expects a JVM heap size like 6g or 4096m, not '" + text + "'");
    }
    return text;
  }
}
