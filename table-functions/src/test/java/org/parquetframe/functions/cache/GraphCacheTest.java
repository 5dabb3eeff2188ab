package org.parquetframe.functions.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;
import org.parquetframe.adapter.types.ColumnType;
import org.parquetframe.functions.source.VertexIds;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.kernels.graph.LongVertexDictionary;

class GraphCacheTest {
  private static final List<String> V1 = List.of("v1");

  @Test
  void reusesAGraphWhileItsFilesAreUnchanged() {
    GraphCache cache = new GraphCache(1L << 30);
    AtomicInteger builds = new AtomicInteger();
    LoadedGraph first = cache.get(key("a"), V1, () -> build(builds, 10));
    LoadedGraph second = cache.get(key("a"), V1, () -> build(builds, 10));
    assertSame(first, second);
    assertEquals(1, builds.get());
    assertEquals(1, cache.hits());
  }

  @Test
  void rebuildsWhenTheFilesChanged() {
    GraphCache cache = new GraphCache(1L << 30);
    AtomicInteger builds = new AtomicInteger();
    LoadedGraph before = cache.get(key("a"), V1, () -> build(builds, 10));
    LoadedGraph after = cache.get(key("a"), List.of("v2"), () -> build(builds, 10));
    assertEquals(2, builds.get());
    assertTrue(before != after);
    assertEquals(1, cache.size());
    assertEquals(after.sizeInBytes(), cache.usedBytes());
  }

  @Test
  void evictsLeastRecentlyUsedToStayWithinBudget() {
    long oneGraph = build(new AtomicInteger(), 100).sizeInBytes();
    GraphCache cache = new GraphCache(oneGraph * 2 + oneGraph / 2);
    AtomicInteger builds = new AtomicInteger();
    cache.get(key("a"), V1, () -> build(builds, 100));
    cache.get(key("b"), V1, () -> build(builds, 100));
    cache.get(key("a"), V1, () -> build(builds, 100)); // a is now the most recently used
    cache.get(key("c"), V1, () -> build(builds, 100)); // evicts b
    assertEquals(3, builds.get());
    assertTrue(cache.usedBytes() <= cache.budgetBytes());
    cache.get(key("a"), V1, () -> build(builds, 100));
    assertEquals(3, builds.get(), "a stayed cached");
    cache.get(key("b"), V1, () -> build(builds, 100));
    assertEquals(4, builds.get(), "b was evicted");
  }

  @Test
  void aGraphLargerThanTheBudgetIsUsedButNotKept() {
    GraphCache cache = new GraphCache(16);
    AtomicInteger builds = new AtomicInteger();
    assertEquals(100, cache.get(key("a"), V1, () -> build(builds, 100)).graph().vertexCount());
    assertEquals(0, cache.size());
    assertEquals(0, cache.usedBytes());
  }

  @Test
  void aFailedBuildIsNotCachedAndItsErrorReachesTheCaller() {
    GraphCache cache = new GraphCache(1L << 30);
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> cache.get(key("a"), V1, () -> {
          throw new IllegalArgumentException("negative weight");
        }));
    assertEquals("negative weight", error.getMessage());
    assertEquals(0, cache.size());
    AtomicInteger builds = new AtomicInteger();
    cache.get(key("a"), V1, () -> build(builds, 5));
    assertEquals(1, builds.get());
  }

  @Test
  void concurrentRequestsForAMissingGraphBuildItOnce() throws Exception {
    GraphCache cache = new GraphCache(1L << 30);
    AtomicInteger builds = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<LoadedGraph>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return cache.get(key("a"), V1, () -> {
            sleepQuietly();
            return build(builds, 1000);
          });
        }));
      }
      start.countDown();
      LoadedGraph first = results.get(0).get(30, TimeUnit.SECONDS);
      for (Future<LoadedGraph> result : results) {
        assertSame(first, result.get(30, TimeUnit.SECONDS));
      }
      assertEquals(1, builds.get());
    } finally {
      pool.shutdownNow();
    }
  }

  private static GraphKey key(String source) {
    return new GraphKey(source, "src", "dst", null);
  }

  private static LoadedGraph build(AtomicInteger builds, int vertices) {
    builds.incrementAndGet();
    LongVertexDictionary ids = new LongVertexDictionary();
    int[] src = new int[vertices];
    int[] dst = new int[vertices];
    for (int v = 0; v < vertices; v++) {
      ids.intern(v);
      src[v] = v;
      dst[v] = (v + 1) % vertices;
    }
    Graph graph = Graph.fromEdges(vertices, src, dst, null, vertices, 1);
    graph.in();
    return new LoadedGraph(graph, new VertexIds(ColumnType.of(SqlTypeName.BIGINT), ids));
  }

  private static void sleepQuietly() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
