package org.parquetframe.adapter.predicate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A filter pushed into a scan, translated once from SQL: for each constrained column (or cast of
 * one), the {@link ColumnDomain} its values must lie in, all of which must hold. Like the domains,
 * it is an over-approximation of the rows that pass: pruning may skip what lies outside, and the
 * filter above the scan still decides each row. {@link #all()} constrains nothing; {@link #none()}
 * lets no row pass.
 */
public final class ScanPredicate {
  private static final ScanPredicate ALL = new ScanPredicate(Map.of(), false);
  private static final ScanPredicate NONE = new ScanPredicate(Map.of(), true);

  private final Map<ColumnKey, ColumnDomain> domains;
  private final boolean none;

  private ScanPredicate(Map<ColumnKey, ColumnDomain> domains, boolean none) {
    this.domains = Collections.unmodifiableMap(domains);
    this.none = none;
  }

  public static ScanPredicate all() {
    return ALL;
  }

  public static ScanPredicate none() {
    return NONE;
  }

  static ScanPredicate of(ColumnKey key, ColumnDomain domain) {
    if (domain.isNone()) {
      return NONE;
    }
    if (domain.isAll()) {
      return ALL;
    }
    Map<ColumnKey, ColumnDomain> domains = new LinkedHashMap<>();
    domains.put(key, domain);
    return new ScanPredicate(domains, false);
  }

  /** Rows that pass both. */
  public ScanPredicate and(ScanPredicate other) {
    if (none || other.none) {
      return NONE;
    }
    Map<ColumnKey, ColumnDomain> merged = new LinkedHashMap<>(domains);
    for (Map.Entry<ColumnKey, ColumnDomain> entry : other.domains.entrySet()) {
      ColumnDomain domain = merged.merge(entry.getKey(), entry.getValue(), ColumnDomain::intersect);
      if (domain.isNone()) {
        return NONE;
      }
    }
    return new ScanPredicate(merged, false);
  }

  /** Rows that pass either: column by column, so a column only one side constrains is left free. */
  public ScanPredicate or(ScanPredicate other) {
    if (none) {
      return other;
    }
    if (other.none) {
      return this;
    }
    Map<ColumnKey, ColumnDomain> merged = new LinkedHashMap<>();
    for (Map.Entry<ColumnKey, ColumnDomain> entry : domains.entrySet()) {
      ColumnDomain theirs = other.domains.get(entry.getKey());
      if (theirs != null) {
        ColumnDomain union = entry.getValue().union(theirs);
        if (!union.isAll()) {
          merged.put(entry.getKey(), union);
        }
      }
    }
    return new ScanPredicate(merged, false);
  }

  /** Whether this constrains nothing. */
  public boolean isAll() {
    return !none && domains.isEmpty();
  }

  /** Whether no row can pass. */
  public boolean isNone() {
    return none;
  }

  public Map<ColumnKey, ColumnDomain> domains() {
    return domains;
  }

  /** The names of the constrained columns. */
  public Set<String> columns() {
    Set<String> columns = new LinkedHashSet<>();
    domains.keySet().forEach(key -> columns.add(key.column()));
    return columns;
  }

  /** As SQL, the way EXPLAIN shows it: {@code "qty" > 5 AND "name" IN ('a', 'b')}. */
  @Override
  public String toString() {
    if (none) {
      return "FALSE";
    }
    if (domains.isEmpty()) {
      return "TRUE";
    }
    List<String> terms = new ArrayList<>();
    domains.forEach((key, domain) -> terms.add(domain.render(key)));
    return String.join(" AND ", terms);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScanPredicate predicate && predicate.none == none && predicate.domains.equals(domains);
  }

  @Override
  public int hashCode() {
    return domains.hashCode() * 31 + Boolean.hashCode(none);
  }
}
