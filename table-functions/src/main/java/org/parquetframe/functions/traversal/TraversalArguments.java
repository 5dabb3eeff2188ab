package org.parquetframe.functions.traversal;

/** Checks of the arguments shared by the traversal functions (vertex arguments are checked against the graph). */
public final class TraversalArguments {
  private TraversalArguments() {}

  public static void checkMaxDepth(Integer maxDepth) {
    if (maxDepth != null && maxDepth < -1) {
      throw new IllegalArgumentException("max_depth must be -1 (unlimited) or 0 or more, got " + maxDepth);
    }
  }
}
