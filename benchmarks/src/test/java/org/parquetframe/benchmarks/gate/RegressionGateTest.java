package org.parquetframe.benchmarks.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parquetframe.benchmarks.gate.GateReport.Verdict;

class RegressionGateTest {
  private final RegressionGate gate = new RegressionGate(0.5);

  private static Verdict verdictOf(GateReport report, String key) {
    return report.lines().stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow().verdict();
  }

  @Test
  void aRatioThatGrewBeyondTheToleranceIsARegression() {
    GateReport report = gate.compare(Map.of("a", 0.10, "b", 0.10), Map.of("a", 0.149, "b", 0.151));
    assertEquals(Verdict.SAME, verdictOf(report, "a"));
    assertEquals(Verdict.SLOWER, verdictOf(report, "b"));
    assertFalse(report.passed());
    assertEquals(1.51, report.lines().get(1).change(), 1e-9);
  }

  @Test
  void improvementsAndNewRatiosPassButAreReported() {
    GateReport report = gate.compare(Map.of("a", 0.3), Map.of("a", 0.1, "c", 2.0));
    assertEquals(Verdict.FASTER, verdictOf(report, "a"));
    assertEquals(Verdict.NEW, verdictOf(report, "c"));
    assertTrue(report.passed());
    assertTrue(report.render().contains("consider recording a new baseline"), report.render());
  }

  @Test
  void aRatioMissingFromTheCurrentRunFailsTheGate() {
    GateReport report = gate.compare(Map.of("a", 0.3, "b", 1.0), Map.of("b", 1.0));
    assertEquals(Verdict.MISSING, verdictOf(report, "a"));
    assertFalse(report.passed());
    assertTrue(Double.isNaN(report.lines().get(0).current()));
  }

  @Test
  void theReportListsFailuresFirstAndEndsWithAVerdict() {
    String text = gate.compare(Map.of("fine", 1.0, "worse", 1.0), Map.of("fine", 1.0, "worse", 3.0)).render();
    List<String> lines = text.lines().toList();
    assertTrue(lines.get(2).startsWith("| worse | 1.00 | 3.00 | 3.00 | slower |"), text);
    assertTrue(text.contains("REGRESSION: 2 ratios compared with tolerance +50%: 1 slower, 0 missing"), text);
  }

  @Test
  void toleranceMustBeAFiniteNonNegativeNumber() {
    assertThrows(IllegalArgumentException.class, () -> new RegressionGate(-0.1));
    assertThrows(IllegalArgumentException.class, () -> new RegressionGate(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new RegressionGate(Double.POSITIVE_INFINITY));
    assertTrue(new RegressionGate(0).compare(Map.of("a", 1.0), Map.of("a", 1.0)).passed());
  }
}
