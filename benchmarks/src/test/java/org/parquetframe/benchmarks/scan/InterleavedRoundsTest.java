package org.parquetframe.benchmarks.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parquetframe.benchmarks.scan.InterleavedRounds.Contender;

class InterleavedRoundsTest {

  @Test
  void everyContenderRunsOncePerRoundInTurn() throws SQLException {
    List<String> calls = new ArrayList<>();
    Samples a = new Samples();
    Samples b = new Samples();
    InterleavedRounds.time(List.of(new Contender(record(calls, "a"), a), new Contender(record(calls, "b"), b)), 3);
    assertEquals(List.of("a", "b", "a", "b", "a", "b"), calls);
    assertEquals(3, a.all().size());
    assertEquals(3, b.all().size());
    assertTrue(a.all().stream().allMatch(ms -> ms >= 0), a.all().toString());
  }

  @Test
  void noRoundsTimeNothing() throws SQLException {
    List<String> calls = new ArrayList<>();
    Samples a = new Samples();
    InterleavedRounds.time(List.of(new Contender(record(calls, "a"), a)), 0);
    assertTrue(calls.isEmpty());
    assertTrue(Double.isNaN(a.median()));
  }

  private static InterleavedRounds.Run record(List<String> calls, String name) {
    return () -> {
      calls.add(name);
      return new ResultDigest(1, List.of());
    };
  }
}
