package org.parquetframe.benchmarks.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SamplesTest {

  @Test
  void summarisesMillisecondsWithTheSharedMedian() {
    Samples samples = samples(4_000_000, 1_000_000, 3_000_000, 2_000_000);
    assertEquals(List.of(4.0, 1.0, 3.0, 2.0), samples.all(), "in the order taken, in ms");
    assertEquals(2.5, samples.median(), "the mean of the two middle samples, as SampleStats");
    assertEquals(1.0, samples.min());
    assertEquals(4.0, samples.max());
  }

  @Test
  void noSamplesSummariseToNaN() {
    Samples none = new Samples();
    assertTrue(Double.isNaN(none.median()));
    assertTrue(Double.isNaN(none.min()));
    assertTrue(Double.isNaN(none.max()));
  }

  static Samples samples(long... nanos) {
    Samples samples = new Samples();
    for (long n : nanos) {
      samples.add(n);
    }
    return samples;
  }
}
