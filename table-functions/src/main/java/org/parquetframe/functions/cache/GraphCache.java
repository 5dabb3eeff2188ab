package org.parquetframe.functions.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Built graphs kept for later calls, shared by every connection of the JVM. An entry is used only
 * while the files it was built from are unchanged; entries are evicted least recently used first
 * to stay within the byte budget. Concurrent requests for the same missing graph build it once:
 * the first builds, the others wait for its result.
 */
public final class GraphCache {
  private static final GraphCache SHARED = new GraphCache(Runtime.getRuntime().maxMemory() / 4);

  private final Map<GraphKey, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long budgetBytes;
  private long usedBytes;
  private long hits;
  private long builds;

  private static final class Entry {
    final List<?> versions;
    final CompletableFuture<LoadedGraph> graph = new CompletableFuture<>();
    long bytes;

    Entry(List<?> versions) {
      this.versions = versions;
    }
  }

  public GraphCache(long budgetBytes) {
    this.budgetBytes = budgetBytes;
  }

  public static GraphCache shared() {
    return SHARED;
  }

  /** The graph for {@code key} built from files at {@code versions}, building it with {@code builder} if needed. */
  public LoadedGraph get(GraphKey key, List<?> versions, Supplier<LoadedGraph> builder) {
    Entry entry;
    boolean mine = false;
    synchronized (this) {
      entry = entries.get(key);
      if (entry != null && !entry.versions.equals(versions)) {
        remove(key, entry);
        entry = null;
      }
      if (entry == null) {
        entry = new Entry(versions);
        entries.put(key, entry);
        mine = true;
        builds++;
      } else {
        hits++;
      }
    }
    if (mine) {
      build(key, entry, builder);
    }
    try {
      return entry.graph.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
    }
  }

  private void build(GraphKey key, Entry entry, Supplier<LoadedGraph> builder) {
    try {
      LoadedGraph graph = builder.get();
      synchronized (this) {
        entry.bytes = graph.sizeInBytes();
        if (entries.get(key) == entry) {
          usedBytes += entry.bytes;
          evictOverBudget(key);
        }
      }
      entry.graph.complete(graph);
    } catch (RuntimeException | Error e) {
      synchronized (this) {
        if (entries.get(key) == entry) {
          entries.remove(key);
        }
      }
      entry.graph.completeExceptionally(e);
    }
  }

  /** Evicts least recently used finished entries, never the one just built, until within budget. */
  private void evictOverBudget(GraphKey keep) {
    Iterator<Map.Entry<GraphKey, Entry>> oldestFirst = entries.entrySet().iterator();
    while (usedBytes > budgetBytes && oldestFirst.hasNext()) {
      Map.Entry<GraphKey, Entry> candidate = oldestFirst.next();
      if (!candidate.getKey().equals(keep) && candidate.getValue().graph.isDone()) {
        usedBytes -= candidate.getValue().bytes;
        oldestFirst.remove();
      }
    }
    if (usedBytes > budgetBytes && keep != null && entries.containsKey(keep)) {
      remove(keep, entries.get(keep)); // larger than the whole budget: used once, not kept
    }
  }

  private void remove(GraphKey key, Entry entry) {
    entries.remove(key);
    usedBytes -= entry.bytes;
  }

  public synchronized void setBudgetBytes(long budgetBytes) {
    this.budgetBytes = budgetBytes;
    evictOverBudget(null);
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

  public synchronized long builds() {
    return builds;
  }

  public synchronized void clear() {
    entries.clear();
    usedBytes = 0;
  }
}
