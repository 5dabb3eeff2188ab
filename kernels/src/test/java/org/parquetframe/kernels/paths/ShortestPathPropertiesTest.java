package org.parquetframe.kernels.paths;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.parquetframe.kernels.graph.TestingEdgeList;
import org.parquetframe.kernels.graph.TestingGraphArbitraries.AverageDegrees;
import org.parquetframe.kernels.graph.TestingGraphArbitraries.VertexCounts;

/**
 * One shortest path on random multigraphs: its edges exist, its costs add up step by step, and its
 * total is the oracle's least distance (hops: Dijkstra's oracle on the unweighted graph).
 */
class ShortestPathPropertiesTest {

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void pathIsValidAndShortest(@ForAll long seed, @ForAll(supplier = VertexCounts.class) int vertexCount,
                                @ForAll(supplier = AverageDegrees.class) double averageDegree, @ForAll boolean directed,
                                @ForAll @IntRange(max = 2) int weighting, @ForAll boolean byWeight,
                                @ForAll @IntRange(max = 1_000_000) int pick) {
        TestingEdgeList edges = DijkstraPropertiesTest.weighted(seed, vertexCount, averageDegree, weighting);
        TestingEdgeList costs = byWeight ? edges : new TestingEdgeList(vertexCount, edges.src(), edges.dst(), null);
        int start = Math.floorMod(seed, vertexCount);
        int target = pick % vertexCount;
        double expected = ReferenceDijkstra.distances(costs, start, directed)[target];
        ShortestPathResult result = ShortestPath.find(edges.toGraph(1), start, target, byWeight, directed, 1, null);
        int[] path = result.path();
        double[] along = result.distanceAlongPath();
        assertEquals(path.length, along.length);
        if (expected == Double.POSITIVE_INFINITY) {
            assertEquals(0, path.length);
            return;
        }
        assertEquals(start, path[0]);
        assertEquals(target, path[path.length - 1]);
        assertEquals(0, along[0]);
        int[][] incident = costs.incidentEdges(directed);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < path.length; i++) {
            assertTrue(seen.add(path[i]), "vertex " + path[i] + " twice on the path");
            if (i > 0) {
                assertTrue(PathAssertions.hasEdge(costs, incident, path[i - 1], path[i], along[i - 1], along[i]),
                        "no edge " + path[i - 1] + " -> " + path[i] + " costing " + (along[i] - along[i - 1]));
            }
        }
        PathAssertions.assertSameDistance(expected, along[path.length - 1], "path cost");

        for (int threads : new int[] {2, 4}) {
            ShortestPathResult parallel = ShortestPath.find(edges.toGraph(threads), start, target, byWeight, directed,
                    threads, null);
            assertArrayEquals(path, parallel.path(), "threads " + threads);
            assertArrayEquals(along, parallel.distanceAlongPath(), "threads " + threads);
        }
        if (byWeight) { // stopping early changes nothing: the path is the full search's parent chain
            ShortestPaths all = Dijkstra.compute(edges.toGraph(1), start, directed, 1, null);
            assertArrayEquals(ShortestPathResult.fromDistances(all.parent(), all.distance(), target).path(), path);
        }
    }
}
