package org.parquetframe.benchmarks.report;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Where and when a benchmark ran, recorded beside its results: timings on a shared machine only
 * mean something next to its load average.
 *
 * @param date when the run started (ISO-8601, UTC)
 * @param cores available processors
 * @param maxMemoryBytes total physical memory, or -1 when unknown
 * @param javaVersion Java version and vendor
 * @param os operating system and architecture
 * @param loadAverageAtStart the 1-, 5- and 15-minute load averages when the run started, or "unknown"
 */
public record MachineInfo(String date, int cores, long maxMemoryBytes, String javaVersion, String os,
    String loadAverageAtStart) {

  public static MachineInfo now() {
    return new MachineInfo(Instant.now().toString(), Runtime.getRuntime().availableProcessors(), physicalMemory(),
        System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
        System.getProperty("os.name") + " " + System.getProperty("os.arch"), currentLoadAverage());
  }

  /** The three load averages from /proc/loadavg, e.g. {@code "3.12 2.80 2.41"}, or "unknown". */
  public static String currentLoadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static long physicalMemory() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
      return os.getTotalMemorySize();
    }
    return -1;
  }
}
