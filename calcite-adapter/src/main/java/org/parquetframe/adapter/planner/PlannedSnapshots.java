package org.parquetframe.adapter.planner;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.parquetframe.adapter.ParquetTable;
import org.parquetframe.adapter.metadata.TableSnapshot;

/**
 * The table snapshots a plan was made from: the row types, pushed filters and metadata answers of
 * a plan hold while each of its tables still has the snapshot it was planned with. Recorded on the
 * planning thread while {@link #recording} runs; every {@link ParquetTable#snapshot()} taken then
 * (the graph functions' edge tables included) is noted.
 */
public final class PlannedSnapshots {
  private static final ThreadLocal<PlannedSnapshots> RECORDING = new ThreadLocal<>();

  private final Map<ParquetTable, TableSnapshot> snapshots = new IdentityHashMap<>();

  /** Runs {@code planning}, noting the snapshots it takes; a nested recording's go to the outer one too. */
  static <T> T recording(PlannedSnapshots into, Supplier<T> planning) {
    PlannedSnapshots outer = RECORDING.get();
    RECORDING.set(into);
    try {
      return planning.get();
    } finally {
      RECORDING.set(outer);
      if (outer != null) {
        into.snapshots.forEach(outer.snapshots::putIfAbsent);
      }
    }
  }

  /** Notes that the plan being made (if any, on this thread) read {@code table} as {@code snapshot}. */
  public static void note(ParquetTable table, TableSnapshot snapshot) {
    PlannedSnapshots recording = RECORDING.get();
    if (recording != null) {
      recording.snapshots.putIfAbsent(table, snapshot);
    }
  }

  /**
   * True while every table is still at the snapshot it was planned with; a table whose files
   * cannot be read now is not (planning again reports why).
   */
  boolean areCurrent() {
    try {
      for (Map.Entry<ParquetTable, TableSnapshot> entry : snapshots.entrySet()) {
        if (entry.getKey().snapshot() != entry.getValue()) {
          return false;
        }
      }
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
