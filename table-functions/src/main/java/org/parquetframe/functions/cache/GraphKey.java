package org.parquetframe.functions.cache;

import java.util.List;

/**
 * What identifies a built graph: the source (an absolute path, or the text of a query together
 * with the data directory it runs against), the columns read, and whether it is weighted.
 * {@code versions} is the state of the files behind it when it was built; a cached graph is used
 * only while the current versions are equal.
 */
public record GraphKey(String source, String src, String dst, String weight) {

  /** A key paired with the versions of the files it was built from. */
  public record Versioned(GraphKey key, List<?> versions) {}
}
