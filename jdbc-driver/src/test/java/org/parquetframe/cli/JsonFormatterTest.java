package org.parquetframe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFormatterTest {
  @TempDir
  Path dir;

  @Test
  void writesAnArrayOfObjectsWithTypedValuesAndNulls() throws Exception {
    String json = TestingCli.format(dir, OutputFormat.JSON, """
        SELECT * FROM (VALUES
          (1, CAST('plain' AS VARCHAR(30)), CAST(0.1 AS DOUBLE), TRUE,
              CAST('12345678901234567890.123456789' AS DECIMAL(38, 9)), DATE '2024-01-02'),
          (2, CAST(NULL AS VARCHAR(30)), CAST(NULL AS DOUBLE), CAST(NULL AS BOOLEAN),
              CAST(NULL AS DECIMAL(38, 9)), CAST(NULL AS DATE)))
          AS t(id, name, score, active, amount, since)
        ORDER BY id""");
    assertEquals("""
        [
        {"id":1,"name":"plain","score":0.1,"active":true,"amount":12345678901234567890.123456789,"since":"2024-01-02"},
        {"id":2,"name":null,"score":null,"active":null,"amount":null,"since":null}
        ]
        """, json);
  }

  @Test
  void escapesStringsAndKeys() throws Exception {
    String json = TestingCli.format(dir, OutputFormat.JSON,
        "SELECT U&'quote\" back\\005c tab\\0009 nl\\000a ctl\\0001 \\00e9' AS \"a\"\"b\"");
    assertEquals("[\n{\"a\\\"b\":\"quote\\\" back\\\\ tab\\t nl\\n ctl\\u0001 \u00e9\"}\n]\n", json);
  }

  @Test
  void writesArraysRowsAndMapsAsJson() throws Exception {
    String json = TestingCli.format(dir, OutputFormat.JSON, "SELECT ARRAY[1, 2] AS a,"
        + " ARRAY[ARRAY['x'], CAST(NULL AS VARCHAR ARRAY)] AS aa, ROW(1, 'b') AS r, MAP['k', ROW(2.5, 'c')] AS m");
    assertEquals("[\n{\"a\":[1,2],\"aa\":[[\"x\"],null],\"r\":[1,\"b\"],\"m\":{\"k\":[2.5,\"c\"]}}\n]\n", json);
  }

  @Test
  void writesAnEmptyArrayForNoRows() throws Exception {
    assertEquals("[]\n", TestingCli.format(dir, OutputFormat.JSON,
        "SELECT a FROM (VALUES (1)) AS t(a) WHERE a > 1"));
  }

  @Test
  void quotesWhatJsonCannotHoldAsANumber() throws Exception {
    assertEquals("[\n{\"x\":\"NaN\",\"y\":\"Infinity\"}\n]\n", TestingCli.format(dir, OutputFormat.JSON,
        "SELECT CAST('NaN' AS DOUBLE) AS x, CAST('Infinity' AS DOUBLE) AS y"));
  }

  @Test
  void escapesLineSeparatorsThatJavaScriptTakesForLineBreaks() {
    assertEquals("\"a\\u2028b\\u001f\"", JsonText.quote("a\u2028b\u001f"));
  }
}
