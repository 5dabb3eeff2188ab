package org.parquetframe.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MarkdownTableTest {

  @Test
  void rendersAHeaderASeparatorAndEscapedRows() {
    String table = new MarkdownTable("a", "b").row("1", "x|y").row("", "z").render();
    assertEquals("""
        | a | b |
        | --- | --- |
        | 1 | x\\|y |
        |  | z |
        """, table);
  }

  @Test
  void rightAlignedColumnsAreMarkedInTheSeparator() {
    String table = new MarkdownTable("name", "ms", "ratio").alignRight(1, 2).row("a", "1", "2x").render();
    assertEquals("""
        | name | ms | ratio |
        | --- | ---: | ---: |
        | a | 1 | 2x |
        """, table);
    assertThrows(IllegalArgumentException.class, () -> new MarkdownTable("a").alignRight(1));
  }

  @Test
  void rowsMustHaveOneCellPerColumn() {
    MarkdownTable table = new MarkdownTable("a", "b");
    assertThrows(IllegalArgumentException.class, () -> table.row("only one"));
    assertThrows(IllegalArgumentException.class, MarkdownTable::new);
  }

  @Test
  void formatsSecondsRatiosAndBytesForReading() {
    assertEquals("12.3 ms", MarkdownTable.seconds(0.01234));
    assertEquals("4.57 s", MarkdownTable.seconds(4.567));
    assertEquals("250 µs", MarkdownTable.seconds(0.00025));
    assertEquals("–", MarkdownTable.seconds(Double.NaN));
    assertEquals("31.4x", MarkdownTable.times(31.42));
    assertEquals("–", MarkdownTable.times(Double.NaN));
    assertEquals("1,234 MB", MarkdownTable.megabytes(1_234_000_000L));
    assertEquals("–", MarkdownTable.megabytes(-1));
  }

  @Test
  void axisLabelsNameUnitsInsteadOfExponents() {
    assertEquals("1 ms", AxisUnit.SECONDS.label(0.001));
    assertEquals("100 µs", AxisUnit.SECONDS.label(1e-4));
    assertEquals("10 s", AxisUnit.SECONDS.label(10));
    assertEquals("10M", AxisUnit.COUNT.label(1e7));
    assertEquals("1K", AxisUnit.COUNT.label(1000));
    assertEquals("500", AxisUnit.COUNT.label(500));
  }
}
