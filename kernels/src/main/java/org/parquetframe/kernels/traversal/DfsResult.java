package org.parquetframe.kernels.traversal;

/**
 * What {@link Dfs} returns, by dense vertex index; the caller owns the arrays.
 *
 * @param discovery pre-order number, 0 for the start vertex; -1 for vertices not visited
 * @param depth depth in the DFS tree (not the hop distance); -1 for vertices not visited
 * @param parent parent in the DFS tree; -1 for the start and for vertices not visited
 * @param order the visited vertices in discovery order ({@code order[discovery[v]] == v})
 */
public record DfsResult(int[] discovery, int[] depth, int[] parent, int[] order) {
}
