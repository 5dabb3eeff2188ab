package org.parquetframe.benchmarks.scan;

import java.sql.SQLException;
import java.util.List;

/**
 * Times several contenders (systems, driver builds, settings) on the same work in rounds, each
 * contender once per round in turn, rather than all runs of one and then all of the next: on a
 * shared machine the load changes by the minute, and interleaving lets it hit every contender
 * alike. Untimed warm-ups are the caller's, since what warms a contender up differs.
 */
final class InterleavedRounds {
  private InterleavedRounds() {}

  /** One timed unit of work: a query run and its whole result read, as a client would. */
  @FunctionalInterface
  interface Run {
    ResultDigest run() throws SQLException;
  }

  /** A contender: what to run, and where its times go. */
  record Contender(Run run, Samples samples) {}

  /** Runs {@code rounds} rounds, adding each run's wall time to its contender's samples. */
  static void time(List<Contender> contenders, int rounds) throws SQLException {
    for (int round = 0; round < rounds; round++) {
      for (Contender contender : contenders) {
        long start = System.nanoTime();
        contender.run().run();
        contender.samples().add(System.nanoTime() - start);
      }
    }
  }
}
