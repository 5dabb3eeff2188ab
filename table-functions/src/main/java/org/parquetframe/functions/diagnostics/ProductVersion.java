package org.parquetframe.functions.diagnostics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apache.calcite.avatica.DriverVersion;

/** The product's version, from the build (version.properties is filtered by Maven). */
public final class ProductVersion {
  private static final Properties BUILD = load();

  private ProductVersion() {}

  public static String version() {
    return BUILD.getProperty("version", "unknown");
  }

  /** The version of a library we were built with: {@code calcite} or {@code parquet}. */
  public static String libraryVersion(String library) {
    return BUILD.getProperty(library, "unknown");
  }

  public static DriverVersion driverVersion() {
    String version = version();
    String[] parts = version.split("[.-]");
    int major = parts.length > 0 ? parseOrZero(parts[0]) : 0;
    int minor = parts.length > 1 ? parseOrZero(parts[1]) : 0;
    return new DriverVersion("ParquetFrame SQL JDBC Driver", version, "ParquetFrame SQL", version, true,
        major, minor, major, minor);
  }

  private static int parseOrZero(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = ProductVersion.class.getResourceAsStream("/org/parquetframe/functions/diagnostics/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
