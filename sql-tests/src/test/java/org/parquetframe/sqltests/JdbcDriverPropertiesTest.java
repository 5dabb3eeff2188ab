package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** JDBC tools list the driver's own connection properties, not Calcite's. */
class JdbcDriverPropertiesTest {

  @Test
  void listsOurPropertiesWithTheirChoicesAndCurrentValues() throws SQLException {
    Driver driver = DriverManager.getDriver("jdbc:parquetframe:/tmp");
    Properties info = new Properties();
    info.setProperty("engine", "jvm");
    DriverPropertyInfo[] properties = driver.getPropertyInfo("jdbc:parquetframe:/tmp", info);
    assertEquals(List.of("engine", "threads", "graph_cache_bytes", "metadata_cache_bytes", "memory_limit",
        "allow_paths_outside_root"),
        Arrays.stream(properties).map(p -> p.name).toList());
    assertEquals("jvm", properties[0].value);
    assertArrayEquals(new String[] {"auto", "jvm", "native"}, properties[0].choices);
    assertEquals("false", properties[5].value);
  }
}
