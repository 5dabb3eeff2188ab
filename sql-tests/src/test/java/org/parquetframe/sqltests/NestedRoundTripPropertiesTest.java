package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.parquetframe.sqltests.TestingNestedShapes.Shape;

/**
 * Random nested types ({@link TestingNestedShapes}: lists in every layout, maps, ROWs, up to three
 * levels deep, every field's repetition drawn) filled with random values, NULLs and empty
 * collections, written by parquet-java under random writer settings and read back through JDBC:
 * every value comes back as written. The seed of a failing try reproduces it.
 */
class NestedRoundTripPropertiesTest {
  private static Path dir;
  private static Connection connection;
  private static int files;

  @BeforeContainer
  static void open() throws IOException, SQLException {
    dir = Files.createTempDirectory("nested-properties");
    connection = TestingOracle.parquetFrame(dir);
  }

  @AfterContainer
  static void close() throws IOException, SQLException {
    connection.close();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  @Property(tries = 60)
  void nestedValuesReadAsWritten(@ForAll long seed) throws SQLException {
    Random random = new Random(seed);
    int columns = random.nextInt(3) + 1;
    List<Shape> shapes = new ArrayList<>();
    List<String> repetitions = new ArrayList<>();
    StringBuilder schema = new StringBuilder("message m { required int32 id;");
    for (int c = 0; c < columns; c++) {
      shapes.add(TestingNestedShapes.random(random, 3));
      repetitions.add(List.of("required", "optional", "repeated").get(random.nextInt(3)));
      schema.append(' ').append(shapes.get(c).declare(repetitions.get(c), "c" + c));
    }
    schema.append(" }");
    List<Object[]> written = new ArrayList<>();
    List<List<Object>> expected = new ArrayList<>();
    for (int row = random.nextInt(60); row > 0; row--) {
      Object[] values = new Object[columns + 1];
      List<Object> read = new ArrayList<>(List.of(written.size()));
      values[0] = written.size();
      for (int c = 0; c < columns; c++) {
        Object value = TestingNestedShapes.value(shapes.get(c), repetitions.get(c), random);
        values[c + 1] = TestingNestedShapes.written(shapes.get(c), repetitions.get(c), value);
        read.add(value);
      }
      written.add(values);
      expected.add(read);
    }
    String table = "t" + files++;
    TestingParquetFiles.file(dir.resolve(table + ".parquet"), schema.toString()).dictionary(random.nextBoolean())
        .pageV2(random.nextBoolean()).pageBytes(64 << random.nextInt(6)).rowGroupBytes(512L << random.nextInt(8))
        .write(written);
    assertEquals(expected, query("SELECT * FROM " + table + " ORDER BY id"), () -> "schema " + schema);
  }

  /** A seed that once drew an ARRAY inside a ROW inside an ARRAY, which JDBC could not hand out. */
  @Example
  void arrayInRowInArray() throws SQLException {
    nestedValuesReadAsWritten(1690271L);
  }

  private static List<List<Object>> query(String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(TestingNestedValues.plain(rs.getObject(i)));
        }
        rows.add(row);
      }
    }
    return rows;
  }

}
