package org.parquetframe.sqltests;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Textbook PageRank by power iteration over an edge list held in maps, written to mirror the
 * NetworkX definition in SPEC: uniform teleport, dangling mass spread uniformly, L1 stopping rule
 * {@code err < N * tolerance}, parallel edges each counted. The test oracle for {@code pagerank}.
 */
final class ReferencePageRank {
  private ReferencePageRank() {}

  static Map<Object, Double> compute(List<TestingEdgeFiles.Edge> edges, boolean weighted, double damping,
      int maxIterations, double tolerance) {
    Map<Object, Double> outWeight = new LinkedHashMap<>();
    for (TestingEdgeFiles.Edge e : edges) {
      if (e.src() == null || e.dst() == null) {
        continue;
      }
      outWeight.merge(e.src(), weight(e, weighted), Double::sum);
      outWeight.putIfAbsent(e.dst(), 0.0);
    }
    int n = outWeight.size();
    Map<Object, Double> rank = new LinkedHashMap<>();
    outWeight.keySet().forEach(v -> rank.put(v, 1.0 / n));
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      double danglingMass = 0;
      for (Object v : rank.keySet()) {
        if (outWeight.get(v) == 0.0) {
          danglingMass += rank.get(v);
        }
      }
      Map<Object, Double> next = new LinkedHashMap<>();
      for (Object v : rank.keySet()) {
        next.put(v, (1 - damping) / n + damping * danglingMass / n);
      }
      for (TestingEdgeFiles.Edge e : edges) {
        if (e.src() == null || e.dst() == null || outWeight.get(e.src()) == 0.0) {
          continue;
        }
        double share = damping * rank.get(e.src()) * weight(e, weighted) / outWeight.get(e.src());
        next.merge(e.dst(), share, Double::sum);
      }
      double change = 0;
      for (Object v : rank.keySet()) {
        change += Math.abs(next.get(v) - rank.get(v));
      }
      rank.putAll(next);
      if (change < n * tolerance) {
        break;
      }
    }
    double total = rank.values().stream().mapToDouble(Double::doubleValue).sum();
    rank.replaceAll((v, r) -> r / total);
    return rank;
  }

  static Set<Object> vertices(List<TestingEdgeFiles.Edge> edges) {
    Set<Object> vertices = new HashSet<>();
    for (TestingEdgeFiles.Edge e : edges) {
      if (e.src() != null && e.dst() != null) {
        vertices.add(e.src());
        vertices.add(e.dst());
      }
    }
    return vertices;
  }

  private static double weight(TestingEdgeFiles.Edge edge, boolean weighted) {
    return weighted ? edge.weight() : 1.0;
  }
}
