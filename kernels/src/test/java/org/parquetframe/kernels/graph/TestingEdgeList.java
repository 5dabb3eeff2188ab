package org.parquetframe.kernels.graph;

import java.util.Random;

/**
 * A raw edge list for tests: what a table function would hand to {@link Graph#fromEdges}, and
 * what the tests' naive oracles read instead of a CSR.
 */
public record TestingEdgeList(int vertexCount, int[] src, int[] dst, double[] weights) {

    public int edgeCount() {
        return src.length;
    }

    public Graph toGraph(int threads) {
        return Graph.fromEdges(vertexCount, src.clone(), dst.clone(), weights == null ? null : weights.clone(),
                src.length, threads);
    }

    /** Weight of edge {@code e}: 1 when unweighted. */
    public double weight(int e) {
        return weights == null ? 1 : weights[e];
    }

    /**
     * For each vertex, the indexes of the edges a traversal follows from it, in edge-list order:
     * its out-edges, then (undirected) its in-edges. A self-loop is listed twice when undirected.
     */
    public int[][] incidentEdges(boolean directed) {
        int[] counts = new int[vertexCount];
        for (int e = 0; e < src.length; e++) {
            counts[src[e]]++;
            if (!directed) {
                counts[dst[e]]++;
            }
        }
        int[][] lists = new int[vertexCount][];
        for (int v = 0; v < vertexCount; v++) {
            lists[v] = new int[counts[v]];
            counts[v] = 0;
        }
        for (int e = 0; e < src.length; e++) {
            lists[src[e]][counts[src[e]]++] = e;
        }
        if (!directed) {
            for (int e = 0; e < src.length; e++) {
                lists[dst[e]][counts[dst[e]]++] = e;
            }
        }
        return lists;
    }

    /** The end of edge {@code e} that is not {@code v} ({@code v} itself for a self-loop). */
    public int otherEnd(int e, int v) {
        return src[e] == v ? dst[e] : src[e];
    }

    public static TestingEdgeList of(int vertexCount, int[][] edges) {
        int[] src = new int[edges.length];
        int[] dst = new int[edges.length];
        for (int e = 0; e < edges.length; e++) {
            src[e] = edges[e][0];
            dst[e] = edges[e][1];
        }
        return new TestingEdgeList(vertexCount, src, dst, null);
    }

    public TestingEdgeList withWeights(double... edgeWeights) {
        return new TestingEdgeList(vertexCount, src, dst, edgeWeights);
    }

    /**
     * A random multigraph: about {@code averageDegree} edges per vertex, a share of them
     * self-loops and duplicates of earlier edges, some vertices with no edges at all, a few hubs,
     * and (when weighted) some zero weights.
     */
    public static TestingEdgeList random(long seed, int vertexCount, double averageDegree, boolean weighted) {
        Random random = new Random(seed);
        int edgeCount = vertexCount == 0 ? 0 : random.nextInt((int) (vertexCount * averageDegree) + 1);
        int[] src = new int[edgeCount];
        int[] dst = new int[edgeCount];
        double[] weights = weighted ? new double[edgeCount] : null;
        // Ids drawn from a prefix leave the other vertices isolated.
        int used = Math.max(1, vertexCount - random.nextInt(Math.max(1, vertexCount / 10 + 1)));
        int hub = random.nextInt(used);
        for (int e = 0; e < edgeCount; e++) {
            int kind = random.nextInt(20);
            if (kind == 0 && e > 0) { // duplicate of an earlier edge
                int earlier = random.nextInt(e);
                src[e] = src[earlier];
                dst[e] = dst[earlier];
            } else if (kind == 1) {
                src[e] = random.nextInt(used);
                dst[e] = src[e];
            } else if (kind == 2) {
                src[e] = random.nextInt(used);
                dst[e] = hub;
            } else {
                src[e] = random.nextInt(used);
                dst[e] = random.nextInt(used);
            }
            if (weighted) {
                weights[e] = random.nextInt(10) == 0 ? 0 : random.nextDouble() * 10;
            }
        }
        return new TestingEdgeList(vertexCount, src, dst, weights);
    }
}
