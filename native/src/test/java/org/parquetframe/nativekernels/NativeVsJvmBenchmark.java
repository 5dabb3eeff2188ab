package org.parquetframe.nativekernels;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.parquetframe.kernels.GraphKernels;
import org.parquetframe.kernels.JvmKernels;
import org.parquetframe.kernels.graph.Csr;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.pagerank.PageRankOptions;

/**
 * A developer's timing tool, not a test: native against JVM for every kernel, in one JVM, on
 * uniform random multigraphs drawn like {@code parquetframe generate-graph} draws them (G(n, m),
 * SplittableRandom(seed), weights 1..100), on 1 and 2 threads; prints a Markdown table of median
 * kernel times and the zero-copy hand-over cost. Kernel time only: reading Parquet and building
 * the CSR are the same for both engines.
 *
 * <p>Arguments: {@code vertices:edges ...} (default 100000:1000000 1000000:10000000), then
 * options: {@code --runs N} (timed runs per engine, default 5), {@code --threads 1,2},
 * {@code --kernels pagerank,bfs,...}, {@code --engines jvm,native}, {@code --cpu} (report the
 * process's CPU time instead of the elapsed time: the work done, which a loaded machine inflates
 * less than the elapsed time), and {@code --write-wel FILE},
 * which writes the last graph as a weighted edge list ("src dst weight" lines, the format of the
 * GAP Benchmark Suite) and exits. PageRank runs exactly 20 iterations (tolerance 0) on the graph
 * without its weights, as GAP's {@code pr -i20 -t0} does. Run by
 * native/src/test/scripts/kernels-vs-gap.sh and benchmarks/native-vs-jvm.sh.
 */
public final class NativeVsJvmBenchmark {

    private static final List<String> KERNELS = List.of("pagerank", "bfs", "dfs", "dijkstra", "shortest_path",
            "connected_components");

    private NativeVsJvmBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> sizes = new ArrayList<>();
        int runs = 5;
        int[] threadCounts = {1, 2};
        List<String> kernels = KERNELS;
        List<String> engines = List.of("jvm", "native");
        Path wel = null;
        boolean cpu = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--threads" -> threadCounts = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt)
                        .toArray();
                case "--kernels" -> kernels = List.of(args[++i].split(","));
                case "--engines" -> engines = List.of(args[++i].split(","));
                case "--write-wel" -> wel = Path.of(args[++i]);
                case "--cpu" -> cpu = true;
                default -> sizes.add(args[i]);
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of("100000:1000000", "1000000:10000000");
        }
        if (wel != null) {
            int[] size = parse(sizes.get(sizes.size() - 1));
            writeWeightedEdgeList(size[0], size[1], 42, wel);
            return;
        }
        List<GraphKernels> implementations = new ArrayList<>();
        for (String engine : engines) {
            implementations.add(engine.equals("native") ? NativeKernels.get() : JvmKernels.INSTANCE);
        }
        if (engines.contains("native")) {
            System.out.println("native: " + NativeLibrary.status());
            System.out.printf(Locale.ROOT, "hand-over (pin + release offsets, neighbours, weights) of a 1M/10M graph:"
                    + " %.1f us%n", NativeKernels.handOverNanos(1_000_000, 10_000_000, 200) / 1000);
        }
        System.out.println();
        String unit = cpu ? " cpu ms" : " ms";
        System.out.println("| graph | kernel | threads | " + String.join(unit + " | ", engines) + unit + " |");
        System.out.println("|---|---|---|" + "---|".repeat(engines.size()));
        for (String size : sizes) {
            int[] parsed = parse(size);
            Graph graph = generate(parsed[0], parsed[1], 42);
            graph.in(); // built once, as the graph cache keeps it: every engine starts from the same state
            // PageRank without weights, as GAP's and NetworkX's default: the weighted sweep reads 8 bytes more per edge
            Graph unweighted = kernels.contains("pagerank") ? withoutWeights(graph) : graph;
            for (int threads : threadCounts) {
                for (String kernel : kernels) {
                    List<Supplier<Object>> bodies = new ArrayList<>();
                    for (GraphKernels engine : implementations) {
                        Graph input = kernel.equals("pagerank") ? unweighted : graph;
                        bodies.add(() -> run(engine, kernel, input, threads));
                    }
                    double[] medians = interleavedMedians(bodies, runs, cpu);
                    StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %s | %d |",
                            label(parsed[0], parsed[1]), kernel, threads));
                    for (double median : medians) {
                        row.append(String.format(Locale.ROOT, " %.1f |", median));
                    }
                    System.out.println(row);
                }
            }
        }
    }

    private static int[] parse(String size) {
        String[] parts = size.split(":");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    private static String label(int vertices, int edges) {
        return vertices / 1000 + "K/" + (edges >= 1_000_000 ? edges / 1_000_000 + "M" : edges / 1000 + "K");
    }

    /** The graph {@code generate-graph} writes for these arguments, with its ids as dense indexes. */
    static Graph generate(int vertices, int edges, long seed) {
        int[] src = new int[edges];
        int[] dst = new int[edges];
        double[] weights = new double[edges];
        draw(vertices, edges, seed, src, dst, weights);
        return Graph.fromEdges(vertices, src, dst, weights, edges, 2);
    }

    /** The same edges without weights, both directions built. */
    private static Graph withoutWeights(Graph graph) {
        Csr out = graph.out();
        int[] src = new int[graph.edgeCount()];
        for (int v = 0; v < graph.vertexCount(); v++) {
            Arrays.fill(src, out.offsets()[v], out.offsets()[v + 1], v);
        }
        Graph unweighted = Graph.fromEdges(graph.vertexCount(), src, out.neighbours().clone(), null, src.length, 2);
        unweighted.in();
        return unweighted;
    }

    private static void draw(int vertices, int edges, long seed, int[] src, int[] dst, double[] weights) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int e = 0; e < edges; e++) {
            src[e] = (int) random.nextLong(vertices);
            dst[e] = (int) random.nextLong(vertices);
            weights[e] = 1 + random.nextInt(100);
        }
    }

    /** The same graph as {@link #generate}, as "src dst weight" lines for the GAP Benchmark Suite. */
    private static void writeWeightedEdgeList(int vertices, int edges, long seed, Path file) {
        int[] src = new int[edges];
        int[] dst = new int[edges];
        double[] weights = new double[edges];
        draw(vertices, edges, seed, src, dst, weights);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            StringBuilder line = new StringBuilder(32);
            for (int e = 0; e < edges; e++) {
                line.setLength(0);
                line.append(src[e]).append(' ').append(dst[e]).append(' ').append((int) weights[e]).append('\n');
                out.append(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object run(GraphKernels engine, String kernel, Graph graph, int threads) {
        return switch (kernel) {
            case "pagerank" -> engine.pagerank(graph, PageRankOptions.defaults().withMaxIterations(20)
                    .withTolerance(0).withThreads(threads));
            case "bfs" -> engine.bfs(graph, 0, true, -1, threads, null);
            case "dfs" -> engine.dfs(graph, 0, true, -1, null);
            case "dijkstra" -> engine.dijkstra(graph, 0, true, threads, null);
            case "shortest_path" -> engine.shortestPath(graph, 0, graph.vertexCount() - 1, true, true, threads, null);
            case "connected_components" -> engine.connectedComponents(graph, threads, null);
            default -> throw new IllegalArgumentException("unknown kernel " + kernel + "; known: " + KERNELS);
        };
    }

    /**
     * One warm-up run of each, then {@code runs} rounds running each once in turn, so that a
     * change in the machine's load (it is shared) hits every engine alike; the median of each.
     */
    private static double[] interleavedMedians(List<Supplier<Object>> bodies, int runs, boolean cpu) {
        bodies.forEach(Supplier::get);
        double[][] times = new double[bodies.size()][runs];
        for (int i = 0; i < runs; i++) {
            for (int b = 0; b < bodies.size(); b++) {
                times[b][i] = millis(bodies.get(b), cpu);
            }
        }
        double[] medians = new double[bodies.size()];
        for (int b = 0; b < bodies.size(); b++) {
            Arrays.sort(times[b]);
            medians[b] = times[b][runs / 2];
        }
        return medians;
    }

    private static double millis(Supplier<Object> body, boolean cpu) {
        long begin = cpu ? processCpuNanos() : System.nanoTime();
        body.get();
        return ((cpu ? processCpuNanos() : System.nanoTime()) - begin) / 1e6;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
