package org.parquetframe.adapter.metadata;

import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.parquetframe.adapter.format.DecodedFooter;
import org.parquetframe.adapter.format.FileVersion;
import org.parquetframe.adapter.format.ParquetFooter;
import org.parquetframe.adapter.parallel.ParallelReads;

/**
 * A connection's way to Parquet footers: through the JVM-wide {@link FooterStore}, reading each
 * footer once per file version (a changed file is read again), and the footers of many files in
 * parallel on up to the connection's {@code threads}. A footer is kept only under the version it
 * was read from: reading fails with a {@link org.parquetframe.adapter.format.FileChangedException}
 * when the file is no longer the version asked for.
 */
public final class FooterCache {
  private final FooterStore store;
  private final int threads;

  public FooterCache(FooterStore store, int threads) {
    this.store = store;
    this.threads = threads;
  }

  public ParquetMetadata footer(FileVersion version) {
    return decoded(version).metadata();
  }

  /** The footer of {@code version} with the writer's declarations on its statistics bounds. */
  public DecodedFooter decoded(FileVersion version) {
    DecodedFooter footer = store.get(version);
    if (footer == null) {
      footer = ParquetFooter.readDecoded(version);
      store.put(version, footer);
    }
    return footer;
  }

  /** The footers of {@code versions}, in their order; those not kept are read in parallel. */
  public List<DecodedFooter> decoded(List<FileVersion> versions) {
    List<DecodedFooter> footers = new ArrayList<>(versions.size());
    List<FileVersion> missing = new ArrayList<>();
    for (FileVersion version : versions) {
      DecodedFooter kept = store.get(version);
      footers.add(kept);
      if (kept == null) {
        missing.add(version);
      }
    }
    if (missing.isEmpty()) {
      return footers;
    }
    List<DecodedFooter> read = ParallelReads.map(threads, missing, ParquetFooter::readDecoded);
    for (int i = 0, next = 0; i < footers.size(); i++) {
      if (footers.get(i) == null) {
        DecodedFooter footer = read.get(next++);
        store.put(versions.get(i), footer);
        footers.set(i, footer);
      }
    }
    return footers;
  }

  /** As {@link #decoded(List)}, the footers only. */
  public List<ParquetMetadata> footers(List<FileVersion> versions) {
    return decoded(versions).stream().map(DecodedFooter::metadata).toList();
  }

  public FooterStore store() {
    return store;
  }

  /** How many footers this connection reads at once. */
  public int threads() {
    return threads;
  }
}
