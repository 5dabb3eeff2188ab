package org.parquetframe.benchmarks.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The peak memory of this JVM so far. {@code heapBytes} adds up the peak of every heap pool (the
 * pools peak at different moments, so it is an upper bound of the heap ever in use at once);
 * {@code rssBytes} is the process's peak resident set ({@code VmHWM} in /proc/self/status), -1
 * where the system has no /proc.
 */
public record PeakMemory(long heapBytes, long rssBytes) {

  /** The peaks of the running JVM. */
  public static PeakMemory ofThisProcess() {
    long heap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        heap += pool.getPeakUsage().getUsed();
      }
    }
    return new PeakMemory(heap, residentPeak(Path.of("/proc/self/status")));
  }

  /** {@code VmHWM} of a /proc status file (also another process's) in bytes, or -1 when unreadable. */
  public static long residentPeak(Path status) {
    try {
      return parseVmHwm(Files.readAllLines(status));
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The {@code VmHWM:  1234 kB} line of /proc/.../status in bytes, or -1 when absent. */
  static long parseVmHwm(List<String> statusLines) {
    for (String line : statusLines) {
      if (line.startsWith("VmHWM:")) {
        String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
        return Long.parseLong(parts[0]) * 1024;
      }
    }
    return -1;
  }
}
