package org.parquetframe.cli;

/** Receives the edges of a {@link SyntheticGraph} one at a time, in order. */
@FunctionalInterface
public interface EdgeSink {
  void accept(long src, long dst, double weight);
}
