package org.parquetframe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RunningNoticeTest {

  @Test
  void saysALongStatementIsStillRunningUntilItIsClosed() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (RunningNotice notice = new RunningNotice("query", err, TimeUnit.MILLISECONDS.toNanos(20))) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (bytes.size() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
    }
    String said = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(said.startsWith("query: still running after "), said);
    Thread.sleep(100);
    assertEquals(said.length(), bytes.toString(StandardCharsets.UTF_8).length(), "silent once closed");
  }

  @Test
  void aQuickStatementPrintsNothing() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (RunningNotice notice = new RunningNotice("query", new PrintStream(bytes), TimeUnit.SECONDS.toNanos(60))) {
      assertEquals(0, bytes.size());
    }
    assertEquals(0, bytes.size());
  }
}
