package org.parquetframe.kernels.pagerank;

import java.util.Arrays;
import org.parquetframe.kernels.graph.TestingEdgeList;

/**
 * Textbook serial PageRank straight from the edge list, as the oracle for {@link PageRank}: no
 * CSR, no chunks, and a push loop over the edges instead of a pull over in-edges.
 */
public final class ReferencePageRank {

    public record Result(double[] scores, int iterations, boolean converged) {
    }

    private ReferencePageRank() {
    }

    public static Result compute(TestingEdgeList edges, double damping, int maxIterations, double tolerance) {
        int n = edges.vertexCount();
        if (n == 0) {
            return new Result(new double[0], 0, true);
        }
        double[] outWeight = new double[n];
        for (int e = 0; e < edges.edgeCount(); e++) {
            outWeight[edges.src()[e]] += edges.weight(e);
        }
        double[] x = new double[n];
        Arrays.fill(x, 1.0 / n);
        int iterations = 0;
        boolean converged = false;
        while (iterations < maxIterations && !converged) {
            double dangling = 0;
            for (int u = 0; u < n; u++) {
                if (outWeight[u] == 0) {
                    dangling += x[u];
                }
            }
            double[] next = new double[n];
            for (int e = 0; e < edges.edgeCount(); e++) {
                int u = edges.src()[e];
                if (outWeight[u] != 0) {
                    next[edges.dst()[e]] += x[u] * edges.weight(e) / outWeight[u];
                }
            }
            double change = 0;
            for (int v = 0; v < n; v++) {
                next[v] = damping * (next[v] + dangling / n) + (1 - damping) / n;
                change += Math.abs(next[v] - x[v]);
            }
            x = next;
            iterations++;
            converged = change < n * tolerance;
        }
        double sum = Arrays.stream(x).sum();
        return new Result(Arrays.stream(x).map(v -> v / sum).toArray(), iterations, converged);
    }
}
