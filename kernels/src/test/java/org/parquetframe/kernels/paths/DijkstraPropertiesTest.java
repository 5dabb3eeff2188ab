package org.parquetframe.kernels.paths;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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
        ShortestPaths parallel = Dijkstra.compute(edges.toGraph(2), start, directed, 2, null);
        assertArrayEquals(serial.distance(), parallel.distance());
        assertArrayEquals(serial.parent(), parallel.parent());
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
