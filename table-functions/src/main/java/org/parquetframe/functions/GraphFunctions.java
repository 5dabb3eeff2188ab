package org.parquetframe.functions;

import java.sql.Connection;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.impl.TableFunctionImpl;
import org.parquetframe.adapter.ParquetSchema;
import org.parquetframe.functions.pagerank.PagerankFunction;

/** Registers the graph table functions in a connection's schema, under upper-case names. */
public final class GraphFunctions {
  private GraphFunctions() {}

  public static void register(SchemaPlus schema, ParquetSchema parquet, GraphSettings settings, Connection connection) {
    parquet.attach(GraphSession.class, new GraphSession(settings, parquet, connection));
    schema.add("PAGERANK", TableFunctionImpl.create(PagerankFunction.class, "pagerank"));
  }
}
