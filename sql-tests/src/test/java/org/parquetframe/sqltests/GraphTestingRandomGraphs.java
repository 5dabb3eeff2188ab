package org.parquetframe.sqltests;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * Random multigraphs for the property tests. A graph is drawn from a few shape parameters and a
 * seed, so that shrinking the parameters (fewer vertices, fewer clusters, fewer edges) keeps the
 * same kind of graph while making it smaller. Vertices fall into clusters that are joined only by
 * rare bridge edges, giving disconnected and isolated parts; self-loops, repeated rows (parallel
 * edges) and rows with a NULL endpoint are mixed in; ids are sparse BIGINTs (negative ones too) or
 * VARCHARs whose lexical order differs from their numeric suffix.
 */
final class GraphTestingRandomGraphs {
  private static final String[] PREFIXES = {"a", "B", "é", "z", "Zed-"};

  private GraphTestingRandomGraphs() {}

  /**
   * A drawn graph and the arguments to call a function with: {@code start} and {@code target} are
   * endpoints of edges (null when the graph has no edges), {@code maxDepth} is -1 or a depth.
   */
  record GraphCase(List<Edge> edges, boolean varcharIds, boolean directed, Object start, Object target,
      int maxDepth, String shape) {

    List<Edge> unweighted() {
      return edges.stream().map(e -> new Edge(e.src(), e.dst(), null)).toList();
    }

    /** The SQL literal of a vertex id. */
    static String literal(Object id) {
      return id instanceof String text ? "'" + text.replace("'", "''") + "'" : String.valueOf(id);
    }

    @Override
    public String toString() {
      return shape + ", directed=" + directed + ", start=" + start + ", target=" + target + ", max_depth=" + maxDepth
          + (edges.size() <= 40 ? ", edges=" + edges : ", " + edges.size() + " edge rows");
    }
  }

  /** Graphs with 0..2000 vertices, all the shapes described on the class. */
  static Arbitrary<GraphCase> graphs() {
    return Combinators.combine(
        vertexCounts(),
        Arbitraries.integers().between(1, 12),
        Arbitraries.doubles().between(0.3, 3.0).ofScale(1),
        Arbitraries.of(false, true),
        Arbitraries.of(false, true),
        Arbitraries.of(-1, -1, 0, 1, 2, 3, 6),
        Arbitraries.longs())
        .as(GraphTestingRandomGraphs::draw);
  }

  /**
   * Graphs of 20,000 to 100,000 ids in at most three clusters: their BFS levels are big enough for
   * the kernels' parallel and bottom-up steps, and their edges span several row groups.
   */
  static Arbitrary<GraphCase> bigGraphs() {
    return Combinators.combine(
        Arbitraries.integers().between(20_000, 100_000).withDistribution(RandomDistribution.uniform()),
        Arbitraries.integers().between(1, 3),
        Arbitraries.doubles().between(1.5, 5.0).ofScale(1).withDistribution(RandomDistribution.uniform()),
        Arbitraries.of(false, true),
        Arbitraries.of(false, true),
        Arbitraries.of(-1, -1, -1, 3),
        Arbitraries.longs())
        .as(GraphTestingRandomGraphs::draw);
  }

  /** Mostly hundreds to thousands of ids, some tiny graphs (the empty one too). */
  private static Arbitrary<Integer> vertexCounts() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.integers().between(0, 10)),
        Tuple.of(4, Arbitraries.integers().between(11, 300)),
        Tuple.of(5, Arbitraries.integers().between(301, 2000)));
  }

  /** Graphs with at least one edge, so that they have a start vertex. */
  static Arbitrary<GraphCase> nonEmptyGraphs() {
    return graphs().filter(g -> g.start() != null);
  }

  private static GraphCase draw(int vertices, int clusters, double edgesPerVertex, boolean varcharIds,
      boolean directed, int maxDepth, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Object> ids = ids(vertices, varcharIds, random);
    int clusterSize = Math.max(1, (vertices + clusters - 1) / clusters);
    List<Edge> edges = new ArrayList<>();
    int rows = vertices == 0 ? 0 : Math.max(1, (int) Math.round(vertices * edgesPerVertex));
    for (int i = 0; i < rows; i++) {
      edges.add(edge(edges, ids, clusterSize, random));
    }
    Object start = edges.isEmpty() ? null : endpoint(edges, random);
    Object target = edges.isEmpty() ? null : endpoint(edges, random);
    if (maxDepth == 6) {
      maxDepth = random.nextInt(Math.max(1, vertices));
    }
    String shape = vertices + " ids (" + (varcharIds ? "VARCHAR" : "BIGINT") + "), " + clusters + " clusters, "
        + edgesPerVertex + " edges per id, seed " + seed;
    return new GraphCase(edges, varcharIds, directed, start, target, maxDepth, shape);
  }

  private static Edge edge(List<Edge> previous, List<Object> ids, int clusterSize, SplittableRandom random) {
    int kind = random.nextInt(100);
    if (kind < 8 && !previous.isEmpty()) { // a repeated row: a parallel edge, maybe with another weight
      Edge copy = previous.get(random.nextInt(previous.size()));
      return new Edge(copy.src(), copy.dst(), weight(random));
    }
    int from = random.nextInt(ids.size());
    int to;
    if (kind < 14) {
      to = from;
    } else if (kind < 17) {
      to = random.nextInt(ids.size());
    } else {
      int clusterStart = from / clusterSize * clusterSize;
      to = Math.min(ids.size() - 1, clusterStart + random.nextInt(clusterSize));
    }
    if (kind == 99 && !previous.isEmpty()) { // skipped: its ids need not appear anywhere else
      return random.nextBoolean() ? new Edge(null, ids.get(to), 1.0) : new Edge(ids.get(from), null, 1.0);
    }
    return new Edge(ids.get(from), ids.get(to), weight(random));
  }

  /** Small integer weights (exact sums, many ties), zero included, some halves. */
  private static double weight(SplittableRandom random) {
    return random.nextInt(10) + (random.nextInt(5) == 0 ? 0.5 : 0);
  }

  private static Object endpoint(List<Edge> edges, SplittableRandom random) {
    while (true) {
      Edge edge = edges.get(random.nextInt(edges.size()));
      Object vertex = random.nextBoolean() ? edge.src() : edge.dst();
      if (edge.src() != null && edge.dst() != null) {
        return vertex;
      }
    }
  }

  private static List<Object> ids(int count, boolean varchar, SplittableRandom random) {
    Set<Object> ids = new LinkedHashSet<>();
    long spread = 1L + random.nextInt(3) * 1_000_000_000L;
    while (ids.size() < count) {
      long number = random.nextLong(-count - 5L, count * 3L + 5L) * spread;
      ids.add(varchar ? PREFIXES[random.nextInt(PREFIXES.length)] + Math.abs(number) : (Object) number);
    }
    return new ArrayList<>(ids);
  }
}
