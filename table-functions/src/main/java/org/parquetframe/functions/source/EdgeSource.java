package org.parquetframe.functions.source;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parquetframe.adapter.ParquetSchema;
import org.parquetframe.adapter.ParquetTable;
import org.parquetframe.adapter.format.FileVersion;
import org.parquetframe.adapter.limits.MemoryLimit;
import org.parquetframe.adapter.metadata.DataFile;
import org.parquetframe.adapter.metadata.DataRoot;
import org.parquetframe.adapter.metadata.TableColumn;
import org.parquetframe.adapter.metadata.TableSnapshot;
import org.parquetframe.adapter.types.ColumnType;
import org.parquetframe.functions.GraphSession;
import org.parquetframe.functions.cache.GraphKey;
import org.parquetframe.functions.diagnostics.Metrics;
import org.parquetframe.functions.cache.LoadedGraph;
import org.parquetframe.kernels.graph.Graph;

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
  public static ColumnType vertexType(GraphSession session, Spec spec) {
    if (isQuery(spec.edges())) {
      return QueryEdgeReader.vertexType(session.connection(), spec.edges());
    }
    return vertexType(table(session.schema(), spec.edges()).snapshot(), spec);
  }

  private static ColumnType vertexType(TableSnapshot snapshot, Spec spec) {
    return VertexIds.typeOf(column(snapshot, spec.src()).type(), column(snapshot, spec.dst()).type(),
        spec.src(), spec.dst(), "'" + spec.edges() + "'");
  }

  /**
   * The graph of the source, from the shared cache while the files behind it are unchanged, else
   * read and built (once, however many queries ask at the same time).
   */
  public static LoadedGraph graph(GraphSession session, Spec spec) {
    int threads = session.settings().threads();
    if (isQuery(spec.edges())) {
      DataRoot root = session.schema().root();
      GraphKey key = new GraphKey("query in " + root.path() + ": " + spec.edges(), null, null,
          spec.weight() == null ? null : "column 3");
      return session.graphs().get(key, root.fileVersions(), () -> build(measured(
          () -> QueryEdgeReader.read(session.connection(), spec.edges(), spec.weight() != null,
              session.schema().memoryLimit())), threads));
    }
    ParquetTable table = table(session.schema(), spec.edges());
    TableSnapshot snapshot = table.snapshot();
    List<FileVersion> versions = snapshot.files().stream().map(DataFile::version).toList();
    GraphKey key = new GraphKey(table.location().toString(), column(snapshot, spec.src()).name(),
        column(snapshot, spec.dst()).name(), spec.weight() == null ? null : column(snapshot, spec.weight()).name());
    return session.graphs().get(key, versions,
        () -> load(table, snapshot, spec, threads, session.schema().memoryLimit()));
  }


  /** The graph of a query's edges, both directions built now. */
  private static LoadedGraph build(EdgeList edges, int threads) {
    long start = System.nanoTime();
    Graph graph = edges.toGraph(threads);
    graph.in(); // both directions now, so the cached size is final and no query builds it later
    Metrics.record("graph_build", "jvm", System.nanoTime() - start, edges.count());
    return new LoadedGraph(graph, edges.vertices());
  }

  /** Reads the edges, recording the read in the metrics. */
  private static EdgeList measured(java.util.function.Supplier<EdgeList> reader) {
    long start = System.nanoTime();
    EdgeList edges = reader.get();
    Metrics.record("edge_read", "jvm", System.nanoTime() - start, edges.count());
    return edges;
  }

  /** The graph of a Parquet source. */
  private static LoadedGraph load(ParquetTable table, TableSnapshot snapshot, Spec spec, int threads,
      MemoryLimit memoryLimit) {
    TableColumn src = column(snapshot, spec.src());
    TableColumn dst = column(snapshot, spec.dst());
    ColumnType vertexType = vertexType(snapshot, spec);
    TableColumn weight = spec.weight() == null ? null : column(snapshot, spec.weight());
    if (weight != null && !weight.type().isNumeric()) {
      throw new IllegalArgumentException("weight column '" + weight.name() + "' has type " + weight.type()
          + "; weights must be numeric (in '" + spec.edges() + "')");
    }
    return ParquetGraphLoader.load(snapshot, table.footers(), vertexType, src.name(), dst.name(),
        weight == null ? null : weight.name(), threads, memoryLimit);
  }


  /** The table over a path (relative to the data directory) or over a table of the schema. */
  private static ParquetTable table(ParquetSchema schema, String edges) {
    return schema.table(DataLocations.locate(schema, edges, " (or give a query starting with SELECT or WITH)"));
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
