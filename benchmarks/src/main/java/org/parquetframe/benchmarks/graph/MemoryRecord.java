package org.parquetframe.benchmarks.graph;

import org.parquetframe.benchmarks.report.PeakMemory;

/** The peak memory of one system's process over all its runs on one graph. */
public record MemoryRecord(String system, String model, long edges, PeakMemory peak) {}
