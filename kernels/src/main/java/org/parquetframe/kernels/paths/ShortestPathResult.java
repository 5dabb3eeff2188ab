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

    private static final ShortestPathResult NOT_FOUND = new ShortestPathResult(new int[0], new double[0]);

    /** The empty path: the target is not reachable. */
    public static ShortestPathResult notFound() {
        return NOT_FOUND;
    }

    /** Whether the target was reached (the path is not empty). */
    public boolean found() {
        return path.length > 0;
    }

    /**
     * The path to {@code target} that a least-weight search's parents describe (parent chains end
     * at -1 at the start); empty when {@code distance[target]} is infinite. Shared by every engine.
     */
    public static ShortestPathResult fromDistances(int[] parent, double[] distance, int target) {
        if (distance[target] == Double.POSITIVE_INFINITY) {
            return NOT_FOUND;
        }
        int length = 1;
        for (int v = target; parent[v] >= 0; v = parent[v]) {
            length++;
        }
        return walkBack(parent, target, length, distance, null);
    }

    /** The path to {@code target} that a breadth-first search's parents and depths describe; empty when unreached. */
    public static ShortestPathResult fromDepths(int[] parent, int[] depth, int target) {
        int hops = depth[target];
        if (hops < 0) {
            return NOT_FOUND;
        }
        return walkBack(parent, target, hops + 1, null, depth);
    }

    /** The path of {@code length} vertices that ends at {@code target}, with the cost so far from either array. */
    private static ShortestPathResult walkBack(int[] parent, int target, int length, double[] distance,
                                               int[] depth) {
        int[] path = new int[length];
        double[] along = new double[length];
        int v = target;
        for (int i = length - 1; i >= 0; i--) {
            path[i] = v;
            along[i] = distance != null ? distance[v] : depth[v];
            v = parent[v];
        }
        return new ShortestPathResult(path, along);
    }
}
