package org.parquetframe.kernels.graph;

import java.util.Arrays;
import org.parquetframe.kernels.parallel.ChunkBounds;
import org.parquetframe.kernels.parallel.KernelPool;

/**
 * Builds a {@link Graph} from edges that the caller can hand over twice, batch by batch in the same
 * order (by reading a file twice, say), without ever holding the whole edge list: the first pass
 * counts each vertex's degree in both directions, the second places each edge straight into both
 * CSRs. Each vertex's edges keep their input order in both directions, as {@link Graph} promises.
 *
 * <p>Memory beyond the finished graph is one batch of the caller's; with {@link Graph#fromEdges}
 * the whole edge list (8 bytes per edge) lives alongside the CSRs while they are built.
 *
 * <p>Work in each batch is split by direction and, with more than two threads, by ranges of vertices,
 * so that every thread writes its own counters and positions: no atomics, and the graph never
 * depends on the thread count.
 */
public final class GraphBuilder {

    /** Below this many edges a batch is handled by the caller alone: handing it out costs more. */
    private static final int PARALLEL_MIN_BATCH = 1 << 14;

    private final boolean weighted;
    private final int threads;
    // Counting: degrees at [v]. Placing: the next free position of v; then shifted into offsets.
    private int[] outOffsets = new int[16];
    private int[] inOffsets = new int[16];
    private long counted;
    private int vertexCount = -1; // set when placing starts
    private long placed;
    private int[] outNeighbours;
    private int[] inNeighbours;
    private double[] outWeights;
    private double[] inWeights;
    private int[] outBounds;
    private int[] inBounds;
    private long outEndsChecksum;
    private long inEndsChecksum;

    /** A builder for an unweighted or weighted graph that splits each batch over up to {@code threads} threads. */
    public GraphBuilder(boolean weighted, int threads) {
        this.weighted = weighted;
        this.threads = Math.max(1, threads);
    }

    /**
     * First pass: counts the edges {@code src[e] -> dst[e]} for {@code e < count}. Every id must lie
     * in {@code [0, vertexCount)}; {@code vertexCount} may grow from one batch to the next.
     *
     * @throws IllegalArgumentException when an id is outside that range, or the edges exceed what a
     *     CSR holds
     * @throws IllegalStateException once placing has started
     */
    public void count(int[] src, int[] dst, int count, int vertexCount) {
        if (this.vertexCount >= 0) {
            throw new IllegalStateException("edges are counted before any is placed");
        }
        Csr.checkEdgeCount(counted + count);
        if (vertexCount > outOffsets.length) {
            int capacity = (int) Math.min(Csr.MAX_EDGES, Math.max(vertexCount, 2L * outOffsets.length));
            outOffsets = Arrays.copyOf(outOffsets, capacity);
            inOffsets = Arrays.copyOf(inOffsets, capacity);
        }
        int[] outDegrees = outOffsets;
        int[] inDegrees = inOffsets;
        int parts = parts(count);
        int[] bounds = ChunkBounds.uniform(vertexCount, parts);
        KernelPool.forEachChunk(workers(count), 2 * parts, 1, (task, from, to) -> {
            boolean out = task < parts;
            int part = task % parts;
            countKeys(out ? src : dst, count, bounds[part], bounds[part + 1], vertexCount, out ? outDegrees : inDegrees);
        });
        counted += count;
    }

    private static void countKeys(int[] keys, int count, int lo, int hi, int vertexCount, int[] degrees) {
        for (int e = 0; e < count; e++) {
            int k = keys[e];
            if (k >= lo && k < hi) {
                degrees[k]++;
            } else if (k < 0 || k >= vertexCount) {
                throw new IllegalArgumentException("vertex index " + k + " at edge " + e
                        + " of the batch is not in [0, vertexCount = " + vertexCount + ")");
            }
        }
    }

    /**
     * Ends counting: the graph has {@code vertexCount} vertices (at least as many as any counted id
     * needs) and every counted edge must now be placed, in the same order.
     */
    public void startPlacing(int vertexCount) {
        if (this.vertexCount >= 0) {
            throw new IllegalStateException("placing has started already");
        }
        if (vertexCount < 0 || vertexCount > Csr.MAX_EDGES - 1) {
            throw new IllegalArgumentException(
                    "vertexCount must be in [0, " + (Csr.MAX_EDGES - 1) + "], got " + vertexCount);
        }
        outOffsets = starts(outOffsets, vertexCount);
        inOffsets = starts(inOffsets, vertexCount);
        outEndsChecksum = checksum(outOffsets, 1, vertexCount);
        inEndsChecksum = checksum(inOffsets, 1, vertexCount);
        this.vertexCount = vertexCount;
        int edges = (int) counted;
        outNeighbours = new int[edges];
        inNeighbours = new int[edges];
        outWeights = weighted ? new double[edges] : null;
        inWeights = weighted ? new double[edges] : null;
        int parts = Math.max(1, Math.min(threads / 2, vertexCount));
        outBounds = CsrBuilder.edgeBalancedBounds(outOffsets, vertexCount, edges, parts);
        inBounds = CsrBuilder.edgeBalancedBounds(inOffsets, vertexCount, edges, parts);
    }

    /** Degrees at [v] become the start of each vertex's edges, in an array of vertexCount + 1. */
    private int[] starts(int[] degrees, int vertexCount) {
        for (int v = vertexCount; v < degrees.length; v++) {
            if (degrees[v] != 0) {
                throw new IllegalArgumentException("vertexCount " + vertexCount + " leaves out vertex " + v
                        + ", which has edges");
            }
        }
        int[] starts = degrees.length == vertexCount + 1 ? degrees : Arrays.copyOf(degrees, vertexCount + 1);
        int sum = 0;
        for (int v = 0; v < vertexCount; v++) {
            int degree = starts[v];
            starts[v] = sum;
            sum += degree;
        }
        starts[vertexCount] = sum;
        return starts;
    }

    /**
     * Second pass: places the edges {@code src[e] -> dst[e]} with weight {@code weights[e]} (ignored
     * when unweighted) for {@code e < count}, which must be the next edges of the counted sequence.
     */
    public void place(int[] src, int[] dst, double[] weights, int count) {
        if (vertexCount < 0) {
            throw new IllegalStateException("call startPlacing before placing edges");
        }
        if (placed + count > counted) {
            throw new IllegalStateException("more edges placed (" + (placed + count) + ") than counted (" + counted
                    + "): the second pass must give the same edges as the first");
        }
        if (weighted && (weights == null || weights.length < count)) {
            throw new IllegalArgumentException("a weighted graph needs a weight for each of the " + count + " edges");
        }
        int parts = outBounds.length - 1;
        KernelPool.forEachChunk(workers(count), 2 * parts, 1, (task, from, to) -> {
            if (task < parts) {
                scatter(src, dst, weights, count, outBounds[task], outBounds[task + 1], outOffsets, outNeighbours,
                        outWeights);
            } else {
                int part = task - parts;
                scatter(dst, src, weights, count, inBounds[part], inBounds[part + 1], inOffsets, inNeighbours,
                        inWeights);
            }
        });
        placed += count;
    }

    private void scatter(int[] keys, int[] values, double[] weights, int count, int lo, int hi, int[] cursors,
                         int[] neighbours, double[] sortedWeights) {
        try {
            for (int e = 0; e < count; e++) {
                int k = keys[e];
                if (k >= lo && k < hi) {
                    int p = cursors[k]++;
                    neighbours[p] = values[e];
                    if (sortedWeights != null) {
                        sortedWeights[p] = weights[e];
                    }
                } else if (k < 0 || k >= vertexCount) {
                    throw differentEdges();
                }
            }
        } catch (ArrayIndexOutOfBoundsException e) { // a vertex got more edges than counted, past the last
            throw differentEdges();
        }
    }

    /**
     * The graph, once every counted edge was placed. Checks that each vertex received exactly the
     * edges counted for it, so that a second pass that differs from the first cannot go unnoticed.
     */
    public Graph build() {
        if (vertexCount < 0) {
            startPlacing(0);
        }
        if (placed != counted) {
            throw new IllegalStateException(placed + " of the " + counted + " counted edges were placed");
        }
        Csr out = new Csr(ends(outOffsets, outEndsChecksum), outNeighbours, outWeights);
        Csr in = new Csr(ends(inOffsets, inEndsChecksum), inNeighbours, inWeights);
        outOffsets = null;
        inOffsets = null;
        return new Graph(vertexCount, out, in);
    }

    /**
     * After placing, cursor[v] is the end of v's edges, which must be the start of v + 1's: a
     * checksum of the ends, weighted by vertex, tells (but for a 2^-64 chance) whether every vertex
     * got exactly its counted edges. Then the ends shift into offsets.
     */
    private int[] ends(int[] cursors, long expectedChecksum) {
        if (checksum(cursors, 0, vertexCount) != expectedChecksum) {
            throw differentEdges();
        }
        System.arraycopy(cursors, 0, cursors, 1, vertexCount);
        cursors[0] = 0;
        return cursors;
    }

    /** Sum over v in [0, n) of a pseudo-random weight of v times {@code positions[from + v]}. */
    private static long checksum(int[] positions, int from, int n) {
        long sum = 0;
        for (int v = 0; v < n; v++) {
            long weight = (v + 1L) * 0x9E3779B97F4A7C15L;
            sum += (weight ^ weight >>> 29) * positions[from + v];
        }
        return sum;
    }

    private int parts(int count) {
        return count < PARALLEL_MIN_BATCH ? 1 : Math.max(1, threads / 2);
    }

    private int workers(int count) {
        return count < PARALLEL_MIN_BATCH ? 1 : threads;
    }

    private static IllegalStateException differentEdges() {
        return new IllegalStateException("the edges placed differ from the edges counted: the second pass must give "
                + "the same edges, in the same order, as the first");
    }
}
