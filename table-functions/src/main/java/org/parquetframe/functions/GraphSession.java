package org.parquetframe.functions;

import java.sql.Connection;
import org.apache.calcite.DataContext;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.schema.SchemaPlus;
import org.parquetframe.adapter.ParquetSchema;
import org.parquetframe.functions.cache.GraphCache;

/**
 * What the graph functions of one connection share: settings, the Parquet schema (files, footers)
 * and the connection that runs edge queries. Found from the root schema, both while a query is
 * planned and while it runs.
 */
public final class GraphSession {
  private final GraphSettings settings;
  private final ParquetSchema schema;
  private final Connection connection;

  GraphSession(GraphSettings settings, ParquetSchema schema, Connection connection) {
    this.settings = settings;
    this.schema = schema;
    this.connection = connection;
  }

  public GraphSettings settings() {
    return settings;
  }

  public ParquetSchema schema() {
    return schema;
  }

  public Connection connection() {
    return connection;
  }

  /** Built graphs, shared by all connections of the JVM. */
  public GraphCache graphs() {
    return GraphCache.shared();
  }

  /** The session of the connection running a query, from the query's data context. */
  public static GraphSession of(DataContext root) {
    return of(root.getRootSchema());
  }

  /** The session of the connection planning a query; Calcite keeps the prepare context per thread. */
  static GraphSession planning() {
    return of(CalcitePrepare.Dummy.peek().getRootSchema().plus());
  }

  private static GraphSession of(SchemaPlus rootSchema) {
    ParquetSchema schema = ParquetSchema.in(rootSchema);
    GraphSession session = schema == null ? null : schema.extension(GraphSession.class);
    if (session == null) {
      throw new IllegalStateException("graph functions need a ParquetFrame connection (jdbc:parquetframe:<dir>)");
    }
    return session;
  }
}
