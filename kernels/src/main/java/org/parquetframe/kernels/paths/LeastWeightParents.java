package org.parquetframe.kernels.paths;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.parquetframe.kernels.graph.Csr;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.parallel.Cancellation;
import org.parquetframe.kernels.parallel.ChunkBounds;
import org.parquetframe.kernels.parallel.KernelPool;

/**
 * The parent of every reached vertex on one least-weight path, chosen from the final distances
 * alone, so that it does not depend on the engine, the thread count or the order in which a
 * parallel search happened to improve distances. An edge {@code u -> v} of weight {@code w} is
 * tight when {@code distance[u] + w == distance[v]} exactly.
 *
 * <p>The rule: the parent of {@code v} is the smallest vertex index {@code u} with a tight edge
 * {@code u -> v} and {@code distance[u] < distance[v]}. Some vertices have no such edge, only
 * tight edges from vertices at the same distance (zero weights, or weights too small to change
 * a large sum); choosing among those could close a cycle, so they are layered breadth-first
 * instead: a vertex whose same-distance tight neighbours include one that already has a parent
 * (or is the start) takes the smallest such one, and so on, layer by layer. Following parents
 * from any vertex thus reaches the start, and {@code distance[v] == distance[parent] + w} holds at
 * every step, which makes each distance the sum of the weights along its parent chain.
 *
 * <p>The tie layering is serial; it runs only when some vertex needs it.
 */
public final class LeastWeightParents {

    /** Work (vertices plus edges) per chunk. */
    private static final int CHUNK_COST = 1 << 14;

    private final int start;
    private final double[] distance;
    private final double limit;
    private final Csr[] into; // the CSRs whose lists hold, for each v, the u of edges traversed u -> v
    private final Csr[] from; // the CSRs whose lists hold, for each u, the v of edges traversed u -> v
    private final int[] parent;

    private LeastWeightParents(Graph graph, int start, boolean directed, double[] distance, double limit) {
        this.start = start;
        this.distance = distance;
        this.limit = limit;
        this.into = directed ? new Csr[] {graph.in()} : new Csr[] {graph.in(), graph.out()};
        this.from = directed ? new Csr[] {graph.out()} : new Csr[] {graph.out(), graph.in()};
        this.parent = new int[graph.vertexCount()];
    }

    /**
     * The parents of the vertices whose distance is at most {@code limit} (-1 for the start and
     * for every other vertex), given final distances for all of them: every distance up to
     * {@code limit} must be exact, larger ones may be anything.
     *
     * @param limit +Infinity for every reached vertex, or the distance of a search's target
     * @throws org.parquetframe.kernels.parallel.KernelCancelledException when cancelled
     */
    public static int[] of(Graph graph, int start, boolean directed, double[] distance, double limit, int threads,
                           BooleanSupplier cancelled) {
        LeastWeightParents parents = new LeastWeightParents(graph, start, directed, distance, limit);
        BooleanSupplier stop = cancelled == null ? Cancellation.NEVER : cancelled;
        if (parents.closerParents(threads, stop) > 0) {
            parents.layerTies(stop);
        }
        return parents.parent;
    }

    private boolean inScope(int v) {
        double d = distance[v];
        return d <= limit && d != Double.POSITIVE_INFINITY && v != start;
    }

    /** Gives each vertex in scope its closer parent; returns how many have none (ties only). */
    private int closerParents(int threads, BooleanSupplier stop) {
        int[] bounds = ChunkBounds.byCost(into[0].offsets(), CHUNK_COST);
        int[] tied = new int[bounds.length - 1];
        KernelPool.forEachRange(threads, bounds, (c, first, end) -> {
            Cancellation.check(stop);
            int count = 0;
            for (int v = first; v < end; v++) {
                int p = -1;
                if (inScope(v)) {
                    p = smallestTight(v, true);
                    count += p < 0 ? 1 : 0;
                }
                parent[v] = p;
            }
            tied[c] = count;
        });
        return Arrays.stream(tied).sum();
    }

    /**
     * The smallest u with a tight edge u -> v and a smaller distance ({@code closer}), or with the
     * same distance and already a parent (or the start); -1 if none.
     */
    private int smallestTight(int v, boolean closer) {
        double dv = distance[v];
        int best = Integer.MAX_VALUE;
        for (Csr csr : into) {
            int[] offsets = csr.offsets();
            int[] sources = csr.neighbours();
            double[] weights = csr.weights();
            for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                int u = sources[e];
                double du = distance[u];
                if (u < best && du + (weights == null ? 1 : weights[e]) == dv
                        && (closer ? du < dv : du == dv && (u == start || parent[u] >= 0))) {
                    best = u;
                }
            }
        }
        return best == Integer.MAX_VALUE ? -1 : best;
    }

    /**
     * Breadth-first over same-distance tight edges: layer 1 are the tied vertices with such an
     * edge from a vertex that has a parent; layer k+1 those reached from layer k. Each takes the
     * smallest vertex of the previous layer with a tight edge to it.
     */
    private void layerTies(BooleanSupplier stop) {
        int n = parent.length;
        int[] layerOf = new int[n]; // k for the tied vertices of layer k, 0 for all others
        int[] layer = new int[16];
        int[] layerParents = new int[16];
        int size = 0;
        for (int v = 0; v < n; v++) {
            int p = inScope(v) && parent[v] < 0 ? smallestTight(v, false) : -1;
            if (p >= 0) {
                layer = append(layer, size, v);
                layerParents = append(layerParents, size++, p);
            }
        }
        for (int i = 0; i < size; i++) { // only now: layer 1 must not serve as parents within layer 1
            parent[layer[i]] = layerParents[i];
            layerOf[layer[i]] = 1;
        }
        for (int k = 1; size > 0; k++) {
            Cancellation.check(stop);
            int[] next = new int[16];
            int nextSize = 0;
            for (int i = 0; i < size; i++) {
                int u = layer[i];
                double du = distance[u];
                for (Csr csr : from) {
                    int[] offsets = csr.offsets();
                    int[] targets = csr.neighbours();
                    double[] weights = csr.weights();
                    for (int e = offsets[u], end = offsets[u + 1]; e < end; e++) {
                        int v = targets[e];
                        if (distance[v] != du || du + (weights == null ? 1 : weights[e]) != du || !inScope(v)) {
                            continue;
                        }
                        if (parent[v] < 0) {
                            parent[v] = u;
                            layerOf[v] = k + 1;
                            next = append(next, nextSize++, v);
                        } else if (layerOf[v] == k + 1 && u < parent[v]) {
                            parent[v] = u;
                        }
                    }
                }
            }
            layer = next;
            size = nextSize;
        }
    }

    private static int[] append(int[] list, int size, int v) {
        int[] target = size == list.length ? Arrays.copyOf(list, size * 2) : list;
        target[size] = v;
        return target;
    }
}
