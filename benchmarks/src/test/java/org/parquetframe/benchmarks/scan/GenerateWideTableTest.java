package org.parquetframe.benchmarks.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenerateWideTableTest {

  @Test
  void theDefaultLayoutHasRowGroupsOfEightyThousandRows() {
    GenerateWideTable.Request request = GenerateWideTable.parse(List.of("/tmp/d", "wide", "10000000"));
    assertEquals(Path.of("/tmp/d"), request.dir());
    assertEquals("wide", request.name());
    assertEquals(WideTableLayout.of(10_000_000, false), request.layout());
  }

  @Test
  void flagsAskForOneRowGroupOrThePartitionedCopy() {
    assertEquals(WideTableLayout.oneRowGroup(6_000_000),
        GenerateWideTable.parse(List.of("/tmp/d", "one_group", "6000000", "--one-row-group")).layout());
    assertEquals(WideTableLayout.of(100, true),
        GenerateWideTable.parse(List.of("--partitioned", "/tmp/d", "wide", "100")).layout());
  }

  @Test
  void wrongArgumentsSayWhatIsExpected() {
    assertMessage("expected a directory, a table name and a row count", "/tmp/d", "wide");
    assertMessage("the row count must be a whole number, not '1M'", "/tmp/d", "wide", "1M");
    assertMessage("unknown option --rows", "/tmp/d", "wide", "10", "--rows");
    assertMessage("do not go together", "/tmp/d", "wide", "10", "--one-row-group", "--partitioned");
  }

  private static void assertMessage(String expected, String... args) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GenerateWideTable.parse(List.of(args)));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
