package org.parquetframe.kernels.traversal;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.parquetframe.kernels.graph.Csr;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.parallel.Cancellation;

/**
 * Depth-first search from one vertex: pre-order discovery numbers, DFS-tree depths and parents
 * (see {@link DfsResult}). Neighbours are tried in the order of their edges in the input: when
 * directed the out-edges; when undirected the out-edges, then the in-edges.
 *
 * <p>Variant: the textbook recursive DFS (Cormen et al., "Introduction to Algorithms", 22.3, in
 * pre-order), run with an explicit stack of (vertex, next edge) so that a path of any length fits
 * in memory: a vertex is numbered when first reached, then its neighbours are tried in order,
 * each entered only if it is still unvisited when its turn comes.
 *
 * <p>With a depth limit, the recursion simply does not enter a neighbour whose tree depth would
 * exceed it. Such a vertex stays unvisited for now and is visited later if a branch reaches it at
 * a depth within the limit; its depth is that of the branch that first enters it, which need not
 * be its shortest distance. Serial: DFS order is inherently sequential.
 */
public final class Dfs {

    /** {@code maxDepth} for no limit. */
    public static final int UNLIMITED = -1;
    /** Stack steps between cancellation checks. */
    private static final int CHECK_INTERVAL = 1 << 16;

    private Dfs() {
    }

    /** The argument checks of {@link #compute}, shared with other engines so that they fail alike. */
    public static void checkArguments(Graph graph, int start, int maxDepth) {
        graph.checkVertex("start", start);
        if (maxDepth < UNLIMITED) {
            throw new IllegalArgumentException("maxDepth must be -1 (unlimited) or >= 0, got " + maxDepth);
        }
    }

    /**
     * Searches from {@code start}, visiting only vertices at tree depth at most {@code maxDepth}
     * ({@link #UNLIMITED} or {@code >= 0}; 0 visits only the start).
     *
     * @param cancelled asked every few thousand steps; null means never cancelled
     * @throws IllegalArgumentException for a start that is not a vertex index or {@code maxDepth < -1}
     * @throws org.parquetframe.kernels.parallel.KernelCancelledException when cancelled
     */
    public static DfsResult compute(Graph graph, int start, boolean directed, int maxDepth,
                                    BooleanSupplier cancelled) {
        checkArguments(graph, start, maxDepth);
        BooleanSupplier stop = cancelled == null ? Cancellation.NEVER : cancelled;
        Cancellation.check(stop);
        int n = graph.vertexCount();
        Csr out = graph.out();
        int[] outOffsets = out.offsets();
        int[] outTargets = out.neighbours();
        int[] inOffsets = null;
        int[] inSources = null;
        if (!directed) {
            Csr in = graph.in();
            inOffsets = in.offsets();
            inSources = in.neighbours();
        }
        int[] discovery = new int[n];
        int[] depth = new int[n];
        int[] parent = new int[n];
        int[] order = new int[n];
        Arrays.fill(discovery, -1);
        Arrays.fill(depth, -1);
        Arrays.fill(parent, -1);

        // stack[k] is the vertex at tree depth k on the current branch; cursor[k] where its scan
        // resumes: an out-edge position p as p, an in-edge position q as ~q (negative).
        int capacity = Math.max(1, Math.min(n, 1024));
        int[] stack = new int[capacity];
        int[] cursor = new int[capacity];
        discovery[start] = 0;
        depth[start] = 0;
        order[0] = start;
        int visited = 1;
        int top = -1;
        if (maxDepth != 0) {
            top = 0;
            stack[0] = start;
            cursor[0] = outOffsets[start];
        }
        long work = 0;
        while (top >= 0) {
            int u = stack[top];
            int c = cursor[top];
            int found = -1;
            if (c >= 0) {
                int end = outOffsets[u + 1];
                while (c < end) {
                    int v = outTargets[c++];
                    if (discovery[v] < 0) {
                        found = v;
                        break;
                    }
                }
                work += c - cursor[top];
                if (found < 0 && inOffsets != null) {
                    c = ~inOffsets[u];
                }
            }
            if (found < 0 && c < 0) {
                int q = ~c;
                int end = inOffsets[u + 1];
                int begin = q;
                while (q < end) {
                    int v = inSources[q++];
                    if (discovery[v] < 0) {
                        found = v;
                        break;
                    }
                }
                work += q - begin;
                c = ~q;
            }
            if (++work >= CHECK_INTERVAL) {
                Cancellation.check(stop);
                work = 0;
            }
            if (found < 0) {
                top--;
                continue;
            }
            cursor[top] = c;
            int d = top + 1;
            discovery[found] = visited;
            depth[found] = d;
            parent[found] = u;
            order[visited++] = found;
            if (d != maxDepth) { // a vertex at the limit has no children to try
                if (d == stack.length) {
                    int grown = (int) Math.min(n, 2L * stack.length);
                    stack = Arrays.copyOf(stack, grown);
                    cursor = Arrays.copyOf(cursor, grown);
                }
                top = d;
                stack[d] = found;
                cursor[d] = outOffsets[found];
            }
        }
        return new DfsResult(discovery, depth, parent, visited == n ? order : Arrays.copyOf(order, visited));
    }
}
