package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.parquetframe.nativekernels.NativePlatform;

/**
 * Whether the native engine can be tested here, asked the way a user would ({@code
 * pf_native_available()}). When the driver carries a native library for this platform, native must
 * load and its tests must run: a skip would hide a broken library. Also a jqwik hook that skips a
 * property container when native is not available.
 */
final class TestingNative implements SkipExecutionHook {
  private static Boolean available;

  static synchronized boolean available() {
    if (available == null) {
      try {
        Path dir = Files.createTempDirectory("native-probe");
        try (Connection connection = GraphTestingQueries.connect(dir);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT pf_native_available()")) {
          rows.next();
          available = rows.getBoolean(1);
        } finally {
          Files.deleteIfExists(dir);
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      String platform = NativePlatform.current();
      boolean bundled = platform != null && TestingNative.class.getResource(NativePlatform.resource(platform)) != null
          && System.getenv("PARQUETFRAME_DISABLE_NATIVE") == null;
      assertTrue(available || !bundled, "the driver carries a native library for " + platform + " but it did not load");
    }
    return available;
  }

  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    return available() ? SkipResult.doNotSkip() : SkipResult.skip("the native engine is not available");
  }

  /** The error of {@code sql}, or null if it ran. */
  static String errorOf(Connection connection, String sql) {
    try {
      GraphTestingQueries.query(connection, sql);
      return null;
    } catch (SQLException e) {
      return e.getMessage();
    }
  }
}
