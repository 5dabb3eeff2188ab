package org.parquetframe.kernels.graph;

/**
 * One direction of a graph in compressed sparse rows over dense vertex indexes: the edges of
 * vertex {@code v} are {@code neighbours[offsets[v] .. offsets[v+1])}, with their weights at the
 * same positions of {@code weights} (null when the graph is unweighted).
 *
 * <p>Immutable by contract: the accessors return the internal arrays without copying, because the
 * kernels read them in their inner loops; nobody may write to them. At most
 * {@link #MAX_EDGES} edges, the largest array the JVM can allocate.
 */
public final class Csr {

    /** The most edges a CSR can hold: {@code Integer.MAX_VALUE - 8}, the JVM's array size limit. */
    public static final int MAX_EDGES = Integer.MAX_VALUE - 8;

    private final int[] offsets;
    private final int[] neighbours;
    private final double[] weights;

    /** For builders that produce a valid CSR by construction; {@link #of} checks. */
    Csr(int[] offsets, int[] neighbours, double[] weights) {
        this.offsets = offsets;
        this.neighbours = neighbours;
        this.weights = weights;
    }

    /**
     * Wraps the arrays after checking that they form a CSR: {@code offsets} starts at 0, never
     * decreases and ends at {@code neighbours.length}; every neighbour is a vertex index; weights,
     * if given, has one entry per edge. The arrays are not copied.
     */
    public static Csr of(int[] offsets, int[] neighbours, double[] weights) {
        return new Csr(checked(offsets, neighbours, weights), neighbours, weights);
    }

    private static int[] checked(int[] offsets, int[] neighbours, double[] weights) {
        if (offsets == null || offsets.length == 0) {
            throw new IllegalArgumentException("offsets must have vertexCount + 1 >= 1 elements");
        }
        if (neighbours == null) {
            throw new IllegalArgumentException("neighbours must not be null");
        }
        checkEdgeCount(neighbours.length);
        int vertexCount = offsets.length - 1;
        if (offsets[0] != 0 || offsets[vertexCount] != neighbours.length) {
            throw new IllegalArgumentException("offsets must run from 0 to neighbours.length = "
                    + neighbours.length + ", but run from " + offsets[0] + " to " + offsets[vertexCount]);
        }
        for (int v = 0; v < vertexCount; v++) {
            if (offsets[v + 1] < offsets[v]) {
                throw new IllegalArgumentException("offsets must not decrease, but offsets[" + (v + 1)
                        + "] = " + offsets[v + 1] + " < offsets[" + v + "] = " + offsets[v]);
            }
        }
        for (int e = 0; e < neighbours.length; e++) {
            if (neighbours[e] < 0 || neighbours[e] >= vertexCount) {
                throw new IllegalArgumentException("neighbours[" + e + "] = " + neighbours[e]
                        + " is not a vertex index in [0, " + vertexCount + ")");
            }
        }
        if (weights != null && weights.length != neighbours.length) {
            throw new IllegalArgumentException("weights must have one element per edge ("
                    + neighbours.length + "), but has " + weights.length);
        }
        return offsets;
    }

    static void checkEdgeCount(long edgeCount) {
        if (edgeCount > MAX_EDGES) {
            throw new IllegalArgumentException("a graph holds at most " + MAX_EDGES
                    + " edges (the JVM's array size limit), but " + edgeCount + " were given");
        }
    }

    public int vertexCount() {
        return offsets.length - 1;
    }

    public int edgeCount() {
        return neighbours.length;
    }

    /** {@code vertexCount() + 1} positions into {@link #neighbours()}; do not modify. */
    public int[] offsets() {
        return offsets;
    }

    /** The other end of each edge, grouped by vertex; do not modify. */
    public int[] neighbours() {
        return neighbours;
    }

    /** The weight of each edge, parallel to {@link #neighbours()}, or null when unweighted; do not modify. */
    public double[] weights() {
        return weights;
    }

    /** Number of edges of {@code v} in this direction, parallel edges and self-loops included. */
    public int degree(int v) {
        return offsets[v + 1] - offsets[v];
    }

    /** Approximate heap bytes held by this CSR. */
    public long sizeInBytes() {
        return MemorySizes.align(MemorySizes.OBJECT_HEADER + 3 * 4)
                + MemorySizes.array(offsets, offsets.length, Integer.BYTES)
                + MemorySizes.array(neighbours, neighbours.length, Integer.BYTES)
                + MemorySizes.array(weights, neighbours.length, Double.BYTES);
    }
}
