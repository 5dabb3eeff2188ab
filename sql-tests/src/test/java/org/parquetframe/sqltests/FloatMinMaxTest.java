package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MIN and MAX of DOUBLE and REAL columns holding NaN answer as DuckDB and PostgreSQL do, whatever
 * the row order: NaN above every number, so MAX is NaN when any value is and MIN the least number
 * (docs/types.md). Checked against a plain Java reference over random rows in several row groups,
 * with NaN, infinities, signed zeros and NULLs in random places, whole-table and grouped.
 */
class FloatMinMaxTest {
  private static final String SCHEMA =
      "message t { required int32 grp; optional double d; optional float f; required int32 id; }";
  private static final double[] SPECIAL = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0};

  @TempDir
  Path data;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void nanIsAboveEveryNumberWhereverItIs(long seed) throws SQLException {
    Random random = new Random(seed);
    List<Object[]> rows = new ArrayList<>();
    for (int id = 0; id < 300; id++) {
      Double d = value(random);
      rows.add(new Object[] {random.nextInt(4), d, d == null ? null : (float) (double) d, id});
    }
    TestingParquetFiles.file(data.resolve("t.parquet"), SCHEMA).rowGroupBytes(1024).write(rows);
    try (Connection connection = TestingOracle.parquetFrame(data)) {
      assertEquals(List.of(reference(rows, null)), TestingResults.objects(connection, "SELECT min(d), max(d), min(f), max(f) FROM t"));
      List<List<Object>> grouped = new ArrayList<>();
      TreeMap<Integer, Boolean> groups = new TreeMap<>();
      rows.forEach(row -> groups.put((Integer) row[0], true));
      for (int group : groups.keySet()) {
        List<Object> expected = new ArrayList<>(List.of(group));
        expected.addAll(reference(rows, group));
        grouped.add(expected);
      }
      assertEquals(grouped, TestingResults.objects(connection, "SELECT grp, min(d), max(d), min(f), max(f) FROM t GROUP BY grp ORDER BY grp"));
      List<List<Object>> rolledUp = new ArrayList<>(grouped);
      List<Object> total = new ArrayList<>(java.util.Collections.singletonList(null));
      total.addAll(reference(rows, null));
      rolledUp.add(total);
      assertEquals(rolledUp, TestingResults.objects(connection, "SELECT grp, min(d), max(d), min(f), max(f) FROM t"
          + " GROUP BY ROLLUP(grp) ORDER BY grp NULLS LAST"), "grouping sets");
    }
  }

  private static Double value(Random random) {
    int draw = random.nextInt(20);
    if (draw == 0) {
      return null;
    }
    return draw < 4 ? SPECIAL[random.nextInt(SPECIAL.length)] : random.nextGaussian() * 1000;
  }

  /** min(d), max(d), min(f), max(f) over the rows of {@code group} (all rows when null). */
  private static List<Object> reference(List<Object[]> rows, Integer group) {
    Double minD = null;
    Double maxD = null;
    Float minF = null;
    Float maxF = null;
    for (Object[] row : rows) {
      if ((group != null && !group.equals(row[0])) || row[1] == null) {
        continue;
      }
      double d = (Double) row[1];
      float f = (Float) row[2];
      // Double.compare and Float.compare order NaN above +Infinity and -0.0 below 0.0, as DuckDB does
      minD = minD == null || Double.compare(d, minD) < 0 ? d : minD;
      maxD = maxD == null || Double.compare(d, maxD) > 0 ? d : maxD;
      minF = minF == null || Float.compare(f, minF) < 0 ? f : minF;
      maxF = maxF == null || Float.compare(f, maxF) > 0 ? f : maxF;
    }
    return java.util.Arrays.asList(minD, maxD, minF, maxF);
  }
}
