package org.parquetframe.sqltests;

import static org.parquetframe.sqltests.TestingNestedFields.group;
import static org.parquetframe.sqltests.TestingNestedFields.keyValues;
import static org.parquetframe.sqltests.TestingNestedFields.list3;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A table with one column of each nested kind, generated from a seed, and its rows as the Java
 * values the tests expect: {@code tags} (a list of optional strings), {@code scores} (an
 * unannotated repeated int), {@code m} (a map of strings to optional ints), {@code address} (a ROW
 * of a required city and an optional zip) and {@code pts} (a list of optional ROWs of a required x
 * and an optional y). NULLs, empty collections, NULL elements and NULL fields all occur.
 */
final class TestingNestedTable {
  static final String SCHEMA = "message t { required int64 id;"
      + " optional group tags (LIST) { repeated group list { optional binary element (STRING); } }"
      + " repeated int32 scores;"
      + " optional group m (MAP) { repeated group key_value { required binary key (STRING); optional int32 value; } }"
      + " optional group address { required binary city (STRING); optional int32 zip; }"
      + " optional group pts (LIST) { repeated group list { optional group element { required int32 x;"
      + " optional int32 y; } } } }";
  private static final List<String> TAGS = Arrays.asList("red", "green", "blue", null);
  private static final List<String> CITIES = List.of("Oslo", "Bergen", "Tromsø");

  /** One row as Java values: lists, maps, and ROWs as lists of their fields. */
  record Row(long id, List<String> tags, List<Integer> scores, Map<String, Integer> m, List<Object> address,
      List<List<Integer>> pts) {}

  private TestingNestedTable() {}

  static List<Row> rows(int count, long seed) {
    Random random = new Random(seed);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(new Row(i, tags(random), scores(random), map(random), address(random), points(random)));
    }
    return rows;
  }

  /** Writes {@code rows} to {@code file}, several row groups and many pages. */
  static Path write(Path file, List<Row> rows) {
    return TestingParquetFiles.file(file, SCHEMA).rowGroupBytes(2048).pageBytes(128).write(written(rows));
  }

  /** {@code rows} as {@link TestingParquetFiles} writes them. */
  static List<Object[]> written(List<Row> rows) {
    List<Object[]> written = new ArrayList<>();
    for (Row row : rows) {
      written.add(new Object[] {row.id(), list3(row.tags()), row.scores(), keyValues(row.m()),
          row.address() == null ? null : row.address().toArray(),
          row.pts() == null ? null : list3(row.pts().stream().map(p -> p == null ? null : group(p.toArray())).toList())});
    }
    return written;
  }

  private static List<String> tags(Random random) {
    int kind = random.nextInt(6);
    if (kind == 0) {
      return null;
    }
    List<String> tags = new ArrayList<>();
    for (int i = kind == 1 ? 0 : random.nextInt(4) + 1; i > 0; i--) {
      tags.add(TAGS.get(random.nextInt(TAGS.size())));
    }
    return tags;
  }

  private static List<Integer> scores(Random random) {
    List<Integer> scores = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      scores.add(random.nextInt(10));
    }
    return scores;
  }

  private static Map<String, Integer> map(Random random) {
    if (random.nextInt(5) == 0) {
      return null;
    }
    Map<String, Integer> map = new LinkedHashMap<>();
    for (String key : List.of("a", "b", "c")) {
      if (random.nextBoolean()) {
        map.put(key, random.nextInt(4) == 0 ? null : random.nextInt(10));
      }
    }
    return map;
  }

  private static List<Object> address(Random random) {
    if (random.nextInt(5) == 0) {
      return null;
    }
    Integer zip = random.nextInt(3) == 0 ? null : 1000 + random.nextInt(9000);
    return Arrays.asList(CITIES.get(random.nextInt(CITIES.size())), zip);
  }

  private static List<List<Integer>> points(Random random) {
    if (random.nextInt(5) == 0) {
      return null;
    }
    List<List<Integer>> points = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      points.add(random.nextInt(4) == 0 ? null : Arrays.asList(random.nextInt(100),
          random.nextInt(3) == 0 ? null : random.nextInt(100)));
    }
    return points;
  }
}
