package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What pushdown did, as a user sees it: the scans of an EXPLAIN plan (pushed filter, files and row
 * groups kept out of total) and the counters of {@code pf_scan_stats()} after a query.
 */
final class TestingScans {
  private static final Pattern PLAN_SCAN = Pattern.compile(
      "ParquetTableScan\\(table=\\[\\[main, (\\w+)]], columns=\\[\\[([^]]*)]]"
          + "(?:, filter=\\[(.*?)], files=\\[(\\d+)/(\\d+)], rowGroups=\\[(\\d+)/(\\d+)])?\\)");

  private static final Pattern PLAN_METADATA_SCAN = Pattern.compile(
      "ParquetMetadataScan\\(table=\\[\\[main, (\\w+)]], answers=\\[\\[([^]]*)]]"
          + "(?:, filter=\\[(.*?)])?, files=\\[(\\d+)/(\\d+)], rowGroups=\\[(\\d+)]\\)");

  private TestingScans() {}

  /** One ParquetMetadataScan of a plan: what its rows hold, the partition filter, files kept of all, row groups. */
  record PlanMetadataScan(String table, String answers, String filter, int filesKept, int files, long rowGroups) {}

  static List<PlanMetadataScan> planMetadataScans(String plan) {
    List<PlanMetadataScan> scans = new ArrayList<>();
    Matcher matcher = PLAN_METADATA_SCAN.matcher(plan);
    while (matcher.find()) {
      scans.add(new PlanMetadataScan(matcher.group(1), matcher.group(2), matcher.group(3),
          Integer.parseInt(matcher.group(4)), Integer.parseInt(matcher.group(5)), Long.parseLong(matcher.group(6))));
    }
    return scans;
  }

  /** One ParquetTableScan of a plan; {@code filter} is null where nothing was pushed. */
  record PlanScan(String table, String columns, String filter, int filesKept, int files, long rowGroupsKept,
      long rowGroups) {}

  /** One row of {@code pf_scan_stats()}, counters by column name. */
  record Scan(String table, String filter, Map<String, Long> counters) {
    long get(String counter) {
      Long value = counters.get(counter);
      if (value == null) {
        throw new IllegalArgumentException("no counter " + counter + " in " + counters.keySet());
      }
      return value;
    }

    long rowGroupsSkipped() {
      return get("row_groups_skipped_by_statistics") + get("row_groups_skipped_by_column_index")
          + get("row_groups_skipped_by_bloom_filter") + get("row_groups_skipped_by_dictionary");
    }

    /**
     * Every row group of the files looked at is read, skipped for one reason or answered from its
     * footer, and so is every file (no LIMIT).
     */
    void assertAccountedFor() {
      assertEquals(get("row_groups_total"), get("row_groups_read") + rowGroupsSkipped()
          + get("row_groups_answered_from_metadata"), () -> "row groups of " + this);
      assertEquals(get("files_total"), get("files_read") + get("files_skipped_by_partition")
          + get("files_skipped_by_row_groups") + get("files_answered_from_metadata"), () -> "files of " + this);
    }
  }

  static String explain(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      assertTrue(rs.next());
      return rs.getString(1);
    }
  }

  static List<PlanScan> planScans(String plan) {
    List<PlanScan> scans = new ArrayList<>();
    Matcher matcher = PLAN_SCAN.matcher(plan);
    while (matcher.find()) {
      boolean pushed = matcher.group(3) != null;
      scans.add(new PlanScan(matcher.group(1), matcher.group(2), matcher.group(3),
          pushed ? Integer.parseInt(matcher.group(4)) : -1, pushed ? Integer.parseInt(matcher.group(5)) : -1,
          pushed ? Long.parseLong(matcher.group(6)) : -1, pushed ? Long.parseLong(matcher.group(7)) : -1));
    }
    return scans;
  }

  /** The single scan of the plan of {@code sql}. */
  static PlanScan planScan(Connection connection, String sql) throws SQLException {
    String plan = explain(connection, sql);
    List<PlanScan> scans = planScans(plan);
    assertEquals(1, scans.size(), plan);
    return scans.get(0);
  }

  /** The scans of the latest query that read a table on {@code connection}. */
  static List<Scan> lastQuery(Connection connection) throws SQLException {
    List<Scan> scans = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT * FROM TABLE(pf_scan_stats()) ORDER BY scan_id")) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        Map<String, Long> counters = new LinkedHashMap<>();
        for (int i = 4; i <= meta.getColumnCount(); i++) {
          counters.put(meta.getColumnLabel(i), rs.getLong(i));
        }
        scans.add(new Scan(rs.getString("table_name"), rs.getString("pushed_filter"), counters));
      }
    }
    return scans;
  }

  /** The single scan of the latest query. */
  static Scan lastScan(Connection connection) throws SQLException {
    List<Scan> scans = lastQuery(connection);
    assertEquals(1, scans.size(), scans::toString);
    return scans.get(0);
  }

  /** Runs {@code sql} to the end and returns the number of rows. */
  static int run(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      int rows = 0;
      while (rs.next()) {
        rows++;
      }
      return rows;
    }
  }
}
