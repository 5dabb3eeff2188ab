package org.parquetframe.sqltests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * Simple, serial textbook versions of the graph functions, the oracle the SQL answers are checked
 * against: a queue BFS, a recursive DFS, a priority-queue Dijkstra and union-find components. Vertex
 * ids are Longs or Strings, as written by {@link TestingEdgeFiles}; edges with a NULL endpoint are
 * skipped, every other edge row counts (parallel edges and self-loops included).
 */
final class GraphOracle {
  /** Integers in numeric order; strings by code point (UTF-8 byte order, as Parquet sorts them). */
  static final Comparator<Object> VERTEX_ORDER = (a, b) -> a instanceof Long x
      ? Long.compare(x, (Long) b) : compareCodePoints((String) a, (String) b);

  /** One way along an edge: the neighbour and the weight of the edge row (1 when unweighted). */
  record Arc(Object to, double weight) {}

  /** Vertices in order of first appearance, and the arcs leaving each one. */
  private final Map<Object, List<Arc>> arcs = new LinkedHashMap<>();

  private GraphOracle() {}

  /**
   * The graph of {@code edges}. Directed: each vertex's arcs are its out-edges in row order.
   * Undirected: its out-edges in row order, then its in-edges in row order.
   */
  static GraphOracle of(List<Edge> edges, boolean directed) {
    GraphOracle graph = new GraphOracle();
    List<Edge> kept = edges.stream().filter(e -> e.src() != null && e.dst() != null).toList();
    for (Edge edge : kept) {
      graph.arcsOf(id(edge.src())).add(new Arc(id(edge.dst()), weightOf(edge)));
      graph.arcsOf(id(edge.dst()));
    }
    if (!directed) {
      for (Edge edge : kept) {
        graph.arcsOf(id(edge.dst())).add(new Arc(id(edge.src()), weightOf(edge)));
      }
    }
    return graph;
  }

  /** Ids as the tests compare them: integers as Long, strings as they are. */
  static Object id(Object value) {
    return value instanceof Number number ? (Object) number.longValue() : value;
  }

  List<Object> vertices() {
    return new ArrayList<>(arcs.keySet());
  }

  boolean hasVertex(Object vertex) {
    return arcs.containsKey(vertex);
  }

  List<Arc> arcs(Object vertex) {
    return arcs.getOrDefault(vertex, List.of());
  }

  private List<Arc> arcsOf(Object vertex) {
    return arcs.computeIfAbsent(vertex, v -> new ArrayList<>());
  }

  /** Whether some edge row leads from {@code from} to {@code to} (either way when undirected). */
  boolean hasArc(Object from, Object to) {
    return arcs(from).stream().anyMatch(arc -> arc.to().equals(to));
  }

  /** Whether some edge row from {@code from} to {@code to} has exactly {@code weight}. */
  boolean hasArc(Object from, Object to, double weight) {
    return arcs(from).stream().anyMatch(arc -> arc.to().equals(to) && arc.weight() == weight);
  }

  /** Queue BFS: hop distance of every vertex reachable within {@code maxDepth} hops (-1 = unlimited). */
  Map<Object, Integer> bfsDepths(Object start, int maxDepth) {
    Map<Object, Integer> depth = new LinkedHashMap<>();
    ArrayDeque<Object> queue = new ArrayDeque<>();
    depth.put(start, 0);
    queue.add(start);
    while (!queue.isEmpty()) {
      Object vertex = queue.poll();
      int next = depth.get(vertex) + 1;
      if (maxDepth >= 0 && next > maxDepth) {
        continue;
      }
      for (Arc arc : arcs(vertex)) {
        if (!depth.containsKey(arc.to())) {
          depth.put(arc.to(), next);
          queue.add(arc.to());
        }
      }
    }
    return depth;
  }

  /** One row of a DFS: the vertex, when it was discovered, its depth in the DFS tree and its parent. */
  record DfsVisit(Object node, int discovery, int depth, Object parent) {}

  /**
   * Recursive pre-order DFS; the children of a vertex at depth {@code maxDepth} are not visited.
   * It runs on a thread with a large stack, as a DFS of a big graph recurses as deep as its
   * longest branch.
   */
  List<DfsVisit> dfs(Object start, int maxDepth) {
    List<DfsVisit> visits = new ArrayList<>();
    Map<Object, Boolean> seen = new HashMap<>();
    Throwable[] failure = new Throwable[1];
    Thread deep = new Thread(null, () -> dfs(start, null, 0, maxDepth, seen, visits), "dfs-oracle", 1L << 30);
    deep.setUncaughtExceptionHandler((thread, error) -> failure[0] = error);
    deep.start();
    try {
      deep.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (failure[0] != null) {
      throw new IllegalStateException("the oracle's DFS failed", failure[0]);
    }
    return visits;
  }

  private void dfs(Object vertex, Object parent, int depth, int maxDepth, Map<Object, Boolean> seen,
      List<DfsVisit> visits) {
    seen.put(vertex, true);
    visits.add(new DfsVisit(vertex, visits.size(), depth, parent));
    if (maxDepth >= 0 && depth >= maxDepth) {
      return;
    }
    for (Arc arc : arcs(vertex)) {
      if (!seen.containsKey(arc.to())) {
        dfs(arc.to(), vertex, depth + 1, maxDepth, seen, visits);
      }
    }
  }

  /** Priority-queue Dijkstra: the least total weight of every vertex reachable from {@code start}. */
  Map<Object, Double> distances(Object start) {
    record Tentative(Object vertex, double distance) {}
    Map<Object, Double> settled = new HashMap<>();
    PriorityQueue<Tentative> queue = new PriorityQueue<>(Comparator.comparingDouble(Tentative::distance));
    queue.add(new Tentative(start, 0));
    while (!queue.isEmpty()) {
      Tentative next = queue.poll();
      if (settled.putIfAbsent(next.vertex(), next.distance()) != null) {
        continue;
      }
      for (Arc arc : arcs(next.vertex())) {
        if (!settled.containsKey(arc.to())) {
          queue.add(new Tentative(arc.to(), next.distance() + arc.weight()));
        }
      }
    }
    return settled;
  }

  /** Union-find over the edges: each vertex's weakly connected component, named by its smallest id. */
  static Map<Object, Object> components(List<Edge> edges) {
    Map<Object, Object> parent = new HashMap<>();
    for (Edge edge : edges) {
      if (edge.src() != null && edge.dst() != null) {
        Object a = root(parent, id(edge.src()));
        Object b = root(parent, id(edge.dst()));
        if (!a.equals(b)) {
          // The smaller id becomes the root, so every root is the smallest id of its component.
          boolean aFirst = VERTEX_ORDER.compare(a, b) < 0;
          parent.put(aFirst ? b : a, aFirst ? a : b);
        }
      }
    }
    Map<Object, Object> component = new HashMap<>();
    for (Object vertex : parent.keySet()) {
      component.put(vertex, root(parent, vertex));
    }
    return component;
  }

  private static Object root(Map<Object, Object> parent, Object vertex) {
    parent.putIfAbsent(vertex, vertex);
    Object root = vertex;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    while (!parent.get(vertex).equals(root)) { // path compression keeps long chains cheap
      Object next = parent.get(vertex);
      parent.put(vertex, root);
      vertex = next;
    }
    return root;
  }

  private static double weightOf(Edge edge) {
    return edge.weight() == null ? 1.0 : edge.weight();
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
