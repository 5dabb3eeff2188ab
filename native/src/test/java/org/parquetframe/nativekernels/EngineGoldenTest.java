package org.parquetframe.nativekernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parquetframe.kernels.GraphKernels;
import org.parquetframe.kernels.JvmKernels;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.graph.TestingEdgeList;
import org.parquetframe.kernels.pagerank.PageRankOptions;
import org.parquetframe.kernels.pagerank.PageRankResult;
import org.parquetframe.kernels.parallel.KernelCancelledException;
import org.parquetframe.kernels.paths.ShortestPathResult;
import org.parquetframe.kernels.paths.ShortestPaths;
import org.parquetframe.kernels.traversal.BfsResult;
import org.parquetframe.kernels.traversal.DfsResult;

/**
 * Hand-made cases with known answers, errors and cancellation, run once per engine; and a graph
 * big enough for the BFS to go bottom-up and the PageRank to split into many chunks, where every
 * engine must equal the JVM exactly.
 */
class EngineGoldenTest {

    /** 0 -> 1 -> 2 -> 0, 2 -> 3 (weight 5), 0 -> 3 (weight 10), 4 isolated. */
    private static final TestingEdgeList SMALL = TestingEdgeList.of(5, new int[][] {{0, 1}, {1, 2}, {2, 0}, {2, 3},
        {0, 3}}).withWeights(1, 1, 1, 5, 10);

    private static final TestingEdgeList BIG = TestingEdgeList.random(7, 60_000, 8, true);

    @ParameterizedTest
    @MethodSource("org.parquetframe.nativekernels.TestingEngines#names")
    void smallGraphAnswers(String name) {
        GraphKernels engine = TestingEngines.named(name);
        Graph graph = SMALL.toGraph(2);
        BfsResult bfs = engine.bfs(graph, 0, true, -1, 2, null);
        assertArrayEquals(new int[] {0, 1, 2, 1, -1}, bfs.depth());
        assertArrayEquals(new int[] {-1, 0, 1, 0, -1}, bfs.parent());
        assertArrayEquals(new int[] {0, 1, 3, 2}, bfs.order());
        DfsResult dfs = engine.dfs(graph, 0, true, -1, null);
        assertArrayEquals(new int[] {0, 1, 2, 3}, dfs.order());
        assertArrayEquals(new int[] {-1, 0, 1, 2, -1}, dfs.parent());
        ShortestPaths paths = engine.dijkstra(graph, 0, true, 1, null);
        assertArrayEquals(new double[] {0, 1, 2, 7, Double.POSITIVE_INFINITY}, paths.distance());
        ShortestPathResult path = engine.shortestPath(graph, 0, 3, true, true, 1, null);
        assertArrayEquals(new int[] {0, 1, 2, 3}, path.path());
        assertArrayEquals(new double[] {0, 1, 2, 7}, path.distanceAlongPath());
        assertArrayEquals(new int[] {0, 3}, engine.shortestPath(graph, 0, 3, false, true, 1, null).path());
        assertEquals(0, engine.shortestPath(graph, 3, 0, false, true, 1, null).path().length);
        assertArrayEquals(new int[] {0, 0, 0, 0, 4}, engine.connectedComponents(graph, 2, null));
        PageRankResult ranks = engine.pagerank(graph, PageRankOptions.defaults().withThreads(2));
        double sum = 0;
        for (double score : ranks.scores()) {
            sum += score;
        }
        assertEquals(1, sum, 1e-12);
        assertTrue(ranks.converged());
    }

    @ParameterizedTest
    @MethodSource("org.parquetframe.nativekernels.TestingEngines#names")
    void bigGraphEqualsTheJvmExactly(String name) {
        GraphKernels engine = TestingEngines.named(name);
        JvmKernels jvm = JvmKernels.INSTANCE;
        Graph graph = BIG.toGraph(2);
        PageRankOptions options = PageRankOptions.defaults().withThreads(2).withTolerance(1e-10);
        assertArrayEquals(jvm.pagerank(graph, options).scores(), engine.pagerank(graph, options).scores());
        for (boolean directed : new boolean[] {true, false}) {
            Graph fresh = BIG.toGraph(2); // directed: in-edges not built yet, so native must ask for them
            BfsResult expected = jvm.bfs(graph, 3, directed, -1, 2, null);
            BfsResult actual = engine.bfs(fresh, 3, directed, -1, 2, null);
            assertArrayEquals(expected.order(), actual.order(), "directed " + directed);
            assertArrayEquals(expected.parent(), actual.parent(), "directed " + directed);
            assertArrayEquals(expected.depth(), actual.depth(), "directed " + directed);
            assertArrayEquals(jvm.dfs(graph, 3, directed, -1, null).order(),
                    engine.dfs(graph, 3, directed, -1, null).order());
            ShortestPaths least = jvm.dijkstra(graph, 3, directed, 1, null);
            ShortestPaths actualLeast = engine.dijkstra(graph, 3, directed, 2, null);
            assertArrayEquals(least.distance(), actualLeast.distance());
            assertArrayEquals(least.parent(), actualLeast.parent());
            for (int target : new int[] {4, 59_999}) {
                assertArrayEquals(jvm.shortestPath(graph, 3, target, true, directed, 1, null).path(),
                        engine.shortestPath(graph, 3, target, true, directed, 2, null).path());
            }
        }
        assertArrayEquals(jvm.connectedComponents(graph, 2, null), engine.connectedComponents(graph, 2, null));
    }

    @ParameterizedTest
    @MethodSource("org.parquetframe.nativekernels.TestingEngines#names")
    void depthFirstSearchWalksAMillionLongPathWithoutRecursion(String name) {
        GraphKernels engine = TestingEngines.named(name);
        int n = 1_000_000;
        int[] src = new int[n - 1];
        int[] dst = new int[n - 1];
        for (int i = 0; i < n - 1; i++) {
            src[i] = i;
            dst[i] = i + 1;
        }
        Graph path = Graph.fromEdges(n, src, dst, null, n - 1, 2);
        DfsResult forward = engine.dfs(path, 0, true, -1, null);
        assertEquals(n, forward.order().length);
        assertEquals(n - 1, forward.depth()[n - 1]);
        assertEquals(n - 2, forward.parent()[n - 1]);
        DfsResult backward = engine.dfs(path, n - 1, false, -1, null); // every step an in-edge
        assertEquals(0, backward.order()[n - 1]);
        assertEquals(n - 1, backward.discovery()[0]);
    }

    @ParameterizedTest
    @MethodSource("org.parquetframe.nativekernels.TestingEngines#names")
    void badArgumentsFailAlike(String name) {
        GraphKernels engine = TestingEngines.named(name);
        Graph graph = SMALL.toGraph(1);
        assertEquals("start must be a vertex index in [0, 5), got 9",
                assertThrows(IllegalArgumentException.class, () -> engine.bfs(graph, 9, true, -1, 1, null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> engine.dfs(graph, 0, true, -2, null));
        assertThrows(IllegalArgumentException.class, () -> engine.shortestPath(graph, 0, 7, true, true, 1, null));
        Graph negative = SMALL.withWeights(1, -1, 1, 1, 1).toGraph(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> engine.dijkstra(negative, 0, true, 1, null));
        assertTrue(e.getMessage().contains("non-negative"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> engine.pagerank(negative, PageRankOptions.defaults().withThreads(1)));
    }

    @ParameterizedTest
    @MethodSource("org.parquetframe.nativekernels.TestingEngines#names")
    void cancelledBeforeTheStartRunsNothing(String name) {
        GraphKernels engine = TestingEngines.named(name);
        Graph graph = SMALL.toGraph(1);
        BooleanSupplier stop = () -> true;
        assertThrows(KernelCancelledException.class,
                () -> engine.pagerank(graph, PageRankOptions.defaults().withCancellation(stop)));
        assertThrows(KernelCancelledException.class, () -> engine.bfs(graph, 0, true, -1, 1, stop));
        assertThrows(KernelCancelledException.class, () -> engine.dfs(graph, 0, true, -1, stop));
        assertThrows(KernelCancelledException.class, () -> engine.dijkstra(graph, 0, true, 1, stop));
        assertThrows(KernelCancelledException.class, () -> engine.connectedComponents(graph, 1, stop));
    }

    @ParameterizedTest
    @MethodSource("org.parquetframe.nativekernels.TestingEngines#names")
    void cancellingARunningKernelStopsItWithinASecond(String name) {
        GraphKernels engine = TestingEngines.named(name);
        Graph graph = BIG.toGraph(2);
        AtomicBoolean flag = new AtomicBoolean();
        // tolerance 0 and a huge iteration count: would run for minutes if not stopped
        PageRankOptions forever = PageRankOptions.defaults().withTolerance(0).withMaxIterations(Integer.MAX_VALUE)
                .withThreads(2).withCancellation(flag::get);
        Thread canceller = new Thread(() -> {
            sleep(200);
            flag.set(true);
        });
        canceller.start();
        long begin = System.nanoTime();
        assertThrows(KernelCancelledException.class, () -> engine.pagerank(graph, forever));
        long afterCancel = (System.nanoTime() - begin) / 1_000_000 - 200;
        assertTrue(afterCancel < 1000, "stopped " + afterCancel + " ms after the cancel");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
