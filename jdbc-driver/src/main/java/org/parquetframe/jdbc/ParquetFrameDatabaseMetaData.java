package org.parquetframe.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.schema.lookup.LikePattern;

/**
 * The database metadata JDBC tools browse, over Calcite's. What differs:
 * <ul>
 *   <li>Listings show schema {@code main} only. Calcite also mounts a schema {@code metadata} (its
 *       system tables COLUMNS and TABLES, and every built-in function); it is left out whenever a
 *       schema pattern would also match {@code main} (null, {@code %}, {@code main}), so tools show our
 *       tables alone, and listed when a pattern names it alone. Its tables remain queryable.</li>
 *   <li>{@code getCatalogs} has no rows: there are no catalogs (TABLE_CAT is null everywhere), where
 *       Calcite answers one catalog without a name.</li>
 *   <li>{@code getColumns} and {@code getTypeInfo} give exact sizes ({@link MetadataCorrections}).</li>
 *   <li>{@code getFunctions} says which functions return tables, and {@code getProcedures} and the
 *       column calls list our functions and their parameters ({@link FunctionCatalog}).</li>
 *   <li>{@code getConnection} is the driver's connection and {@code getURL} the URL it was opened with.</li>
 * </ul>
 */
final class ParquetFrameDatabaseMetaData {
  private final DatabaseMetaData calcite;
  private final Connection connection;
  private final String url;

  private ParquetFrameDatabaseMetaData(DatabaseMetaData calcite, Connection connection, String url) {
    this.calcite = calcite;
    this.connection = connection;
    this.url = url;
  }

  static DatabaseMetaData wrap(DatabaseMetaData calcite, Connection connection, String url) {
    ParquetFrameDatabaseMetaData overrides = new ParquetFrameDatabaseMetaData(calcite, connection, url);
    return Forwarding.proxy(DatabaseMetaData.class, calcite, overrides);
  }

  public Connection getConnection() {
    return connection;
  }

  public String getURL() {
    return url;
  }

  public ResultSet getCatalogs() throws SQLException {
    return MetadataRows.of(calcite.getCatalogs(), List.of());
  }

  public ResultSet getSchemas() throws SQLException {
    return calcite.getSchemas(null, Driver.SCHEMA);
  }

  public ResultSet getSchemas(String catalog, String schemaPattern) throws SQLException {
    return calcite.getSchemas(catalog, listed(schemaPattern));
  }

  public ResultSet getTables(String catalog, String schemaPattern, String tablePattern, String[] types)
      throws SQLException {
    return calcite.getTables(catalog, listed(schemaPattern), tablePattern, types);
  }

  public ResultSet getColumns(String catalog, String schemaPattern, String tablePattern, String columnPattern)
      throws SQLException {
    ResultSet columns = calcite.getColumns(catalog, listed(schemaPattern), tablePattern, columnPattern);
    List<Object[]> corrected = MetadataCorrections.columns(columns);
    return MetadataRows.of(columns, corrected);
  }

  public ResultSet getTypeInfo() throws SQLException {
    ResultSet types = calcite.getTypeInfo();
    List<Object[]> corrected = MetadataCorrections.typeInfo(types);
    return MetadataRows.of(types, corrected);
  }

  public ResultSet getFunctions(String catalog, String schemaPattern, String functionPattern) throws SQLException {
    ResultSet layout = calcite.getFunctions(catalog, listed(schemaPattern), functionPattern);
    if (!includesMain(schemaPattern)) {
      return layout;
    }
    return MetadataRows.of(layout, functions().functionRows(functionPattern));
  }

  public ResultSet getProcedures(String catalog, String schemaPattern, String procedurePattern) throws SQLException {
    ResultSet layout = calcite.getProcedures(catalog, schemaPattern, procedurePattern);
    if (!includesMain(schemaPattern)) {
      return layout;
    }
    return MetadataRows.of(layout, functions().procedureRows(procedurePattern));
  }

  public ResultSet getFunctionColumns(String catalog, String schemaPattern, String functionPattern,
      String columnPattern) throws SQLException {
    ResultSet layout = calcite.getFunctionColumns(catalog, schemaPattern, functionPattern, columnPattern);
    if (!includesMain(schemaPattern)) {
      return layout;
    }
    return MetadataRows.of(layout, functions().functionColumnRows(functionPattern, columnPattern));
  }

  public ResultSet getProcedureColumns(String catalog, String schemaPattern, String procedurePattern,
      String columnPattern) throws SQLException {
    ResultSet layout = calcite.getProcedureColumns(catalog, schemaPattern, procedurePattern, columnPattern);
    if (!includesMain(schemaPattern)) {
      return layout;
    }
    return MetadataRows.of(layout, functions().procedureColumnRows(procedurePattern, columnPattern));
  }

  /** The schema pattern a listing is answered for: {@code main} alone when the pattern includes it. */
  private static String listed(String schemaPattern) {
    return includesMain(schemaPattern) ? Driver.SCHEMA : schemaPattern;
  }

  /** Whether a schema pattern includes {@code main}; like Calcite's listings, calls ignore the catalog. */
  private static boolean includesMain(String schemaPattern) {
    return schemaPattern == null || LikePattern.matcher(schemaPattern).apply(Driver.SCHEMA);
  }

  private FunctionCatalog functions() throws SQLException {
    return FunctionCatalog.of(calcite.getConnection().unwrap(CalciteConnection.class), Driver.SCHEMA);
  }
}
