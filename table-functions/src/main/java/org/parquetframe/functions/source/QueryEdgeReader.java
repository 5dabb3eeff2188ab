package org.parquetframe.functions.source;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.apache.calcite.sql.type.SqlTypeName;
import org.parquetframe.adapter.limits.MemoryLimit;
import org.parquetframe.adapter.types.ColumnType;

/**
 * Edges given as a SQL query on the same connection: the first two columns are source and target,
 * an optional third is the weight.
 */
final class QueryEdgeReader {
  private QueryEdgeReader() {}

  /** The vertex type, from the query's result metadata (the query is prepared, not run). */
  static ColumnType vertexType(Connection connection, String sql) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      return vertexType(statement.getMetaData());
    } catch (SQLException e) {
      throw new IllegalArgumentException("the edge query failed: " + e.getMessage(), e);
    }
  }

  private static ColumnType vertexType(ResultSetMetaData metadata) throws SQLException {
    if (metadata.getColumnCount() < 2) {
      throw new IllegalArgumentException("the edge query returns " + metadata.getColumnCount()
          + " column(s); it must return source and target vertex columns (and optionally a weight)");
    }
    return VertexIds.typeOf(columnType(metadata, 1), columnType(metadata, 2),
        metadata.getColumnLabel(1), metadata.getColumnLabel(2), "the edge query");
  }

  /** Runs the query once; its own result metadata gives the vertex type. */
  static EdgeList read(Connection connection, String sql, boolean weighted, MemoryLimit memoryLimit) {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      ResultSetMetaData metadata = rows.getMetaData();
      ColumnType vertexType = vertexType(metadata);
      String weightColumn = null;
      if (weighted) {
        if (metadata.getColumnCount() < 3) {
          throw new IllegalArgumentException("a weighted call needs a third column (the weight) in the edge query");
        }
        weightColumn = metadata.getColumnLabel(3);
        if (!isNumeric(metadata.getColumnType(3))) {
          throw new IllegalArgumentException("weight column '" + weightColumn + "' has type "
              + metadata.getColumnTypeName(3) + "; weights must be numeric");
        }
      }
      EdgeListBuilder builder = new EdgeListBuilder(VertexIds.empty(vertexType), weightColumn, memoryLimit,
          "the edge query");
      boolean integerIds = vertexType.isInteger();
      while (rows.next()) {
        Object source = integerIds ? nullable(rows.getLong(1), rows) : rows.getString(1);
        Object target = integerIds ? nullable(rows.getLong(2), rows) : rows.getString(2);
        Object weight = weighted ? rows.getObject(3) : null;
        builder.addValues(source, target, weight);
      }
      return builder.build();
    } catch (SQLException e) {
      throw new IllegalArgumentException("the edge query failed: " + e.getMessage(), e);
    }
  }

  private static Object nullable(long value, ResultSet rows) throws SQLException {
    return rows.wasNull() ? null : value;
  }

  private static ColumnType columnType(ResultSetMetaData metadata, int column) throws SQLException {
    return switch (metadata.getColumnType(column)) {
      case Types.TINYINT -> ColumnType.of(SqlTypeName.TINYINT);
      case Types.SMALLINT -> ColumnType.of(SqlTypeName.SMALLINT);
      case Types.INTEGER -> ColumnType.of(SqlTypeName.INTEGER);
      case Types.BIGINT -> ColumnType.of(SqlTypeName.BIGINT);
      case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR -> ColumnType.of(SqlTypeName.VARCHAR);
      default -> ColumnType.of(SqlTypeName.OTHER);
    };
  }

  private static boolean isNumeric(int jdbcType) {
    return switch (jdbcType) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.REAL, Types.FLOAT, Types.DOUBLE,
          Types.DECIMAL, Types.NUMERIC -> true;
      default -> false;
    };
  }
}
