package org.parquetframe.kernels.paths;

/**
 * What {@link Dijkstra} returns, by dense vertex index; the caller owns the arrays.
 *
 * @param distance least total weight from the start, 0 for the start, {@code +Infinity} for
 *     vertices not reached
 * @param parent the previous vertex on one least-weight path ({@code distance[v] ==
 *     distance[parent[v]] + w} exactly, for the weight {@code w} of an edge between them); -1 for
 *     the start and for vertices not reached
 */
public record ShortestPaths(double[] distance, int[] parent) {
}
