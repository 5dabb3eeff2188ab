package org.parquetframe.kernels.paths;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.WeightedPseudograph;
import org.parquetframe.kernels.graph.TestingEdgeList;
import org.parquetframe.kernels.graph.TestingGraphArbitraries.AverageDegrees;
import org.parquetframe.kernels.graph.TestingGraphArbitraries.VertexCounts;

/**
 * Dijkstra against the O(V^2) oracle and against JGraphT on random multigraphs with zero-weight
 * edges, self-loops and parallel edges; small integer weights make equal-cost paths common, so
 * that parents are checked for validity rather than equality.
 */
class DijkstraPropertiesTest {

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void distancesMatchTheOracleAndParentsAreConsistent(@ForAll long seed,
                                                        @ForAll(supplier = VertexCounts.class) int vertexCount,
                                                        @ForAll(supplier = AverageDegrees.class) double averageDegree,
                                                        @ForAll boolean directed,
                                                        @ForAll @IntRange(max = 2) int weighting) {
        TestingEdgeList edges = weighted(seed, vertexCount, averageDegree, weighting);
        int start = Math.floorMod(seed, vertexCount);
        double[] expected = ReferenceDijkstra.distances(edges, start, directed);
        ShortestPaths serial = Dijkstra.compute(edges.toGraph(1), start, directed, 1, null);
        PathAssertions.assertValid(edges, start, directed, expected, serial);
        assertArrayEquals(expected, serial.distance(), "the same sums in the same order as the oracle's");
        for (int threads : new int[] {2, 4}) {
            ShortestPaths parallel = Dijkstra.compute(edges.toGraph(threads), start, directed, threads, null);
            assertArrayEquals(serial.distance(), parallel.distance(), "threads " + threads);
            assertArrayEquals(serial.parent(), parallel.parent(), "threads " + threads);
        }
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void theParentIsTheSmallestCloserVertexWithATightEdgeWhereThereIsOne(
            @ForAll long seed, @ForAll(supplier = VertexCounts.class) int vertexCount,
            @ForAll(supplier = AverageDegrees.class) double averageDegree, @ForAll boolean directed,
            @ForAll @IntRange(max = 2) int weighting) {
        TestingEdgeList edges = weighted(seed, vertexCount, averageDegree, weighting);
        int start = Math.floorMod(seed, vertexCount);
        ShortestPaths paths = Dijkstra.compute(edges.toGraph(2), start, directed, 2, null);
        double[] distance = paths.distance();
        int[] closest = new int[vertexCount];
        Arrays.fill(closest, Integer.MAX_VALUE);
        int[][] incident = edges.incidentEdges(directed);
        for (int u = 0; u < vertexCount; u++) {
            for (int e : incident[u]) {
                int v = edges.otherEnd(e, u);
                if (distance[u] < distance[v] && distance[u] + edges.weight(e) == distance[v]) {
                    closest[v] = Math.min(closest[v], u);
                }
            }
        }
        for (int v = 0; v < vertexCount; v++) {
            if (closest[v] != Integer.MAX_VALUE) {
                assertEquals(closest[v], paths.parent()[v], "parent of " + v);
            } else if (v != start && distance[v] < Double.POSITIVE_INFINITY) {
                assertEquals(distance[v], distance[paths.parent()[v]], "a tied vertex's parent is as far as it is");
            }
        }
    }

    @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
    void distancesMatchJGraphT(@ForAll long seed, @ForAll(supplier = VertexCounts.class) int vertexCount,
                               @ForAll(supplier = AverageDegrees.class) double averageDegree, @ForAll boolean directed,
                               @ForAll @IntRange(max = 2) int weighting) {
        TestingEdgeList edges = weighted(seed, vertexCount, averageDegree, weighting);
        int start = Math.floorMod(seed, vertexCount);
        Graph<Integer, DefaultWeightedEdge> peer = directed
                ? new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class)
                : new WeightedPseudograph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < vertexCount; v++) {
            peer.addVertex(v);
        }
        for (int e = 0; e < edges.edgeCount(); e++) {
            DefaultWeightedEdge edge = peer.addEdge(edges.src()[e], edges.dst()[e]);
            peer.setEdgeWeight(edge, edges.weight(e));
        }
        SingleSourcePaths<Integer, DefaultWeightedEdge> expected = new DijkstraShortestPath<>(peer).getPaths(start);
        double[] actual = Dijkstra.compute(edges.toGraph(2), start, directed, 2, null).distance();
        for (int v = 0; v < vertexCount; v++) {
            PathAssertions.assertSameDistance(expected.getWeight(v), actual[v], "distance of " + v);
        }
    }

    /** 0: unweighted, 1: random doubles in [0, 10) with some zeros, 2: integers 0..2 (many ties). */
    static TestingEdgeList weighted(long seed, int vertexCount, double averageDegree, int weighting) {
        TestingEdgeList edges = TestingEdgeList.random(seed, vertexCount, averageDegree, weighting != 0);
        if (weighting == 2) {
            double[] small = edges.weights().clone();
            for (int e = 0; e < small.length; e++) {
                small[e] = Math.floor(small[e] / 4);
            }
            return edges.withWeights(small);
        }
        return edges;
    }
}
