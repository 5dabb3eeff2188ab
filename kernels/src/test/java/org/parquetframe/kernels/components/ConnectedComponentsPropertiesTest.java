package org.parquetframe.kernels.components;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;
import org.parquetframe.kernels.graph.TestingEdgeList;
import org.parquetframe.kernels.graph.TestingGraphArbitraries.AverageDegrees;
import org.parquetframe.kernels.graph.TestingGraphArbitraries.VertexCounts;
import org.parquetframe.kernels.graph.TestingGraphArbitraries.VertexCountsOrNone;

/**
 * Components against the DFS oracle and JGraphT on random multigraphs, on 1, 2 and 4 threads with
 * chunks as small as one vertex, so that concurrent hooks race on the same roots.
 */
class ConnectedComponentsPropertiesTest {

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void labelsAreTheSmallestIndexOnAnyThreadCount(@ForAll long seed,
                                                   @ForAll(supplier = VertexCountsOrNone.class) int vertexCount,
                                                   @ForAll(supplier = AverageDegrees.class) double averageDegree,
                                                   @ForAll @IntRange(min = 1, max = 300) int chunkCost) {
        TestingEdgeList edges = TestingEdgeList.random(seed, vertexCount, averageDegree, false);
        int[] expected = ReferenceComponents.labels(edges);
        for (int threads : new int[] {1, 2, 4}) {
            int[] actual = ConnectedComponents.compute(edges.toGraph(threads), threads, null, chunkCost);
            assertArrayEquals(expected, actual, "threads " + threads);
        }
    }

    @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
    void componentsAreJGraphTsConnectedSets(@ForAll long seed,
                                            @ForAll(supplier = VertexCounts.class) int vertexCount,
                                            @ForAll(supplier = AverageDegrees.class) double averageDegree) {
        TestingEdgeList edges = TestingEdgeList.random(seed, vertexCount, averageDegree, false);
        Graph<Integer, DefaultEdge> peer = new Pseudograph<>(DefaultEdge.class);
        for (int v = 0; v < vertexCount; v++) {
            peer.addVertex(v);
        }
        for (int e = 0; e < edges.edgeCount(); e++) {
            peer.addEdge(edges.src()[e], edges.dst()[e]);
        }
        int[] expected = new int[vertexCount];
        for (Set<Integer> set : new ConnectivityInspector<>(peer).connectedSets()) {
            int smallest = Collections.min(set);
            for (int v : set) {
                expected[v] = smallest;
            }
        }
        assertArrayEquals(expected, ConnectedComponents.compute(edges.toGraph(2), 2, null));
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void relabellingPicksTheMemberWithTheSmallestId(@ForAll long seed,
                                                    @ForAll(supplier = VertexCounts.class) int vertexCount,
                                                    @ForAll(supplier = AverageDegrees.class) double averageDegree) {
        TestingEdgeList edges = TestingEdgeList.random(seed, vertexCount, averageDegree, false);
        long[] ids = shuffledIds(vertexCount, new Random(seed));
        int[] byIndex = ConnectedComponents.compute(edges.toGraph(2), 2, null, 16);
        int[] byId = ConnectedComponents.labelBySmallest(byIndex, (a, b) -> Long.compare(ids[a], ids[b]));
        int[] oracle = ReferenceComponents.labels(edges);
        for (int v = 0; v < vertexCount; v++) {
            assertEquals(oracle[v], oracle[byId[v]], "label of " + v + " is outside its component");
        }
        for (int v = 0; v < vertexCount; v++) {
            int label = byId[v];
            assertTrue(ids[label] <= ids[v], "member " + v + " has a smaller id than label " + label);
        }
    }

    /** Distinct ids in random order, some negative, so dense index order says nothing about id order. */
    private static long[] shuffledIds(int n, Random random) {
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = (long) i * 7 - n;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long t = ids[i];
            ids[i] = ids[j];
            ids[j] = t;
        }
        return ids;
    }
}
