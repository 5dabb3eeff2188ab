package org.parquetframe.functions;

import org.parquetframe.functions.source.EdgeSource;
import org.parquetframe.functions.source.VertexIds;

/**
 * A graph function that starts from one vertex ({@code start_node}) and may ignore edge direction
 * ({@code directed => FALSE}): bfs, dfs, shortest_path and dijkstra.
 */
public abstract class SingleSourceFunction extends GraphFunctionTable {
  private final String startNode;
  private final Boolean directed;

  protected SingleSourceFunction(String function, EdgeSource.Spec source, String startNode, Boolean directed) {
    super(function, source);
    this.startNode = startNode;
    this.directed = directed;
  }

  /** The dense index of {@code start_node}; an error if the graph has no such vertex. */
  protected int start(VertexIds ids) {
    return ids.indexOf("start_node", startNode);
  }

  /** Whether edges are followed only from source to target (the default). */
  protected boolean directed() {
    return directed == null || directed;
  }
}
