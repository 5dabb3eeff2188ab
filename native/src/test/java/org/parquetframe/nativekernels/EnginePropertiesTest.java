package org.parquetframe.nativekernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.parquetframe.kernels.GraphKernels;
import org.parquetframe.kernels.JvmKernels;
import org.parquetframe.kernels.components.ReferenceComponents;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.graph.TestingEdgeList;
import org.parquetframe.kernels.graph.TestingGraphArbitraries.AverageDegrees;
import org.parquetframe.kernels.graph.TestingGraphArbitraries.VertexCounts;
import org.parquetframe.kernels.graph.TestingGraphArbitraries.VertexCountsOrNone;
import org.parquetframe.kernels.pagerank.PageRankOptions;
import org.parquetframe.kernels.pagerank.PageRankResult;
import org.parquetframe.kernels.pagerank.ReferencePageRank;
import org.parquetframe.kernels.paths.PathAssertions;
import org.parquetframe.kernels.paths.ReferenceDijkstra;
import org.parquetframe.kernels.paths.ShortestPathResult;
import org.parquetframe.kernels.paths.ShortestPaths;
import org.parquetframe.kernels.traversal.BfsAssertions;
import org.parquetframe.kernels.traversal.BfsResult;
import org.parquetframe.kernels.traversal.DfsResult;
import org.parquetframe.kernels.traversal.ReferenceDfs;

/**
 * The contract of {@link GraphKernels}, checked for every available engine on random multigraphs
 * (self-loops, parallel edges, isolated vertices, zero weights): each engine against the kernels'
 * independent oracles, and every engine's result equal to the JVM engine's, array for array.
 */
class EnginePropertiesTest {

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void pagerankMatchesTheOracleAndTheJvm(@ForAll long seed, @ForAll(supplier = VertexCounts.class) int vertexCount,
                                           @ForAll(supplier = AverageDegrees.class) double averageDegree,
                                           @ForAll boolean weighted, @ForAll @IntRange(min = 1, max = 2) int threads) {
        TestingEdgeList edges = TestingEdgeList.random(seed, vertexCount, averageDegree, weighted);
        PageRankOptions tight = PageRankOptions.defaults().withMaxIterations(1000).withTolerance(1e-12)
                .withThreads(threads);
        ReferencePageRank.Result expected = ReferencePageRank.compute(edges, 0.85, 1000, 1e-12);
        PageRankResult jvm = JvmKernels.INSTANCE.pagerank(edges.toGraph(threads), tight);
        for (GraphKernels engine : TestingEngines.available()) {
            PageRankResult actual = engine.pagerank(edges.toGraph(threads), tight);
            assertArrayEquals(expected.scores(), actual.scores(), 1e-9, engine.name());
            assertArrayEquals(jvm.scores(), actual.scores(), engine.name() + ": bit for bit");
            assertEquals(jvm.iterations(), actual.iterations(), engine.name());
            assertEquals(jvm.converged(), actual.converged(), engine.name());
        }
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void bfsIsValidAndEqualsTheJvm(@ForAll long seed, @ForAll(supplier = VertexCounts.class) int vertexCount,
                                   @ForAll(supplier = AverageDegrees.class) double averageDegree,
                                   @ForAll boolean directed, @ForAll @IntRange(min = -1, max = 4) int maxDepth) {
        TestingEdgeList edges = TestingEdgeList.random(seed, vertexCount, averageDegree, false);
        int start = Math.floorMod(seed, vertexCount);
        BfsResult jvm = JvmKernels.INSTANCE.bfs(edges.toGraph(1), start, directed, maxDepth, 2, null);
        for (GraphKernels engine : TestingEngines.available()) {
            BfsResult actual = engine.bfs(edges.toGraph(1), start, directed, maxDepth, 2, null);
            BfsAssertions.assertValid(edges, start, directed, maxDepth, actual);
            BfsAssertions.assertSameResult(jvm, actual, engine.name());
        }
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void dfsEqualsTheOracle(@ForAll long seed, @ForAll(supplier = VertexCounts.class) int vertexCount,
                            @ForAll(supplier = AverageDegrees.class) double averageDegree,
                            @ForAll boolean directed, @ForAll @IntRange(min = -1, max = 6) int maxDepth) {
        TestingEdgeList edges = TestingEdgeList.random(seed, vertexCount, averageDegree, false);
        int start = Math.floorMod(seed, vertexCount);
        DfsResult expected = ReferenceDfs.search(edges, start, directed, maxDepth);
        for (GraphKernels engine : TestingEngines.available()) {
            DfsResult actual = engine.dfs(edges.toGraph(1), start, directed, maxDepth, null);
            assertArrayEquals(expected.discovery(), actual.discovery(), engine.name() + ": discovery");
            assertArrayEquals(expected.depth(), actual.depth(), engine.name() + ": depth");
            assertArrayEquals(expected.parent(), actual.parent(), engine.name() + ": parent");
            assertArrayEquals(expected.order(), actual.order(), engine.name() + ": order");
        }
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void dijkstraMatchesTheOracleAndTheJvm(@ForAll long seed, @ForAll(supplier = VertexCounts.class) int vertexCount,
                                           @ForAll(supplier = AverageDegrees.class) double averageDegree,
                                           @ForAll boolean directed, @ForAll boolean weighted,
                                           @ForAll @IntRange(min = 1, max = 4) int threads) {
        TestingEdgeList edges = TestingEdgeList.random(seed, vertexCount, averageDegree, weighted);
        int start = Math.floorMod(seed, vertexCount);
        double[] expected = ReferenceDijkstra.distances(edges, start, directed);
        ShortestPaths jvm = JvmKernels.INSTANCE.dijkstra(edges.toGraph(1), start, directed, 1, null);
        for (GraphKernels engine : TestingEngines.available()) {
            ShortestPaths actual = engine.dijkstra(edges.toGraph(1), start, directed, threads, null);
            PathAssertions.assertValid(edges, start, directed, expected, actual);
            assertArrayEquals(jvm.distance(), actual.distance(), engine.name() + ": distance");
            assertArrayEquals(jvm.parent(), actual.parent(), engine.name() + ": parent");
        }
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void shortestPathEqualsTheJvmAndHasTheOracleCost(@ForAll long seed,
                                                     @ForAll(supplier = VertexCounts.class) int vertexCount,
                                                     @ForAll(supplier = AverageDegrees.class) double averageDegree,
                                                     @ForAll boolean directed, @ForAll boolean byWeight,
                                                     @ForAll @IntRange(max = 1_000_000) int pick) {
        TestingEdgeList edges = TestingEdgeList.random(seed, vertexCount, averageDegree, true);
        TestingEdgeList costs = byWeight ? edges : new TestingEdgeList(vertexCount, edges.src(), edges.dst(), null);
        int start = Math.floorMod(seed, vertexCount);
        int target = pick % vertexCount;
        double expected = ReferenceDijkstra.distances(costs, start, directed)[target];
        ShortestPathResult jvm = JvmKernels.INSTANCE.shortestPath(edges.toGraph(1), start, target, byWeight, directed,
                1, null);
        for (GraphKernels engine : TestingEngines.available()) {
            ShortestPathResult actual = engine.shortestPath(edges.toGraph(1), start, target, byWeight, directed, 2,
                    null);
            assertArrayEquals(jvm.path(), actual.path(), engine.name() + ": path");
            assertArrayEquals(jvm.distanceAlongPath(), actual.distanceAlongPath(), engine.name() + ": costs");
            if (actual.found()) {
                double[] along = actual.distanceAlongPath();
                PathAssertions.assertSameDistance(expected, along[along.length - 1], engine.name() + ": cost");
            } else {
                assertEquals(Double.POSITIVE_INFINITY, expected, engine.name() + ": reachable but not found");
            }
        }
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void componentsEqualTheOracle(@ForAll long seed, @ForAll(supplier = VertexCountsOrNone.class) int vertexCount,
                                  @ForAll(supplier = AverageDegrees.class) double averageDegree,
                                  @ForAll @IntRange(min = 1, max = 4) int threads) {
        TestingEdgeList edges = TestingEdgeList.random(seed, vertexCount, averageDegree / 4, false);
        int[] expected = ReferenceComponents.labels(edges);
        for (GraphKernels engine : TestingEngines.available()) {
            Graph graph = edges.toGraph(threads);
            assertArrayEquals(expected, engine.connectedComponents(graph, threads, null), engine.name());
        }
    }
}
