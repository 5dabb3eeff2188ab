package org.parquetframe.kernels.components;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
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
 * <p>Variant: parallel union-find by hooking with CAS on one int array, after M. Sutton,
 * T. Ben-Nun, A. Barak, "Optimizing Parallel Graph Connectivity Computation via Subgraph
 * Sampling" (Afforest), IPDPS 2018: first link each vertex's first edges only, a few rounds with
 * compression in between, so that trees become flat early, then link all other edges and compress
 * fully. A root is hooked only under a smaller label, so each component ends as one tree rooted at
 * its smallest member and the labels are the same for any thread count and interleaving.
 * Afforest's skipping of the largest component is left out: with out-edges only (enough for weak
 * components, each edge once) it would need the transpose, which costs about what it saves.
 */
public final class ConnectedComponents {

    /** Rounds linking only the r-th edge of every vertex, as the paper recommends (2). */
    static final int NEIGHBOUR_ROUNDS = 2;
    /** Work (vertices plus edges) per chunk. */
    static final int DEFAULT_CHUNK_COST = 1 << 14;

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
        Csr out = graph.out();
        int[] offsets = out.offsets();
        int[] targets = out.neighbours();
        int[] bounds = ChunkBounds.byCost(offsets, chunkCost);
        int[] label = new int[graph.vertexCount()];
        KernelPool.forEachRange(threads, bounds, (c, from, to) -> {
            for (int v = from; v < to; v++) {
                label[v] = v;
            }
        });
        for (int r = 0; r < NEIGHBOUR_ROUNDS; r++) {
            int round = r;
            KernelPool.forEachRange(threads, bounds, (c, from, to) -> {
                Cancellation.check(stop);
                for (int u = from; u < to; u++) {
                    int e = offsets[u] + round;
                    if (e < offsets[u + 1]) {
                        link(label, u, targets[e]);
                    }
                }
            });
            compress(label, bounds, threads, stop);
        }
        KernelPool.forEachRange(threads, bounds, (c, from, to) -> {
            Cancellation.check(stop);
            for (int u = from; u < to; u++) {
                for (int e = offsets[u] + NEIGHBOUR_ROUNDS, end = offsets[u + 1]; e < end; e++) {
                    link(label, u, targets[e]);
                }
            }
        });
        compress(label, bounds, threads, stop);
        return label;
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
