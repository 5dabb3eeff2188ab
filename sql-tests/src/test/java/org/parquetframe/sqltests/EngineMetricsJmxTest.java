package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/** The figures of {@code pf_metrics()} are JMX attributes too, one MBean per (operation, engine). */
class EngineMetricsJmxTest {
  @TempDir
  Path dir;

  @Test
  void pfMetricsAndJmxShowTheSameCalls() throws Exception {
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), List.of(Edge.of(1, 2), Edge.of(2, 3)), false);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      GraphTestingQueries.query(connection, "SELECT * FROM TABLE(connected_components('edges.parquet', "
          + "engine => 'jvm'))");
      Map<String, Object> row = GraphTestingQueries.query(connection, "SELECT calls, row_count FROM "
          + "TABLE(pf_metrics()) WHERE operation = 'connected_components' AND engine = 'jvm'").get(0);
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      ObjectName name = new ObjectName("org.parquetframe:type=Metrics,operation=\"connected_components\","
          + "engine=\"jvm\"");
      assertTrue(server.isRegistered(name), name + " is registered");
      assertEquals(row.get("calls"), server.getAttribute(name, "Calls"));
      assertEquals(row.get("row_count"), server.getAttribute(name, "RowCount"));
      assertTrue((Double) server.getAttribute(name, "MaxMs") >= 0);
    }
  }
}
