package org.parquetframe.functions.cache;

/**
 * What identifies a built graph: the source (an absolute path, or the text of a query together
 * with the data directory it runs against), the columns read (null where not applicable), and
 * the weight column (null: unweighted).
 */
public record GraphKey(String source, String src, String dst, String weight) {}
