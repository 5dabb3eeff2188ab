package org.parquetframe.functions;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.linq4j.function.Parameter;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.impl.TableFunctionImpl;
import org.parquetframe.adapter.ParquetSchema;
import org.parquetframe.functions.components.ConnectedComponentsFunction;
import org.parquetframe.functions.metadata.ParquetMetadataFunction;
import org.parquetframe.functions.metadata.ParquetSchemaFunction;
import org.parquetframe.functions.pagerank.PagerankFunction;
import org.parquetframe.functions.paths.DijkstraFunction;
import org.parquetframe.functions.paths.ShortestPathFunction;
import org.parquetframe.functions.traversal.BfsFunction;
import org.parquetframe.functions.traversal.DfsFunction;

/**
 * Registers the graph table functions, and the Parquet metadata functions that share their session
 * and argument parsing, in a connection's schema under upper-case names.
 */
public final class TableFunctions {
  /** Function name to the static method Calcite calls; parameter names come from its annotations. */
  private static final Map<String, Method> FUNCTIONS = Map.of(
      "PAGERANK", method(PagerankFunction.class, "pagerank"),
      "BFS", method(BfsFunction.class, "bfs"),
      "DFS", method(DfsFunction.class, "dfs"),
      "SHORTEST_PATH", method(ShortestPathFunction.class, "shortestPath"),
      "DIJKSTRA", method(DijkstraFunction.class, "dijkstra"),
      "CONNECTED_COMPONENTS", method(ConnectedComponentsFunction.class, "connectedComponents"),
      "PARQUET_METADATA", method(ParquetMetadataFunction.class, "parquetMetadata"),
      "PARQUET_SCHEMA", method(ParquetSchemaFunction.class, "parquetSchema"));

  private TableFunctions() {}

  public static void register(SchemaPlus schema, ParquetSchema parquet, GraphSettings settings, Connection connection) {
    parquet.attach(GraphSession.class, new GraphSession(settings, parquet, connection));
    FUNCTIONS.forEach((name, method) -> schema.add(name, TableFunctionImpl.create(method)));
  }

  /** A parameter of a function: its upper-case name and Java type. */
  public record Param(String name, Class<?> type) {}

  /** Each function's parameters in declaration order, for the parser's argument rewrite. */
  public static Map<String, List<Param>> signatures() {
    Map<String, List<Param>> signatures = new HashMap<>();
    FUNCTIONS.forEach((name, method) -> signatures.put(name, Arrays.stream(method.getParameters())
        .map(p -> new Param(p.getAnnotation(Parameter.class).name(), p.getType()))
        .toList()));
    return signatures;
  }

  private static Method method(Class<?> type, String name) {
    return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalStateException(type + " has no method " + name));
  }
}
