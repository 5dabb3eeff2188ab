package org.parquetframe.adapter.planner;

import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.jdbc.CalcitePrepare.CalciteSignature;

/**
 * A connection's prepared statements by SQL text, so that a query sent again as a new
 * {@code Statement} (as BI tools and scripts do) skips parsing, validation and optimisation, which
 * cost more than a warm graph kernel. A prepared statement is reused only while the tables it was
 * planned over keep their snapshots ({@link PlannedSnapshots}); it is exactly what a JDBC
 * {@code PreparedStatement} executed again would run. The least recently used go first.
 */
public final class PlanCache {
  /** Distinct statements kept per connection. */
  static final int CAPACITY = 128;

  /** What a prepared statement depends on besides the tables it reads. */
  record Key(String sql, Type elementType, long maxRowCount, List<String> defaultSchema) {}

  record Plan(CalciteSignature<?> signature, PlannedSnapshots snapshots) {}

  private final Map<Key, Plan> plans = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, Plan> eldest) {
      return size() > CAPACITY;
    }
  };

  private long hits;
  private long plansMade;

  /** The statement prepared for {@code key}, if its tables did not change since; else null. */
  synchronized CalciteSignature<?> get(Key key) {
    Plan plan = plans.get(key);
    if (plan == null) {
      return null;
    }
    if (!plan.snapshots().areCurrent()) {
      plans.remove(key);
      return null;
    }
    hits++;
    return plan.signature();
  }

  synchronized void put(Key key, CalciteSignature<?> signature, PlannedSnapshots snapshots) {
    plansMade++;
    plans.put(key, new Plan(signature, snapshots));
  }

  /** For {@code pf_debug_info()}: statements kept, reuses and statements planned. */
  public synchronized String describe() {
    return plans.size() + " statements, " + hits + " hits, " + plansMade + " planned";
  }
}
