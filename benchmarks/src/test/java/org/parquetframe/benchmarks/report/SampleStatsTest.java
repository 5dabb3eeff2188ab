package org.parquetframe.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SampleStatsTest {

  @Test
  void medianOfAnOddCountIsTheMiddleSample() {
    assertEquals(3.0, SampleStats.median(List.of(9.0, 3.0, 1.0)));
    assertEquals(7.5, SampleStats.median(List.of(7.5)));
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleSamples() {
    assertEquals(2.5, SampleStats.median(List.of(4.0, 1.0, 3.0, 2.0)));
    assertEquals(5.0, SampleStats.median(List.of(100.0, 0.0, 5.0, 5.0)));
  }

  @Test
  void medianIgnoresOutliersThatWouldMoveAMean() {
    assertEquals(1.0, SampleStats.median(List.of(1.0, 1.0, 1.0, 1.0, 60.0)));
  }

  @Test
  void medianRefusesNoSamplesAndNonNumbers() {
    assertThrows(IllegalArgumentException.class, () -> SampleStats.median(List.of()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SampleStats.median(List.of(1.0, Double.NaN)));
    assertTrue(e.getMessage().contains("finite"), e.getMessage());
  }

  @Test
  void ratioIsNaNWhenASideIsMissingOrTheDenominatorIsNotPositive() {
    assertEquals(0.25, SampleStats.ratio(1, 4));
    assertTrue(Double.isNaN(SampleStats.ratio(Double.NaN, 4)));
    assertTrue(Double.isNaN(SampleStats.ratio(1, Double.NaN)));
    assertTrue(Double.isNaN(SampleStats.ratio(1, 0)));
    assertTrue(Double.isNaN(SampleStats.ratio(1, -2)));
  }
}
