package org.parquetframe.jdbc;

import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.parquetframe.adapter.limits.MemoryLimit;
import org.parquetframe.functions.Engine;
import org.parquetframe.functions.GraphSettings;
import org.parquetframe.nativekernels.ParquetFrameEnvironment;

/**
 * Connection properties checked once at connect time (docs/configuration.md lists them): unknown
 * keys and malformed values are errors that say what is allowed.
 */
final class ConnectionSettings {
  static final String ENGINE = "engine";
  static final String THREADS = "threads";
  static final String ALLOW_PATHS_OUTSIDE_ROOT = "allow_paths_outside_root";
  static final String GRAPH_CACHE_BYTES = "graph_cache_bytes";
  static final String METADATA_CACHE_BYTES = "metadata_cache_bytes";
  static final String MEMORY_LIMIT = MemoryLimit.PROPERTY;
  /** Keys a JDBC tool may pass that we accept and ignore. */
  private static final Set<String> IGNORED = Set.of("user", "password");
  private static final Set<String> KNOWN = Set.of(ENGINE, THREADS, ALLOW_PATHS_OUTSIDE_ROOT, GRAPH_CACHE_BYTES,
      METADATA_CACHE_BYTES, MEMORY_LIMIT);

  private ConnectionSettings() {}

  static GraphSettings graphSettings(Map<String, String> properties) throws SQLException {
    for (String key : properties.keySet()) {
      if (!KNOWN.contains(key) && !IGNORED.contains(key)) {
        throw new SQLException("Unknown connection property '" + key + "'; known properties: " + KNOWN, "08001");
      }
    }
    Engine engine;
    try {
      engine = Engine.parse(properties.getOrDefault(ENGINE, "auto"));
    } catch (IllegalArgumentException e) {
      throw new SQLException("Connection property engine: " + e.getMessage(), "08001");
    }
    return new GraphSettings(engine, threads(properties.get(THREADS)));
  }

  static boolean allowPathsOutsideRoot(Map<String, String> properties) throws SQLException {
    String value = properties.getOrDefault(ALLOW_PATHS_OUTSIDE_ROOT, "false");
    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
      throw new SQLException("Connection property allow_paths_outside_root must be true or false, not '" + value + "'",
          "08001");
    }
    return Boolean.parseBoolean(value);
  }

  /** The graph cache budget, if the connection sets one: bytes, or a number with KB, MB or GB. */
  static Long graphCacheBytes(Map<String, String> properties) throws SQLException {
    String value = properties.get(GRAPH_CACHE_BYTES);
    return value == null ? null : bytes(GRAPH_CACHE_BYTES, value);
  }

  /** The footer cache budget, if the connection sets one: bytes, or a number with KB, MB or GB. */
  static Long metadataCacheBytes(Map<String, String> properties) throws SQLException {
    String value = properties.get(METADATA_CACHE_BYTES);
    return value == null ? null : bytes(METADATA_CACHE_BYTES, value);
  }

  /** Each known property with its current value (from {@code info}), allowed choices and meaning. */
  static DriverPropertyInfo[] propertyInfo(Properties info) {
    return new DriverPropertyInfo[] {
        property(info, ENGINE, "auto", new String[] {"auto", "jvm", "native"},
            "graph kernel implementation: auto picks native where it is faster, else the JVM"),
        property(info, THREADS, null, null, "threads per graph kernel, edge read and table scan (default: processors)"),
        property(info, GRAPH_CACHE_BYTES, null, null, "graph cache budget, e.g. 2GB (default: a quarter of the heap)"),
        property(info, METADATA_CACHE_BYTES, null, null,
            "Parquet footer cache budget, e.g. 256MB (default: a sixteenth of the heap)"),
        property(info, MEMORY_LIMIT, null, null,
            "largest memory one graph build or row-group read may need, e.g. 4GB (default: 3/4 of the heap)"),
        property(info, ALLOW_PATHS_OUTSIDE_ROOT, "false", new String[] {"true", "false"},
            "whether paths in SQL and symbolic links may lead outside the data directory")};
  }

  private static DriverPropertyInfo property(Properties info, String name, String fallback, String[] choices,
      String description) {
    DriverPropertyInfo property = new DriverPropertyInfo(name, info == null ? fallback : info.getProperty(name, fallback));
    property.choices = choices;
    property.description = description;
    return property;
  }

  /** The memory limit for scans and graph builds; default: three quarters of the maximum heap. */
  static MemoryLimit memoryLimit(Map<String, String> properties) throws SQLException {
    String value = properties.get(MEMORY_LIMIT);
    return value == null ? MemoryLimit.defaultLimit() : new MemoryLimit(bytes(MEMORY_LIMIT, value));
  }

  static long bytes(String key, String value) throws SQLException {
    String text = value.trim().toUpperCase(java.util.Locale.ROOT);
    long unit = 1;
    for (String[] suffix : new String[][] {{"KB", "10"}, {"MB", "20"}, {"GB", "30"}, {"B", "0"}}) {
      if (text.endsWith(suffix[0])) {
        unit = 1L << Integer.parseInt(suffix[1]);
        text = text.substring(0, text.length() - suffix[0].length()).trim();
        break;
      }
    }
    try {
      long number = Long.parseLong(text);
      if (number >= 0 && number <= Long.MAX_VALUE / unit) {
        return number * unit;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new SQLException("Connection property " + key + " must be a size in bytes such as 1073741824, 512MB or 2GB, "
        + "not '" + value + "'", "08001");
  }

  /** The {@code threads} property, else PARQUETFRAME_THREADS, else the available processors. */
  private static int threads(String value) throws SQLException {
    if (value == null) {
      try {
        return ParquetFrameEnvironment.system().threads().orElse(Runtime.getRuntime().availableProcessors());
      } catch (IllegalArgumentException e) {
        throw new SQLException("Cannot connect: " + e.getMessage(), "08001");
      }
    }
    try {
      int threads = Integer.parseInt(value.trim());
      if (threads >= 1 && threads <= 4096) {
        return threads;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new SQLException("Connection property threads must be a whole number from 1 to 4096, not '" + value + "'",
        "08001");
  }
}
