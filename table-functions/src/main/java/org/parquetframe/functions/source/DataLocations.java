package org.parquetframe.functions.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.parquetframe.adapter.ParquetSchema;

/**
 * Where a function argument naming Parquet data points: a file or directory relative to the data
 * directory (refused outside it unless the connection allows), else a table of the schema by name,
 * case-insensitively. Shared by the graph functions' {@code edges} and the metadata functions'
 * {@code path}.
 */
public final class DataLocations {
  private DataLocations() {}

  /**
   * The file or directory that {@code given} names. {@code otherwise} ends the message of the
   * not-found error, saying what else the argument could have been ("" when nothing else).
   */
  public static Path locate(ParquetSchema schema, String given, String otherwise) {
    String trimmed = given.trim();
    Path path = schema.root().resolve(trimmed);
    if (Files.exists(path)) {
      return path;
    }
    Map<String, Path> tables = schema.root().tables();
    for (Map.Entry<String, Path> table : tables.entrySet()) {
      if (table.getKey().equalsIgnoreCase(trimmed)) {
        return table.getValue();
      }
    }
    throw new IllegalArgumentException("no Parquet file, directory or table named '" + given + "' in '"
        + schema.root().path() + "'; tables: " + tables.keySet() + otherwise);
  }
}
