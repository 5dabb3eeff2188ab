package org.parquetframe.functions.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.parquetframe.adapter.ParquetSchema;
import org.parquetframe.adapter.ParquetTable;
import org.parquetframe.adapter.metadata.TableColumn;
import org.parquetframe.adapter.metadata.TableSnapshot;
import org.parquetframe.adapter.types.ColumnType;
import org.parquetframe.functions.GraphSession;

/**
 * Where a graph function's edges come from: its {@code edges} argument is a SQL query (text
 * starting with SELECT or WITH), a path relative to the data directory, or a table name.
 */
public final class EdgeSource {
  private static final Pattern QUERY = Pattern.compile("^\\s*\\(*\\s*(SELECT|WITH)\\b", Pattern.CASE_INSENSITIVE);

  private EdgeSource() {}

  /** The arguments that identify a graph: edge source, column names (weight null = unweighted) and engine. */
  public record Spec(String edges, String src, String dst, String weight, String engine) {
    public Spec {
      src = src == null ? "src" : src;
      dst = dst == null ? "dst" : dst;
    }
  }

  /** Checks what can be checked without reading anything. */
  public static void validate(Spec spec) {
    if (spec.edges() == null || spec.edges().isBlank()) {
      throw new IllegalArgumentException("the edges argument is required: a Parquet file or directory, "
          + "a table name, or a SELECT query");
    }
  }

  public static boolean isQuery(String edges) {
    return QUERY.matcher(edges).find();
  }

  /** The SQL type of the vertex ids, without reading any edge. */
  public static ColumnType vertexType(GraphSession session, Spec spec, String function) {
    try {
      if (isQuery(spec.edges())) {
        return QueryEdgeReader.vertexType(session.connection(), spec.edges());
      }
      TableSnapshot snapshot = table(session.schema(), spec.edges()).snapshot();
      return VertexIds.typeOf(column(snapshot, spec.src()).type(), column(snapshot, spec.dst()).type(),
          spec.src(), spec.dst());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(function + ": " + e.getMessage(), e);
    }
  }

  /** All edges of the source, as dense indexes. */
  public static EdgeList load(GraphSession session, Spec spec, String function) {
    try {
      if (isQuery(spec.edges())) {
        return QueryEdgeReader.read(session.connection(), spec.edges(), spec.weight() != null);
      }
      ParquetTable table = table(session.schema(), spec.edges());
      TableSnapshot snapshot = table.snapshot();
      ColumnType vertexType = VertexIds.typeOf(column(snapshot, spec.src()).type(), column(snapshot, spec.dst()).type(),
          spec.src(), spec.dst());
      if (spec.weight() != null) {
        TableColumn weight = column(snapshot, spec.weight());
        if (!weight.type().isNumeric()) {
          throw new IllegalArgumentException("weight column '" + spec.weight() + "' has type " + weight.type()
              + "; weights must be numeric");
        }
      }
      return ParquetEdgeReader.read(snapshot, table.footers(), VertexIds.empty(vertexType), column(snapshot, spec.src()).name(),
          column(snapshot, spec.dst()).name(), spec.weight() == null ? null : column(snapshot, spec.weight()).name(),
          session.settings().threads());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(function + ": " + e.getMessage(), e);
    }
  }

  /** The table over a path (relative to the data directory) or over a table of the schema. */
  private static ParquetTable table(ParquetSchema schema, String edges) {
    Path path = schema.root().resolve(edges.trim());
    if (Files.exists(path)) {
      return schema.table(path);
    }
    Map<String, Path> tables = schema.root().tables();
    for (Map.Entry<String, Path> table : tables.entrySet()) {
      if (table.getKey().equalsIgnoreCase(edges.trim())) {
        return schema.table(table.getValue());
      }
    }
    throw new IllegalArgumentException("no Parquet file, directory or table named '" + edges + "' in '"
        + schema.root().path() + "'; tables: " + tables.keySet()
        + " (or give a query starting with SELECT or WITH)");
  }

  /** A column by name, case-insensitively as in SQL; an error listing the columns that exist. */
  private static TableColumn column(TableSnapshot snapshot, String name) {
    TableColumn caseInsensitive = null;
    for (TableColumn column : snapshot.columns()) {
      if (column.name().equals(name)) {
        return column;
      }
      if (column.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        caseInsensitive = column;
      }
    }
    if (caseInsensitive != null) {
      return caseInsensitive;
    }
    throw new IllegalArgumentException("column '" + name + "' not found in '" + snapshot.location()
        + "'; its columns are " + snapshot.columnNames());
  }
}
