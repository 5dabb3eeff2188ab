package org.parquetframe.sqltests;

import static org.apache.parquet.hadoop.metadata.CompressionCodecName.SNAPPY;
import static org.apache.parquet.hadoop.metadata.CompressionCodecName.ZSTD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Relational SQL over Parquet answers as H2 does over the same rows: scans, projections, filters,
 * aggregates, joins, ordering with NULLs, LIMIT/OFFSET, DISTINCT and subqueries, over a generated
 * table of several row groups and data page v2 ({@link TestingItems}). Where H2 and Calcite differ by
 * dialect the queries say what they mean: NULL ordering is explicit (Calcite sorts NULLs last when
 * ascending, H2 first). AggregateTypesTest covers SUM and AVG of integers and decimals.
 */
class RelationalQueriesTest {
  @TempDir
  static Path data;
  private static TestingOracle oracle;

  @BeforeAll
  static void writeItemsAndCategories() throws SQLException {
    List<Object[]> items = TestingItems.items(TestingItems.ROWS, 20_240_601L);
    Path itemsFile = TestingItems.itemsFile(data.resolve("items.parquet")).codec(SNAPPY).pageV2(true).write(items);
    assertTrue(TestingParquetFiles.rowGroupCount(itemsFile) >= 3, "the fixture should span several row groups");
    List<Object[]> categories = TestingItems.categories();
    TestingParquetFiles.file(data.resolve("categories.parquet"), TestingItems.CATEGORIES_SCHEMA).codec(ZSTD)
        .write(categories);
    oracle = TestingOracle.open(data)
        .h2Table("items", TestingItems.H2_COLUMNS, items)
        .h2Table("categories", TestingItems.CATEGORIES_H2_COLUMNS, categories);
  }

  @AfterAll
  static void close() throws SQLException {
    if (oracle != null) {
      oracle.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * FROM items",
      "SELECT * FROM items ORDER BY id",
      "SELECT name, id FROM items ORDER BY id",
      "SELECT id, price * 2, qty + 1, -qty, amount * 3, CASE WHEN flag THEN 'y' ELSE 'n' END FROM items ORDER BY id",
      "SELECT sold_on, sold_at, category FROM items",
      "SELECT 1 FROM items",
  })
  void scansAndProjections(String sql) throws SQLException {
    oracle.assertSameRows(sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT id FROM items WHERE category = 3",
      "SELECT id FROM items WHERE category <> 3",
      "SELECT id, qty FROM items WHERE qty < 10",
      "SELECT id, qty FROM items WHERE qty <= 10",
      "SELECT id, qty FROM items WHERE qty > 90",
      "SELECT id, qty FROM items WHERE qty >= 90",
      "SELECT id, price FROM items WHERE price BETWEEN 100 AND 200",
      "SELECT id FROM items WHERE category IN (1, 4, 7)",
      "SELECT id FROM items WHERE category NOT IN (1, 4, 7)",
      "SELECT id FROM items WHERE name IS NULL",
      "SELECT id FROM items WHERE name IS NOT NULL AND price IS NULL",
      "SELECT id, name FROM items WHERE name LIKE 'ap%'",
      "SELECT id, name FROM items WHERE name LIKE '%-7'",
      "SELECT id FROM items WHERE (category = 1 OR qty > 50) AND NOT flag",
      "SELECT id FROM items WHERE NOT (price > 500) OR price IS NULL",
      "SELECT id FROM items WHERE flag",
      "SELECT id FROM items WHERE flag IS NULL",
      "SELECT id FROM items WHERE amount > 50000.00",
      "SELECT id FROM items WHERE amount < 0 AND qty < 0",
      "SELECT id FROM items WHERE sold_on >= DATE '2020-06-01'",
      "SELECT id FROM items WHERE sold_at < TIMESTAMP '2020-03-01 00:00:00'",
      "SELECT id, name FROM items WHERE id = 1234",
      "SELECT id FROM items WHERE name = 'no such name'",
  })
  void filters(String sql) throws SQLException {
    oracle.assertSameRows(sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT COUNT(*), COUNT(category), COUNT(name), COUNT(flag) FROM items",
      "SELECT SUM(qty), MIN(qty), MAX(qty), SUM(amount), MIN(amount), MAX(amount) FROM items",
      "SELECT MIN(price), MAX(price), AVG(price), SUM(price) FROM items",
      "SELECT MIN(name), MAX(name), MIN(sold_on), MAX(sold_on), MIN(sold_at), MAX(sold_at) FROM items",
      "SELECT AVG(CAST(qty AS DOUBLE)) FROM items",
      "SELECT category, COUNT(*), SUM(amount), MIN(name), MAX(sold_on) FROM items GROUP BY category",
      "SELECT category, COUNT(*) FROM items GROUP BY category HAVING COUNT(*) > 290",
      "SELECT flag, category, AVG(price), SUM(qty) FROM items GROUP BY flag, category",
      "SELECT COUNT(DISTINCT category), COUNT(DISTINCT name) FROM items",
      "SELECT COUNT(*), SUM(qty) FROM items WHERE category IS NULL",
      "SELECT COUNT(*), MAX(price) FROM items WHERE id < 0",
  })
  void aggregates(String sql) throws SQLException {
    oracle.assertSameRows(sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT i.id, c.cat_name FROM items i JOIN categories c ON i.category = c.cat_id",
      "SELECT i.id, c.cat_name FROM items i LEFT JOIN categories c ON i.category = c.cat_id",
      "SELECT c.cat_id, c.cat_name, COUNT(i.id) FROM categories c LEFT JOIN items i ON i.category = c.cat_id"
          + " GROUP BY c.cat_id, c.cat_name",
      "SELECT c.cat_name, i.id FROM items i RIGHT JOIN categories c ON i.category = c.cat_id AND i.qty > 99",
      "SELECT a.id, b.id FROM items a JOIN items b ON a.id = b.id + 1 WHERE a.id < 50",
      "SELECT c.cat_name, p.cat_name FROM categories c JOIN categories p ON c.parent = p.cat_id",
      "SELECT i.id FROM items i JOIN categories c ON i.category = c.cat_id WHERE c.cat_name LIKE 'c%' AND i.qty < 0",
  })
  void joins(String sql) throws SQLException {
    oracle.assertSameRows(sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT id, name FROM items ORDER BY name NULLS FIRST, id",
      "SELECT id, name FROM items ORDER BY name DESC NULLS LAST, id DESC",
      "SELECT id, price FROM items ORDER BY price DESC NULLS FIRST, id",
      "SELECT id, category, qty FROM items ORDER BY category ASC NULLS LAST, qty DESC NULLS FIRST, id",
      "SELECT id, sold_on, sold_at FROM items ORDER BY sold_on NULLS LAST, sold_at NULLS LAST, id",
      "SELECT id, name FROM items ORDER BY id LIMIT 10",
      "SELECT id, qty FROM items ORDER BY qty NULLS FIRST, id LIMIT 10 OFFSET 20",
      "SELECT id, qty FROM items ORDER BY id LIMIT 10 OFFSET 2995",
      "SELECT id, price FROM items ORDER BY price DESC NULLS LAST, id OFFSET 5 ROWS FETCH NEXT 7 ROWS ONLY",
  })
  void orderingAndLimits(String sql) throws SQLException {
    oracle.assertSameRows(sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT DISTINCT category FROM items",
      "SELECT DISTINCT category, flag FROM items",
      "SELECT id FROM items WHERE category IN (SELECT cat_id FROM categories WHERE cat_name LIKE 'c%')",
      "SELECT id FROM items WHERE category NOT IN (SELECT cat_id FROM categories WHERE parent IS NULL)",
      "SELECT id, price FROM items WHERE price > (SELECT AVG(price) FROM items)",
      "SELECT id FROM items i WHERE EXISTS (SELECT 1 FROM categories c WHERE c.cat_id = i.category AND c.parent = 2)",
      "SELECT cat_id, cat_name FROM categories c WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.category = c.cat_id"
          + " AND i.qty > 95)",
      "SELECT cat_id, (SELECT COUNT(*) FROM items i WHERE i.category = c.cat_id) FROM categories c",
      "SELECT * FROM (SELECT category, COUNT(*) AS n FROM items GROUP BY category) t WHERE n > 300",
      "WITH cheap AS (SELECT id, category FROM items WHERE price < 100)"
          + " SELECT category, COUNT(*) FROM cheap GROUP BY category",
      "SELECT category FROM items WHERE qty > 99 UNION SELECT cat_id FROM categories WHERE parent = 1",
      "SELECT category, qty FROM items WHERE qty > 99 UNION ALL SELECT cat_id, parent FROM categories",
  })
  void distinctAndSubqueries(String sql) throws SQLException {
    oracle.assertSameRows(sql);
  }

  /** H2 has no FULL JOIN; it is asked for the same rows as a LEFT JOIN plus the unmatched right side. */
  @Test
  void fullOuterJoin() throws SQLException {
    oracle.assertSameRows(
        "SELECT c.cat_name, i.id FROM items i FULL JOIN categories c ON i.category = c.cat_id AND i.qty > 99",
        "SELECT c.cat_name, i.id FROM items i LEFT JOIN categories c ON i.category = c.cat_id AND i.qty > 99"
            + " UNION ALL SELECT c.cat_name, NULL FROM categories c"
            + " WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.category = c.cat_id AND i.qty > 99)");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT id FROM items ORDER BY id",
      "SELECT id FROM items ORDER BY id LIMIT 10 OFFSET 2995",
      "SELECT id FROM items LIMIT 5 OFFSET 0",
      "SELECT category FROM items WHERE qty > 99 UNION ALL SELECT cat_id FROM categories",
      "SELECT c.cat_id, COUNT(i.id) FROM categories c LEFT JOIN items i ON i.category = c.cat_id GROUP BY c.cat_id",
      "SELECT cat_id FROM categories c WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.category = c.cat_id)",
  })
  void queriesOverAScanOfOneColumn(String sql) throws SQLException {
    oracle.assertSameRows(sql);
  }

  @Test
  void nullsSortLastAscendingAndFirstDescendingByDefault() throws SQLException {
    oracle.assertSameRows("SELECT id, name FROM items ORDER BY name, id",
        "SELECT id, name FROM items ORDER BY name NULLS LAST, id");
    oracle.assertSameRows("SELECT id, name FROM items ORDER BY name DESC, id",
        "SELECT id, name FROM items ORDER BY name DESC NULLS FIRST, id");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT ID FROM ITEMS WHERE Category = 3 ORDER BY Id",
      "select id from items where category = 3 order by id",
      "SELECT \"id\" FROM \"items\" WHERE \"category\" = 3 ORDER BY \"id\"",
      "SELECT \"ID\" FROM \"Items\" WHERE \"CATEGORY\" = 3 ORDER BY \"Id\"",
      "SELECT I.ID, C.CAT_NAME FROM ITEMS I JOIN main.CATEGORIES C ON I.CATEGORY = C.CAT_ID ORDER BY I.ID",
  })
  void identifiersMatchTablesAndColumnsWhateverTheirCase(String sql) throws SQLException {
    oracle.assertSameRows(sql, sql.replace("main.", ""));
  }

  @Test
  void columnNamesKeepTheCaseTheyHaveInTheFile() throws SQLException {
    TestingParquetFiles.file(data.resolve("t.parquet"),
        "message t { required int64 id; optional binary MixedCase (STRING); }")
        .write(List.of(new Object[] {1L, "one"}, new Object[] {2L, null}));
    try (Statement statement = oracle.parquet().createStatement();
        ResultSet rs = statement.executeQuery("SELECT * FROM T WHERE ID = 1")) {
      assertEquals("id", rs.getMetaData().getColumnName(1));
      assertEquals("MixedCase", rs.getMetaData().getColumnName(2));
      assertTrue(rs.next());
      assertEquals("one", rs.getString("mixedcase"));
    }
    assertEquals(List.of(List.of(java.math.BigDecimal.valueOf(2))),
        TestingResults.query(oracle.parquet(), "SELECT ID FROM T WHERE \"MIXEDCASE\" IS NULL"));
  }
}
