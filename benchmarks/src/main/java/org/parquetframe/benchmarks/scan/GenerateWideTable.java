package org.parquetframe.benchmarks.scan;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes the scan benchmarks' table without timing anything, for scripts that then query it from
 * outside the JVM ({@code benchmarks/scan-one-row-group.sh} runs the command line under
 * {@code /usr/bin/time}). Arguments: {@code <dir> <name> <rows> [--one-row-group] [--partitioned]}.
 */
public final class GenerateWideTable {
  static final String USAGE = "usage: GenerateWideTable <dir> <name> <rows> [--one-row-group] [--partitioned]";

  private GenerateWideTable() {}

  /** Where to write, under which name, and with which layout. */
  record Request(Path dir, String name, WideTableLayout layout) {}

  public static void main(String[] args) throws Exception {
    Request request;
    try {
      request = parse(List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    long start = System.nanoTime();
    boolean wrote = WideTableGenerator.ensure(request.dir(), request.name(), request.layout());
    System.out.printf(Locale.ROOT, "%s %s/%s.parquet: %,d rows in %,d row groups%s (%.1f s)%n",
        wrote ? "wrote" : "kept", request.dir(), request.name(), request.layout().rows(),
        request.layout().rowGroups(), request.layout().partitioned() ? ", and parts/" : "",
        (System.nanoTime() - start) / 1e9);
  }

  static Request parse(List<String> args) {
    List<String> positional = args.stream().filter(a -> !a.startsWith("--")).toList();
    if (positional.size() != 3) {
      throw new IllegalArgumentException("expected a directory, a table name and a row count, got " + positional);
    }
    boolean oneRowGroup = false;
    boolean partitioned = false;
    for (String flag : args.stream().filter(a -> a.startsWith("--")).toList()) {
      switch (flag) {
        case "--one-row-group" -> oneRowGroup = true;
        case "--partitioned" -> partitioned = true;
        default -> throw new IllegalArgumentException("unknown option " + flag);
      }
    }
    long rows;
    try {
      rows = Long.parseLong(positional.get(2));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("the row count must be a whole number, not '" + positional.get(2) + "'");
    }
    if (oneRowGroup && partitioned) {
      throw new IllegalArgumentException("--one-row-group and --partitioned do not go together");
    }
    WideTableLayout layout = oneRowGroup ? WideTableLayout.oneRowGroup(rows) : WideTableLayout.of(rows, partitioned);
    return new Request(Path.of(positional.get(0)), positional.get(1), layout);
  }
}
