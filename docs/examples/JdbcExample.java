import java.sql.*;

/** The SPEC example over the driver jar alone: java -cp parquetframe-jdbc-0.1.0.jar JdbcExample.java <dir> */
public class JdbcExample {
  public static void main(String[] args) throws SQLException {
    String sql = "SELECT node, score FROM TABLE(pagerank('edges.parquet')) ORDER BY score DESC LIMIT 10";
    try (Connection connection = DriverManager.getConnection("jdbc:parquetframe:" + args[0]);
         ResultSet rows = connection.createStatement().executeQuery(sql)) {
      while (rows.next()) System.out.println(rows.getLong("node") + "\t" + rows.getDouble("score"));
    }
  }
}
