package org.parquetframe.kernels.components;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.IntBinaryOperator;
import org.parquetframe.kernels.graph.Csr;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.parallel.Cancellation;
import org.parquetframe.kernels.parallel.ChunkBounds;
import org.parquetframe.kernels.parallel.KernelPool;

/**
 * Weakly connected components: every vertex's label is the smallest dense index in its component
 * (isolated vertices are their own component). {@link #labelBySmallest} relabels by any other
 * order, such as the order of the original vertex ids.
 *
 * <p>Variant: Afforest, M. Sutton, T. Ben-Nun, A. Barak, "Optimizing Parallel Graph Connectivity
 * Computation via Subgraph Sampling", IPDPS 2018, as the GAP Benchmark Suite's {@code cc.cc} runs
 * it: parallel union-find by hooking with CAS on one int array (after Shiloach and Vishkin, 1982).
 * First only each vertex's first two out-edges are linked, one round each with compression in
 * between, which already joins most of the giant component; then the most frequent label among
 * 1024 sampled vertices names that component, and only vertices outside it link their remaining
 * edges, out-edges and in-edges both (the in-edge CSR stands in for the skipped vertices' side of
 * edges that leave the component). An edge is skipped only when both its ends were in the
 * sampled component's tree, which joins them already. A root is hooked only under a smaller
 * label, so each component ends as one tree rooted at its smallest member and the labels are the
 * same for any thread count and interleaving. Builds {@link Graph#in()} if it does not exist yet.
 */
public final class ConnectedComponents {

    /** Rounds linking only the r-th edge of every vertex, as the paper recommends (2). */
    static final int NEIGHBOUR_ROUNDS = 2;
    /** Work (vertices plus edges) per chunk. */
    static final int DEFAULT_CHUNK_COST = 1 << 14;

    /** Vertices sampled to find the giant component, as in the paper and GAP. */
    static final int SAMPLES = 1024;
    private static final long SAMPLE_SEED = 0x5EED;

    private static final VarHandle INTS = MethodHandles.arrayElementVarHandle(int[].class);

    private ConnectedComponents() {
    }

    /**
     * The component label of every vertex, on up to {@code threads} threads.
     *
     * @param cancelled asked between chunks; null means never cancelled
     * @throws IllegalArgumentException when {@code threads < 1}
     * @throws org.parquetframe.kernels.parallel.KernelCancelledException when cancelled
     */
    public static int[] compute(Graph graph, int threads, BooleanSupplier cancelled) {
        return compute(graph, threads, cancelled, DEFAULT_CHUNK_COST);
    }

    /** With a chosen chunk size, so that tests can split small graphs into many racing chunks. */
    static int[] compute(Graph graph, int threads, BooleanSupplier cancelled, int chunkCost) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        BooleanSupplier stop = cancelled == null ? Cancellation.NEVER : cancelled;
        Cancellation.check(stop);
        int[] bounds = ChunkBounds.byCost(graph.out().offsets(), chunkCost);
        int[] label = new int[graph.vertexCount()];
        KernelPool.forEachRange(threads, bounds, (c, from, to) -> {
            for (int v = from; v < to; v++) {
                label[v] = v;
            }
        });
        for (int r = 0; r < NEIGHBOUR_ROUNDS; r++) {
            linkNthOutEdges(graph.out(), r, label, bounds, threads, stop);
            compress(label, bounds, threads, stop);
        }
        linkOutside(mostFrequentLabel(label), graph, label, bounds, threads, stop);
        compress(label, bounds, threads, stop);
        return label;
    }

    /** Links every vertex's {@code n}-th out-edge, if it has one: a sampling round. */
    private static void linkNthOutEdges(Csr out, int n, int[] label, int[] bounds, int threads, BooleanSupplier stop) {
        int[] offsets = out.offsets();
        int[] targets = out.neighbours();
        KernelPool.forEachRange(threads, bounds, (c, from, to) -> {
            Cancellation.check(stop);
            for (int u = from; u < to; u++) {
                int e = offsets[u] + n;
                if (e < offsets[u + 1]) {
                    link(label, u, targets[e]);
                }
            }
        });
    }

    /** Links the edges the sampling rounds left, out and in, of every vertex not labelled {@code giant}. */
    private static void linkOutside(int giant, Graph graph, int[] label, int[] bounds, int threads,
                                    BooleanSupplier stop) {
        int[] offsets = graph.out().offsets();
        int[] targets = graph.out().neighbours();
        int[] inOffsets = graph.in().offsets();
        int[] sources = graph.in().neighbours();
        KernelPool.forEachRange(threads, bounds, (c, from, to) -> {
            Cancellation.check(stop);
            for (int u = from; u < to; u++) {
                if ((int) INTS.getOpaque(label, u) == giant) {
                    continue;
                }
                for (int e = offsets[u] + NEIGHBOUR_ROUNDS, end = offsets[u + 1]; e < end; e++) {
                    link(label, u, targets[e]);
                }
                for (int e = inOffsets[u], end = inOffsets[u + 1]; e < end; e++) {
                    link(label, u, sources[e]);
                }
            }
        });
    }

    /**
     * The label most often seen at {@value #SAMPLES} vertices drawn with a fixed seed (ties to the
     * smaller label): after the sampling rounds, almost surely the giant component's root. Only
     * which edges are skipped depends on it, never the result.
     */
    static int mostFrequentLabel(int[] label) {
        int n = label.length;
        if (n == 0) {
            return -1;
        }
        SplittableRandom random = new SplittableRandom(SAMPLE_SEED);
        int[] sample = new int[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            sample[i] = label[random.nextInt(n)];
        }
        Arrays.sort(sample);
        int best = sample[0];
        int bestCount = 0;
        for (int i = 0, run; i < SAMPLES; i += run) {
            run = 1;
            while (i + run < SAMPLES && sample[i + run] == sample[i]) {
                run++;
            }
            if (run > bestCount) {
                best = sample[i];
                bestCount = run;
            }
        }
        return best;
    }

    /**
     * Puts u and v in one tree. Invariant: {@code label[x] <= x}, and {@code label[x]} is in x's
     * component. Climbs from both ends until they meet, or the larger of the two is a root, which
     * is then hooked under the smaller by CAS (retrying from its new parent if another thread
     * hooked it first). The larger of the two strictly decreases each turn, so this terminates.
     */
    private static void link(int[] label, int u, int v) {
        int a = (int) INTS.getOpaque(label, u);
        int b = (int) INTS.getOpaque(label, v);
        while (a != b) {
            if (a < b) {
                int t = a;
                a = b;
                b = t;
            }
            int up = (int) INTS.getOpaque(label, a);
            if (up == b) {
                return;
            }
            if (up == a && INTS.compareAndSet(label, a, a, b)) {
                return;
            }
            a = (int) INTS.getOpaque(label, a);
            b = (int) INTS.getOpaque(label, b);
        }
    }

    /** Points every vertex straight at its root; no links run meanwhile, so roots stay roots. */
    private static void compress(int[] label, int[] bounds, int threads, BooleanSupplier stop) {
        KernelPool.forEachRange(threads, bounds, (c, from, to) -> {
            Cancellation.check(stop);
            for (int v = from; v < to; v++) {
                int root = (int) INTS.getOpaque(label, v);
                int up;
                while ((up = (int) INTS.getOpaque(label, root)) != root) {
                    root = up;
                }
                INTS.setOpaque(label, v, root);
            }
        });
    }

    /**
     * Relabels components so that each one's label is its smallest member under {@code compare}
     * (negative when its first vertex index sorts before its second), for example the order of the
     * vertex ids behind the dense indexes; ties go to the smaller index. Labels in
     * {@code component} must be vertex indexes, as {@link #compute} returns; the result is new.
     *
     * @throws IllegalArgumentException for a label outside {@code [0, component.length)}
     */
    public static int[] labelBySmallest(int[] component, IntBinaryOperator compare) {
        int n = component.length;
        int[] smallest = new int[n];
        Arrays.fill(smallest, -1);
        for (int v = 0; v < n; v++) {
            int c = component[v];
            if (c < 0 || c >= n) {
                throw new IllegalArgumentException("component labels must be vertex indexes in [0, " + n
                        + "), but vertex " + v + " has label " + c);
            }
            int s = smallest[c];
            if (s < 0 || compare.applyAsInt(v, s) < 0) {
                smallest[c] = v;
            }
        }
        int[] relabelled = new int[n];
        for (int v = 0; v < n; v++) {
            relabelled[v] = smallest[component[v]];
        }
        return relabelled;
    }
}
