package org.parquetframe.adapter.metadata;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parquetframe.adapter.format.DecodedFooter;
import org.parquetframe.adapter.format.FileVersion;

/**
 * Decoded footers kept for every connection of the JVM, one per file, under the file version they
 * were read from: a lookup for another version (the file changed) drops the entry. Bounded by an
 * estimate of the heap the footers keep ({@link FooterSize}); the least recently used go first,
 * and a footer larger than the whole budget is not kept. The budget is the {@code
 * metadata_cache_bytes} property (docs/configuration.md); the last connection that sets it wins.
 */
public final class FooterStore {
  private static final FooterStore SHARED = new FooterStore(Runtime.getRuntime().maxMemory() / 16);

  private final Map<Path, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long budgetBytes;
  private long usedBytes;
  private long hits;
  private long misses;
  private long evictions;

  private record Entry(FileVersion version, DecodedFooter footer, long bytes) {}

  public FooterStore(long budgetBytes) {
    this.budgetBytes = budgetBytes;
  }

  /** The store shared by every connection of the JVM. */
  public static FooterStore shared() {
    return SHARED;
  }

  /** The footer of {@code version} if it is kept; a kept footer of another version of the file is dropped. */
  public synchronized DecodedFooter get(FileVersion version) {
    Entry entry = entries.get(version.path());
    if (entry != null && entry.version().equals(version)) {
      hits++;
      return entry.footer();
    }
    if (entry != null) {
      remove(version.path(), entry);
    }
    misses++;
    return null;
  }

  /** Keeps {@code footer}, read from {@code version}, evicting the least recently used footers over budget. */
  public synchronized void put(FileVersion version, DecodedFooter footer) {
    long bytes = FooterSize.estimate(footer);
    Entry previous = entries.get(version.path());
    if (previous != null) {
      remove(version.path(), previous);
    }
    if (bytes > budgetBytes) {
      return; // used by the query that read it, not kept
    }
    entries.put(version.path(), new Entry(version, footer, bytes));
    usedBytes += bytes;
    evictOverBudget();
  }

  public synchronized void setBudgetBytes(long budgetBytes) {
    this.budgetBytes = budgetBytes;
    evictOverBudget();
  }

  private void evictOverBudget() {
    Iterator<Map.Entry<Path, Entry>> oldestFirst = entries.entrySet().iterator();
    while (usedBytes > budgetBytes && oldestFirst.hasNext()) {
      usedBytes -= oldestFirst.next().getValue().bytes();
      oldestFirst.remove();
      evictions++;
    }
  }

  private void remove(Path path, Entry entry) {
    entries.remove(path);
    usedBytes -= entry.bytes();
  }

  public synchronized long budgetBytes() {
    return budgetBytes;
  }

  public synchronized long usedBytes() {
    return usedBytes;
  }

  public synchronized int size() {
    return entries.size();
  }

  public synchronized long hits() {
    return hits;
  }

  /** Lookups that found no footer of the version asked for: each one is a footer read. */
  public synchronized long misses() {
    return misses;
  }

  /** Footers dropped to stay within the budget (not those dropped because their file changed). */
  public synchronized long evictions() {
    return evictions;
  }

  /** One line for {@code pf_debug_info()}. */
  public synchronized String describe() {
    return entries.size() + " files, " + usedBytes + " of " + budgetBytes + " bytes, " + hits + " hits, " + misses
        + " reads, " + evictions + " evictions";
  }
}
