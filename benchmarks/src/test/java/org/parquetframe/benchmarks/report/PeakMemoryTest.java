package org.parquetframe.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeakMemoryTest {

  @Test
  void readsVmHwmInBytes() {
    assertEquals(123_456L * 1024, PeakMemory.parseVmHwm(List.of("Name:\tjava", "VmPeak:\t 9999 kB",
        "VmHWM:\t  123456 kB", "VmRSS:\t 100 kB")));
  }

  @Test
  void saysUnknownWhenThereIsNoVmHwm() {
    assertEquals(-1, PeakMemory.parseVmHwm(List.of("Name:\tjava")));
    assertEquals(-1, PeakMemory.residentPeak(Path.of("/no/such/status")));
  }

  @Test
  void thisProcessHasAHeapPeakAndNoLessResidentMemoryThanHeapItTouched() {
    byte[] ballast = new byte[8 << 20];
    ballast[ballast.length - 1] = 1;
    PeakMemory peak = PeakMemory.ofThisProcess();
    assertTrue(peak.heapBytes() >= ballast.length, "heap peak " + peak.heapBytes());
    if (peak.rssBytes() >= 0) {
      assertTrue(peak.rssBytes() >= ballast.length, "RSS peak " + peak.rssBytes());
    }
  }
}
