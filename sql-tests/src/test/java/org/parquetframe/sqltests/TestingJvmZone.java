package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import java.util.TimeZone;

/**
 * Runs a check on a ParquetFrame connection as if the JVM had been started in another default time
 * zone. Setting {@link TimeZone#setDefault} alone does not do that: Avatica and Calcite copy the
 * default zone into static fields when their classes load (Avatica's {@code DateTimeUtils.DEFAULT_ZONE},
 * Calcite's {@code SqlFunctions.LOCAL_TZ}), so a JVM that loaded them in UTC keeps mixing UTC in. Here the
 * shaded driver jar is loaded in a class loader of its own after the zone is switched, and the zone
 * is restored afterwards.
 */
final class TestingJvmZone {
  private TestingJvmZone() {}

  interface ConnectionCheck {
    void run(Connection connection) throws SQLException;
  }

  static void run(String zone, Path dataDirectory, ConnectionCheck check) throws Exception {
    Path jar = Path.of(System.getProperty("parquetframe.shadedJar",
        "../jdbc-driver/target/parquetframe-jdbc-0.1.0.jar"));
    assumeTrue(Files.exists(jar), "the shaded driver jar is built by mvn install of jdbc-driver");
    TimeZone saved = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      Driver driver = (Driver) loader.loadClass("org.parquetframe.jdbc.Driver").getDeclaredConstructor().newInstance();
      try (Connection connection = driver.connect("jdbc:parquetframe:" + dataDirectory.toAbsolutePath(),
          new Properties())) {
        check.run(connection);
      }
    } finally {
      TimeZone.setDefault(saved);
    }
  }
}
