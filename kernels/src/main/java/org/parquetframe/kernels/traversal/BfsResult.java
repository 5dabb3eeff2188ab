package org.parquetframe.kernels.traversal;

/**
 * What {@link Bfs} returns, by dense vertex index; the caller owns the arrays.
 *
 * @param depth hop distance from the start vertex, -1 for vertices not reached
 * @param parent a vertex one hop closer to the start on a shortest path, with an edge to this one
 *     (in either direction when undirected); -1 for the start and for vertices not reached
 * @param order the reached vertices, level by level (non-decreasing depth), the start first;
 *     exactly {@code reachedCount} long
 * @param reachedCount number of vertices reached, the start included
 */
public record BfsResult(int[] depth, int[] parent, int[] order, int reachedCount) {
}
