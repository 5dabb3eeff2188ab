package org.parquetframe.kernels.traversal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.parquetframe.kernels.graph.Csr;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.parallel.Cancellation;
import org.parquetframe.kernels.parallel.ChunkBounds;
import org.parquetframe.kernels.parallel.KernelPool;

/**
 * The state of one {@link Bfs} and its three ways of expanding a level. The visit order doubles
 * as the queue: the current level is {@code order[head, tail)} and each step appends the next.
 * Top-down steps scan the out-edges of the level (and in-edges when undirected); bottom-up steps
 * scan the in-edges of unvisited vertices (all edges when undirected). While the search runs the
 * start is its own parent, so that {@code parent[v] >= 0} alone says "visited" to the parallel
 * top-down step, which also keeps claims in {@code parent} as negative codes.
 */
final class BfsLevels {

    private static final VarHandle INTS = MethodHandles.arrayElementVarHandle(int[].class);
    /** Edges scanned between cancellation checks on the caller's thread. */
    private static final int CHECK_INTERVAL = 1 << 16;

    private final Graph graph;
    private final int n;
    private final boolean directed;
    private final int threads;
    private final BooleanSupplier cancelled;
    private final int chunkCost;
    private final int[] outOffsets;
    private final int[] outTargets;
    private int[] inOffsets; // undirected: from the start; directed: once bottom-up needs them
    private int[] inSources;
    private int[] vertexBounds; // chunks of all vertices for bottom-up steps, made on first use
    private FrontierBitmap bitmap; // for bottom-up steps, made on first use
    private final int[] depth;
    private final int[] parent;
    private final int[] order;
    private int startVertex;
    private int head;
    private int tail;
    private long nextScanEdges;
    private final LevelBuffers buffers = new LevelBuffers();

    BfsLevels(Graph graph, boolean directed, int threads, BooleanSupplier cancelled, int chunkCost) {
        this.graph = graph;
        this.n = graph.vertexCount();
        this.directed = directed;
        this.threads = threads;
        this.cancelled = cancelled;
        this.chunkCost = chunkCost;
        Csr out = graph.out();
        this.outOffsets = out.offsets();
        this.outTargets = out.neighbours();
        if (!directed) {
            useInEdges();
        }
        this.depth = new int[n];
        this.parent = new int[n];
        this.order = new int[n];
        Arrays.fill(depth, -1);
        Arrays.fill(parent, -1);
    }

    private void useInEdges() {
        Csr in = graph.in();
        inOffsets = in.offsets();
        inSources = in.neighbours();
    }

    /** Makes {@code start} the only vertex of level 0; returns its top-down scan degree. */
    long start(int start) {
        this.startVertex = start;
        depth[start] = 0;
        parent[start] = start; // until result(): parent[v] >= 0 means visited, see claim()
        order[0] = start;
        head = 0;
        tail = 1;
        return scanDegree(start);
    }

    /** Edges a top-down step would scan from every vertex: each edge once, or twice when undirected. */
    long totalScanEdges() {
        return directed ? outTargets.length : 2L * outTargets.length;
    }

    int levelSize() {
        return tail - head;
    }

    boolean reached(int v) {
        return depth[v] >= 0;
    }

    /** Edges a top-down step would scan from the level the last step appended. */
    long nextLevelScanEdges() {
        return nextScanEdges;
    }

    private long scanDegree(int v) {
        long degree = outOffsets[v + 1] - outOffsets[v];
        return directed ? degree : degree + inOffsets[v + 1] - inOffsets[v];
    }

    BfsResult result() {
        parent[startVertex] = -1;
        return new BfsResult(depth, parent, tail == n ? order : Arrays.copyOf(order, tail), tail);
    }

    // ---- top-down, on the caller's thread: the textbook queue ----

    void topDownSerial(int d) {
        int end = tail;
        int next = tail;
        long scan = 0;
        long work = 0;
        for (int pos = head; pos < end; pos++) {
            int u = order[pos];
            next = visitNew(outOffsets, outTargets, u, d + 1, next);
            if (!directed) {
                next = visitNew(inOffsets, inSources, u, d + 1, next);
            }
            work += 1 + scanDegree(u);
            if (work >= CHECK_INTERVAL) {
                Cancellation.check(cancelled);
                work = 0;
            }
        }
        for (int pos = end; pos < next; pos++) {
            scan += scanDegree(order[pos]);
        }
        advance(next, scan);
    }

    private int visitNew(int[] offsets, int[] targets, int u, int nextDepth, int next) {
        for (int e = offsets[u], end = offsets[u + 1]; e < end; e++) {
            int v = targets[e];
            if (depth[v] < 0) {
                depth[v] = nextDepth;
                parent[v] = u;
                order[next++] = v;
            }
        }
        return next;
    }

    private void advance(int next, long scan) {
        head = tail;
        tail = next;
        nextScanEdges = scan;
        if (bitmap != null) {
            bitmap.forget(); // bottomUp() then advances the bitmap to the new level
        }
    }

    // ---- top-down in parallel: claim, then keep the final claims ----

    /**
     * Each unvisited neighbour is claimed, by CAS, for the earliest frontier position that reaches
     * it, written into {@code parent} as the code {@code -2 - position} (below the -1 of "no
     * parent"); each chunk lists the vertices it claimed successfully, in the order it claimed
     * them. Then each chunk keeps the vertices whose final claim is one of its own positions. The
     * final claimant's chunk met the vertex first at that position's first edge to it, which is
     * where the serial queue appends it, so the kept lists, concatenated in chunk order, are the
     * serial queue's next level whatever the interleaving; and every claim is resolved, so no code
     * outlives the step. Only the edges are scanned once; the second pass reads the short lists.
     */
    void topDownParallel(int d) {
        int[] bounds = frontierBounds();
        buffers.reset(bounds.length - 1);
        KernelPool.forEachRange(threads, bounds, (c, from, to) -> {
            Cancellation.check(cancelled);
            LevelBuffers.Writer claimed = buffers.writer(c);
            for (int pos = from; pos < to; pos++) {
                int u = order[pos];
                claim(outOffsets, outTargets, u, -2 - pos, claimed);
                if (!directed) {
                    claim(inOffsets, inSources, u, -2 - pos, claimed);
                }
            }
            buffers.close(c, claimed);
        });
        KernelPool.forEachRange(threads, bounds, (c, from, to) -> {
            int[] list = buffers.list(c);
            int size = buffers.size(c);
            int highest = -2 - from; // the codes of this chunk's positions
            int lowest = -2 - (to - 1);
            int kept = 0;
            long scan = 0;
            for (int i = 0; i < size; i++) {
                int v = list[i];
                // Other chunks only turn codes that are not ours into vertex indexes (>= 0).
                int code = parent[v];
                if (code >= lowest && code <= highest) {
                    parent[v] = order[-2 - code];
                    depth[v] = d + 1;
                    list[kept++] = v;
                    scan += scanDegree(v);
                }
            }
            buffers.truncate(c, kept, scan);
        });
        int next = buffers.drainInto(order, tail);
        advance(next, buffers.scanEdges());
    }

    private void claim(int[] offsets, int[] targets, int u, int code, LevelBuffers.Writer claimed) {
        for (int e = offsets[u], end = offsets[u + 1]; e < end; e++) {
            int v = targets[e];
            // parent alone tells visited (>= 0), unclaimed (-1) and claimed (a code): one read per edge
            int current = (int) INTS.getOpaque(parent, v);
            if (current < 0) {
                while (current == -1 || current < code) { // unclaimed, or claimed by a later position
                    if (INTS.compareAndSet(parent, v, current, code)) {
                        claimed.add(v, 0);
                        break;
                    }
                    current = (int) INTS.getOpaque(parent, v);
                }
            }
        }
    }

    /** Chunks of the frontier positions with about {@code chunkCost} vertices plus edges each. */
    private int[] frontierBounds() {
        int[] bounds = new int[16];
        int count = 1;
        bounds[0] = head;
        long cost = 0;
        for (int pos = head; pos < tail; pos++) {
            cost += 1 + scanDegree(order[pos]);
            if (cost >= chunkCost || pos == tail - 1) {
                if (count == bounds.length) {
                    bounds = Arrays.copyOf(bounds, count * 2);
                }
                bounds[count++] = pos + 1;
                cost = 0;
            }
        }
        return Arrays.copyOf(bounds, count);
    }

    // ---- bottom-up ----

    /**
     * Every unvisited vertex takes as parent its first in-neighbour (all neighbours when
     * undirected: out, then in) that is in the frontier, read from a {@link FrontierBitmap}. Each
     * chunk spans whole words of the next level's bitmap, which it writes without atomics.
     */
    void bottomUp(int d) {
        if (inOffsets == null) {
            useInEdges();
        }
        if (vertexBounds == null) {
            vertexBounds = ChunkBounds.aligned(ChunkBounds.byCost(directed ? inOffsets : outOffsets, chunkCost),
                    Long.SIZE);
            bitmap = new FrontierBitmap(n);
        }
        bitmap.load(order, head, tail);
        long[] front = bitmap.current();
        long[] next = bitmap.next();
        buffers.reset(vertexBounds.length - 1);
        KernelPool.forEachRange(threads, vertexBounds, (c, from, to) -> {
            Cancellation.check(cancelled);
            FrontierBitmap.clear(next, from, to);
            LevelBuffers.Writer writer = buffers.writer(c);
            for (int v = from; v < to; v++) {
                if (depth[v] < 0) {
                    int p = directed ? -1 : frontierNeighbour(outOffsets, outTargets, v, front);
                    if (p < 0) {
                        p = frontierNeighbour(inOffsets, inSources, v, front);
                    }
                    if (p >= 0) {
                        parent[v] = p;
                        depth[v] = d + 1;
                        FrontierBitmap.add(next, v);
                        writer.add(v, scanDegree(v));
                    }
                }
            }
            buffers.close(c, writer);
        });
        int end = buffers.drainInto(order, tail);
        advance(end, buffers.scanEdges());
        bitmap.advance();
    }

    private static int frontierNeighbour(int[] offsets, int[] sources, int v, long[] front) {
        for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
            int u = sources[e];
            if (FrontierBitmap.contains(front, u)) {
                return u;
            }
        }
        return -1;
    }
}
