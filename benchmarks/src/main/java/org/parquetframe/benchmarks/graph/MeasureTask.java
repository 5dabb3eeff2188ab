package org.parquetframe.benchmarks.graph;

import java.util.List;

/**
 * What one measuring process is asked to do, handed to it as one JSON argument: which system
 * runs which kernels on which graph file, how often, and with which warm-up file.
 *
 * @param system {@link BenchOptions#PARQUETFRAME} or {@link BenchOptions#JGRAPHT}
 * @param dataDir the directory holding the Parquet files (the JDBC data root)
 * @param model graph model name
 * @param edges edge count
 * @param table the graph's table name (its file is {@code table + ".parquet"})
 * @param warmupTable a small graph run once, untimed, to load classes and warm the JIT
 * @param warmupStart start vertex (and shortest-path target) on the warm-up graph
 * @param warmupRounds untimed rounds of every kernel on the warm-up graph before measuring
 * @param start start vertex of the single-source kernels
 * @param target target vertex of {@code shortest_path}
 * @param kernels kernels by SQL name
 * @param reps timed repetitions
 * @param threads ParquetFrame's {@code threads}
 * @param budgetSeconds the process's time budget (JGraphT stops repeating its build past a quarter of it)
 */
public record MeasureTask(String system, String dataDir, String model, long edges, String table, String warmupTable,
    long warmupStart, int warmupRounds, long start, long target, List<String> kernels, int reps, int threads,
    int budgetSeconds) {}
