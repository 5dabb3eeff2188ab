package org.parquetframe.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A parsed {@code jdbc:parquetframe:<dir>[;key=value]...} URL merged with the caller's
 * {@link Properties}; URL properties win over {@code Properties}. Keys are case-insensitive.
 */
record ConnectionUrl(Path directory, Map<String, String> properties) {

  static ConnectionUrl parse(String url, Properties info) throws SQLException {
    String rest = url.substring(Driver.PREFIX.length());
    String[] parts = rest.split(";", -1);
    String directory = parts[0].trim();
    if (directory.isEmpty()) {
      throw new SQLException("The JDBC URL names no data directory: expected jdbc:parquetframe:<dir>[;key=value]..., "
          + "for example jdbc:parquetframe:/data/graphs;threads=4", "08001");
    }
    Map<String, String> properties = new LinkedHashMap<>();
    if (info != null) {
      for (String key : info.stringPropertyNames()) {
        properties.put(key.toLowerCase(Locale.ROOT), info.getProperty(key));
      }
    }
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i].trim();
      if (part.isEmpty()) {
        continue;
      }
      int equals = part.indexOf('=');
      if (equals <= 0) {
        throw new SQLException("Malformed JDBC URL property '" + part + "': expected key=value", "08001");
      }
      properties.put(part.substring(0, equals).trim().toLowerCase(Locale.ROOT), part.substring(equals + 1).trim());
    }
    Path path = Path.of(directory).toAbsolutePath().normalize();
    if (!Files.isDirectory(path)) {
      throw new SQLException("The data directory '" + path + "' does not exist or is not a directory; "
          + "give an existing directory in jdbc:parquetframe:<dir>", "08001");
    }
    return new ConnectionUrl(path, properties);
  }
}
