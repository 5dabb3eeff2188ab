package org.parquetframe.benchmarks.graph;

import org.parquetframe.benchmarks.report.Json;
import org.parquetframe.benchmarks.report.PeakMemory;

/**
 * The lines a measuring process prints on standard output for the runner: a measurement as soon
 * as it is complete (so that a process stopped at its budget keeps what it finished) and its peak
 * memory so far. Other lines are ignored.
 */
final class ChildProtocol {
  private static final String MEASUREMENT = "@measurement ";
  private static final String MEMORY = "@memory ";

  private ChildProtocol() {}

  static String line(Measurement measurement) {
    return MEASUREMENT + Json.line(measurement);
  }

  static String line(PeakMemory memory) {
    return MEMORY + Json.line(memory);
  }

  /** The measurement on {@code line}, or null when it carries none. */
  static Measurement measurement(String line) {
    return line.startsWith(MEASUREMENT) ? Json.parseLine(line.substring(MEASUREMENT.length()), Measurement.class) : null;
  }

  /** The peak memory on {@code line}, or null when it carries none. */
  static PeakMemory memory(String line) {
    return line.startsWith(MEMORY) ? Json.parseLine(line.substring(MEMORY.length()), PeakMemory.class) : null;
  }
}
