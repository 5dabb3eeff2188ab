package org.parquetframe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

  @Test
  void splitsAtSemicolonsAndDropsEmptyStatements() {
    assertEquals(List.of("SELECT 1", "SELECT 2"), SqlScript.statements(" SELECT 1; ;\nSELECT 2;\n"));
  }

  @Test
  void keepsSemicolonsInsideLiteralsIdentifiersAndComments() {
    String sql = "SELECT 'a;b', 'it''s;' AS \"x;y\" -- c;d\nFROM t /* e;f */; SELECT 2";
    assertEquals(List.of("SELECT 'a;b', 'it''s;' AS \"x;y\" -- c;d\nFROM t /* e;f */", "SELECT 2"),
        SqlScript.statements(sql));
  }

  @Test
  void dropsATrailingCommentAfterTheLastSemicolon() {
    assertEquals(List.of("SELECT 1"), SqlScript.statements("SELECT 1; -- done\n/* really */"));
  }

  @Test
  void leavesAnUnterminatedLiteralToTheParser() {
    assertEquals(List.of("SELECT 'open; still open"), SqlScript.statements("SELECT 'open; still open"));
  }
}
