package org.parquetframe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFormatterTest {
  @TempDir
  Path dir;

  @Test
  void quotesFieldsAsRfc4180AndLeavesNullEmpty() throws Exception {
    TestingTexts.write(dir.resolve("texts.parquet"), List.of(
        new TestingTexts.Row("plain", new BigDecimal("1.50")),
        new TestingTexts.Row("a,b", null),
        new TestingTexts.Row("say \"hi\"", new BigDecimal("-0.25")),
        new TestingTexts.Row("two\nlines", BigDecimal.ZERO),
        new TestingTexts.Row("", null),
        new TestingTexts.Row(null, null)));
    String csv = TestingCli.format(dir, OutputFormat.CSV,
        "SELECT id, text AS \"the, text\", amount FROM texts ORDER BY id");
    assertEquals("""
        id,"the, text",amount
        1,plain,1.50
        2,"a,b",
        3,"say ""hi\""",-0.25
        4,"two
        lines",0.00
        5,"",
        6,,
        """, csv);
  }

  @Test
  void quotesOnlyWhatNeedsIt() {
    assertEquals("abc", CsvFormatter.field("abc"));
    assertEquals("\"\"", CsvFormatter.field(""));
    assertEquals("\"a\r\nb\"", CsvFormatter.field("a\r\nb"));
    assertEquals("\"\"\"\"", CsvFormatter.field("\""));
    assertEquals(" spaced ", CsvFormatter.field(" spaced "));
  }
}
