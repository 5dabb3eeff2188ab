package org.parquetframe.benchmarks.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parquetframe.benchmarks.report.SampleStats;

/**
 * Ratios of medians, ours ÷ JGraphT (below 1: ours is faster), measured in the same run on the
 * same graph, so that the machine's speed and load largely cancel out. Keyed
 * {@code model/e<edges>/<kernel>/<phase>}:
 * <ul>
 *   <li>{@code warm}: our warm query ÷ JGraphT's kernel on its graph in memory;
 *   <li>{@code cold}: our cold query ÷ JGraphT's build plus kernel;
 *   <li>{@code build/cold}: our read and build ÷ JGraphT's load.
 * </ul>
 * A ratio that cannot be formed (a side missing or did not finish) is left out.
 */
public final class GraphRatios {
  private GraphRatios() {}

  public static String key(String model, long edges, String kernel, String phase) {
    return model + "/e" + edges + "/" + kernel + "/" + phase;
  }

  public static Map<String, Double> of(BenchResults results) {
    Map<String, Double> ratios = new LinkedHashMap<>();
    for (GraphCase graph : results.options().cases()) {
      String model = graph.model().cliName();
      long edges = graph.edges();
      double jgraphtBuild = results.median(BenchOptions.JGRAPHT, model, edges, GraphKernel.BUILD, "cold");
      put(ratios, key(model, edges, GraphKernel.BUILD, "cold"),
          results.median(BenchOptions.PARQUETFRAME, model, edges, GraphKernel.BUILD, "cold"), jgraphtBuild);
      for (String kernel : results.options().kernels()) {
        double jgraphtRun = results.median(BenchOptions.JGRAPHT, model, edges, kernel, "run");
        put(ratios, key(model, edges, kernel, "warm"),
            results.median(BenchOptions.PARQUETFRAME, model, edges, kernel, "warm"), jgraphtRun);
        put(ratios, key(model, edges, kernel, "cold"),
            results.median(BenchOptions.PARQUETFRAME, model, edges, kernel, "cold"), jgraphtBuild + jgraphtRun);
      }
    }
    return ratios;
  }

  private static void put(Map<String, Double> ratios, String key, double ours, double theirs) {
    double ratio = SampleStats.ratio(ours, theirs);
    if (!Double.isNaN(ratio)) {
      ratios.put(key, ratio);
    }
  }
}
