package org.parquetframe.kernels.paths;

/**
 * What {@link ShortestPath} returns: one path as vertex indexes, and the cost so far at each step.
 *
 * @param path the start, the vertices in between, the target; just the start when it is the
 *     target; empty when the target is not reachable
 * @param distanceAlongPath cost from the start to {@code path[i]}: 0 first, then the hop count or
 *     the total weight so far; the last entry is the path's length or weight
 */
public record ShortestPathResult(int[] path, double[] distanceAlongPath) {

    /** Whether the target was reached (the path is not empty). */
    public boolean found() {
        return path.length > 0;
    }
}
