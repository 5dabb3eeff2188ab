package org.parquetframe.nativekernels;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.parquetframe.kernels.GraphKernels;
import org.parquetframe.kernels.JvmKernels;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.pagerank.PageRankOptions;

/**
 * Native against JVM for every kernel, in one JVM, on uniform random multigraphs drawn like
 * {@code parquetframe generate-graph} draws them (G(n, m), SplittableRandom(seed), weights 1..100),
 * on 1 and 2 threads; prints a Markdown table of median kernel times and the zero-copy hand-over
 * cost. Kernel time only: reading Parquet and building the CSR are the same for both engines.
 * Run by benchmarks/native-vs-jvm.sh; arguments: {@code vertices:edges ...} (default 100000:1000000
 * 1000000:10000000), e.g. {@code 100000:1000000}.
 */
public final class NativeVsJvmBenchmark {

    private static final int RUNS = 5;

    private NativeVsJvmBenchmark() {
    }

    public static void main(String[] args) {
        NativeLibrary.require();
        List<String> sizes = args.length == 0 ? List.of("100000:1000000", "1000000:10000000") : List.of(args);
        System.out.println("native: " + NativeLibrary.status());
        System.out.printf(Locale.ROOT, "hand-over (pin + release offsets, neighbours, weights) of a 1M/10M graph: %.1f us%n",
                NativeKernels.handOverNanos(1_000_000, 10_000_000, 200) / 1000);
        System.out.println();
        System.out.println("| graph | kernel | threads | jvm ms | native ms | native speed-up |");
        System.out.println("|---|---|---|---|---|---|");
        for (String size : sizes) {
            String[] parts = size.split(":");
            int vertices = Integer.parseInt(parts[0]);
            int edges = Integer.parseInt(parts[1]);
            Graph graph = generate(vertices, edges, 42);
            graph.in(); // built once, as the graph cache keeps it: both engines start from the same state
            for (int threads : new int[] {1, 2}) {
                for (String kernel : List.of("pagerank", "bfs", "dfs", "dijkstra", "shortest_path",
                        "connected_components")) {
                    double[] medians = interleavedMedians(() -> run(JvmKernels.INSTANCE, kernel, graph, threads),
                            () -> run(NativeKernels.get(), kernel, graph, threads));
                    double jvm = medians[0];
                    double fast = medians[1];
                    System.out.printf(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %.2fx |%n", label(vertices, edges),
                            kernel, threads, jvm, fast, jvm / fast);
                }
            }
        }
    }

    private static String label(int vertices, int edges) {
        return vertices / 1000 + "K/" + (edges >= 1_000_000 ? edges / 1_000_000 + "M" : edges / 1000 + "K");
    }

    /** The graph {@code generate-graph} writes for these arguments, with its ids as dense indexes. */
    static Graph generate(int vertices, int edges, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] src = new int[edges];
        int[] dst = new int[edges];
        double[] weights = new double[edges];
        for (int e = 0; e < edges; e++) {
            src[e] = (int) random.nextLong(vertices);
            dst[e] = (int) random.nextLong(vertices);
            weights[e] = 1 + random.nextInt(100);
        }
        return Graph.fromEdges(vertices, src, dst, weights, edges, 2);
    }

    private static Object run(GraphKernels engine, String kernel, Graph graph, int threads) {
        return switch (kernel) {
            case "pagerank" -> engine.pagerank(graph, PageRankOptions.defaults().withThreads(threads));
            case "bfs" -> engine.bfs(graph, 0, true, -1, threads, null);
            case "dfs" -> engine.dfs(graph, 0, true, -1, null);
            case "dijkstra" -> engine.dijkstra(graph, 0, true, threads, null);
            case "shortest_path" -> engine.shortestPath(graph, 0, graph.vertexCount() - 1, true, true, threads, null);
            case "connected_components" -> engine.connectedComponents(graph, threads, null);
            default -> throw new IllegalArgumentException(kernel);
        };
    }

    /**
     * One warm-up run of each, then {@value #RUNS} runs of each alternating, so that a change in
     * the machine's load (it is shared) hits both engines alike; the median of each.
     */
    private static double[] interleavedMedians(Supplier<Object> first, Supplier<Object> second) {
        first.get();
        second.get();
        double[][] times = new double[2][RUNS];
        for (int i = 0; i < RUNS; i++) {
            times[0][i] = millis(first);
            times[1][i] = millis(second);
        }
        Arrays.sort(times[0]);
        Arrays.sort(times[1]);
        return new double[] {times[0][RUNS / 2], times[1][RUNS / 2]};
    }

    private static double millis(Supplier<Object> body) {
        long begin = System.nanoTime();
        body.get();
        return (System.nanoTime() - begin) / 1e6;
    }
}
