package org.parquetframe.jdbc;

import java.sql.Connection;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.apache.calcite.avatica.DriverVersion;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.schema.SchemaPlus;
import org.parquetframe.adapter.ParquetFrameTypeSystem;
import org.parquetframe.adapter.ParquetSchema;
import org.parquetframe.adapter.metadata.DataRoot;
import org.parquetframe.adapter.metadata.FooterStore;
import org.parquetframe.adapter.planner.ParquetFramePrepare;
import org.parquetframe.functions.TableFunctions;
import org.parquetframe.functions.diagnostics.DiagnosticFunctions;
import org.parquetframe.functions.diagnostics.ProductVersion;
import org.parquetframe.functions.cache.GraphCache;
import org.parquetframe.functions.parse.ParquetFrameParserImpl;

/**
 * The ParquetFrame SQL JDBC driver: {@code jdbc:parquetframe:<dir>[;key=value]...} opens a Calcite
 * connection whose default schema is the directory's Parquet tables plus the graph functions.
 */
public final class Driver extends org.apache.calcite.jdbc.Driver {
  public static final String PREFIX = "jdbc:parquetframe:";
  /** The schema that holds the root directory's tables; it is the connection's default schema. */
  public static final String SCHEMA = ParquetSchema.NAME;

  /**
   * Calcite system properties the driver sets when it loads, unless the application set them first;
   * Calcite reads them once, when its system properties load.
   * <ul>
   *   <li>{@code calcite.bindable.cache.maxSize}: Calcite compiles the Java code it generates for
   *       each statement (with Janino), which costs more than planning a short query. With this
   *       cache, a statement whose generated code is the text of an earlier one's reuses the compiled
   *       class; the objects a plan hands its code (pushed filters, metadata queries) travel in the
   *       statement's data context, not in the code.
   *   <li>the default charsets and collation: Calcite encodes SQL string literals in ISO-8859-1
   *       otherwise, so a query holding '日本' or an emoji failed to prepare although Parquet strings
   *       are UTF-8.
   * </ul>
   */
  private static final Map<String, String> CALCITE_DEFAULTS = Map.of(
      "calcite.bindable.cache.maxSize", "256",
      "calcite.default.charset", "UTF-8",
      "calcite.default.nationalcharset", "UTF-8",
      "calcite.default.collation.name", "UTF-8$en_US");

  static {
    CALCITE_DEFAULTS.forEach((name, value) -> {
      if (System.getProperty(name) == null) {
        System.setProperty(name, value);
      }
    });
    new Driver().register();
  }

  @Override
  protected String getConnectStringPrefix() {
    return PREFIX;
  }

  /** Our connection properties, as JDBC tools show them (DBeaver's "Driver properties" tab). */
  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    return ConnectionSettings.propertyInfo(info);
  }

  @Override
  public CalcitePrepare createPrepare() {
    return new ParquetFramePrepare();
  }

  @Override
  protected DriverVersion createDriverVersion() {
    return ProductVersion.driverVersion();
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (url == null || !url.startsWith(PREFIX)) {
      return null;
    }
    ConnectionUrl parsed = ConnectionUrl.parse(url, info);
    var graphSettings = ConnectionSettings.graphSettings(parsed.properties());
    Long graphCacheBytes = ConnectionSettings.graphCacheBytes(parsed.properties());
    Long metadataCacheBytes = ConnectionSettings.metadataCacheBytes(parsed.properties());
    DataRoot root = new DataRoot(parsed.directory(), ConnectionSettings.allowPathsOutsideRoot(parsed.properties()));
    Connection connection = super.connect(PREFIX, calciteProperties());
    try {
      CalciteConnection calcite = connection.unwrap(CalciteConnection.class);
      ParquetSchema parquet = new ParquetSchema(root, ConnectionSettings.memoryLimit(parsed.properties()),
          graphSettings.threads());
      SchemaPlus schema = calcite.getRootSchema().add(SCHEMA, parquet);
      schema.setCacheEnabled(false);
      TableFunctions.register(schema, parquet, graphSettings, connection);
      DiagnosticFunctions.register(schema);
      if (graphCacheBytes != null) {
        GraphCache.shared().setBudgetBytes(graphCacheBytes);
      }
      if (metadataCacheBytes != null) {
        FooterStore.shared().setBudgetBytes(metadataCacheBytes);
      }
      calcite.setSchema(SCHEMA);
      return ParquetFrameConnection.wrap(connection, url);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /** Calcite settings: case-insensitive names that keep their case, DECIMAL(38). */
  private static Properties calciteProperties() {
    Properties properties = new Properties();
    properties.setProperty("caseSensitive", "false");
    properties.setProperty("unquotedCasing", "UNCHANGED");
    properties.setProperty("quotedCasing", "UNCHANGED");
    properties.setProperty("typeSystem", ParquetFrameTypeSystem.class.getName() + "#INSTANCE");
    properties.setProperty("fun", "standard");
    properties.setProperty("parserFactory", ParquetFrameParserImpl.class.getName() + "#FACTORY");
    return properties;
  }
}
