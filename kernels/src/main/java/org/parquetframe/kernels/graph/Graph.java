package org.parquetframe.kernels.graph;

import org.parquetframe.kernels.parallel.KernelPool;

/**
 * A directed multigraph over dense vertex indexes {@code 0..vertexCount-1}, as the kernels read
 * it: out-edges and in-edges in CSR form. Every input edge is kept, duplicates (parallel edges)
 * and self-loops included, and each vertex's edges, in either direction, appear in the order of
 * the input edge list.
 *
 * <p>{@link #in()} is built on first use (once, thread-safely) from the edge arrays given to
 * {@link #fromEdges}, which the graph keeps until then without copying: callers hand those arrays
 * over and must not modify them afterwards.
 */
public final class Graph {

    /** Edges per chunk when validating ids; fixed so that work split never depends on threads. */
    private static final int VALIDATION_CHUNK = 1 << 16;

    private final int vertexCount;
    private final int edgeCount;
    private final boolean weighted;
    private final int threads;
    private final Csr out;
    private final Object inLock = new Object();
    private volatile Csr in;
    // The edge list, kept for building in() lazily; released once in() exists. Guarded by inLock.
    private int[] src;
    private int[] dst;
    private double[] weights;

    private Graph(int vertexCount, int[] src, int[] dst, double[] weights, int edgeCount, int threads) {
        this.vertexCount = vertexCount;
        this.edgeCount = edgeCount;
        this.weighted = weights != null;
        this.threads = threads;
        this.src = src;
        this.dst = dst;
        this.weights = weights;
        this.out = CsrBuilder.build(vertexCount, src, dst, weights, edgeCount, threads);
    }

    /** A graph of two CSRs built together by {@link GraphBuilder}, which guarantees that they agree. */
    Graph(int vertexCount, Csr out, Csr in) {
        this.vertexCount = vertexCount;
        this.edgeCount = out.edgeCount();
        this.weighted = out.weights() != null;
        this.threads = 1;
        this.out = out;
        this.in = in;
    }

    /**
     * Builds the graph of edges {@code src[e] -> dst[e]} (weight {@code weights[e]}) for
     * {@code e < edgeCount}; the arrays may be longer than {@code edgeCount}. Builds out() now
     * and in() on first use, on up to {@code threads} threads ({@code <= 1}: the caller only);
     * the result never depends on the thread count.
     *
     * @param weights edge weights, or null for an unweighted graph; not checked (kernels that
     *     need, say, non-negative weights check them)
     * @throws IllegalArgumentException when a count is negative or too large, an array is
     *     missing or shorter than {@code edgeCount}, or an id is outside {@code [0, vertexCount)}
     */
    public static Graph fromEdges(int vertexCount, int[] src, int[] dst, double[] weights, int edgeCount,
                                  int threads) {
        if (vertexCount < 0 || vertexCount > Csr.MAX_EDGES - 1) {
            throw new IllegalArgumentException(
                    "vertexCount must be in [0, " + (Csr.MAX_EDGES - 1) + "], got " + vertexCount);
        }
        if (edgeCount < 0) {
            throw new IllegalArgumentException("edgeCount must be >= 0, got " + edgeCount);
        }
        Csr.checkEdgeCount(edgeCount);
        checkLength("src", src == null ? -1 : src.length, edgeCount);
        checkLength("dst", dst == null ? -1 : dst.length, edgeCount);
        if (weights != null) {
            checkLength("weights", weights.length, edgeCount);
        }
        KernelPool.forEachChunk(threads, edgeCount, VALIDATION_CHUNK, (c, from, to) -> {
            checkIds("src", src, from, to, vertexCount);
            checkIds("dst", dst, from, to, vertexCount);
        });
        return new Graph(vertexCount, src, dst, weights, edgeCount, threads);
    }

    private static void checkLength(String name, int length, int edgeCount) {
        if (length < edgeCount) {
            throw new IllegalArgumentException(name + " must hold at least edgeCount = " + edgeCount
                    + " elements, but " + (length < 0 ? "is null" : "holds " + length));
        }
    }

    private static void checkIds(String name, int[] ids, int from, int to, int vertexCount) {
        for (int e = from; e < to; e++) {
            int id = ids[e];
            if (id < 0 || id >= vertexCount) {
                throw new IllegalArgumentException(name + "[" + e + "] = " + id
                        + " is not a vertex index: ids must be in [0, vertexCount = " + vertexCount + ")");
            }
        }
    }

    public int vertexCount() {
        return vertexCount;
    }

    public int edgeCount() {
        return edgeCount;
    }

    /** Whether the edges carry weights (then both CSRs have {@code weights() != null}). */
    public boolean weighted() {
        return weighted;
    }

    /** Out-edges: the neighbours of {@code v} are the targets of its edges, in input order. */
    public Csr out() {
        return out;
    }

    /** In-edges (the transpose): the neighbours of {@code v} are the sources of edges into it, in input order. */
    public Csr in() {
        Csr result = in;
        if (result == null) {
            synchronized (inLock) {
                result = in;
                if (result == null) {
                    result = CsrBuilder.build(vertexCount, dst, src, weights, edgeCount, threads);
                    in = result;
                    src = null;
                    dst = null;
                    weights = null;
                }
            }
        }
        return result;
    }

    /** {@link #in()} if it has been built already, otherwise null (without building it). */
    public Csr inIfBuilt() {
        return in;
    }

    /**
     * Returns {@code vertex} if it is a vertex index of this graph, for kernels checking their
     * arguments; {@code name} says which argument it is in the message.
     *
     * @throws IllegalArgumentException when it is not in {@code [0, vertexCount)}
     */
    public int checkVertex(String name, int vertex) {
        if (vertex < 0 || vertex >= vertexCount) {
            throw new IllegalArgumentException(name + " must be a vertex index in [0, " + vertexCount
                    + "), got " + vertex);
        }
        return vertex;
    }

    /** Approximate heap bytes held: both CSRs, or out() and the kept edge list before in() is built. */
    public long sizeInBytes() {
        long bytes = MemorySizes.align(MemorySizes.OBJECT_HEADER + 4 * 4 + 6 * 4) + out.sizeInBytes();
        synchronized (inLock) {
            if (in != null) {
                return bytes + in.sizeInBytes();
            }
            return bytes + MemorySizes.array(src, src.length, Integer.BYTES)
                    + MemorySizes.array(dst, dst.length, Integer.BYTES)
                    + MemorySizes.array(weights, weights == null ? 0 : weights.length, Double.BYTES);
        }
    }
}
