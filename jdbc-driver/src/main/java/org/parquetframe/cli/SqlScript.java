package org.parquetframe.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at semicolons that are not inside a string literal, a quoted
 * identifier or a comment, so that {@code query} can run several statements in one call.
 */
final class SqlScript {
  private SqlScript() {}

  /** The statements of {@code sql}, trimmed, without their semicolons; blank statements are dropped. */
  static List<String> statements(String sql) {
    List<String> statements = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < sql.length()) {
      char ch = sql.charAt(i);
      if (ch == '\'' || ch == '"') {
        i = endOfQuoted(sql, i, ch);
      } else if (ch == '-' && sql.startsWith("--", i)) {
        int newline = sql.indexOf('\n', i);
        i = newline < 0 ? sql.length() : newline + 1;
      } else if (ch == '/' && sql.startsWith("/*", i)) {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? sql.length() : close + 2;
      } else if (ch == ';') {
        add(statements, sql.substring(start, i));
        start = ++i;
      } else {
        i++;
      }
    }
    add(statements, sql.substring(start));
    return statements;
  }

  /** The index after the closing quote; a doubled quote is an escaped quote, not the end. */
  private static int endOfQuoted(String sql, int open, char quote) {
    int i = open + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    // Unterminated: let the parser report it with its position.
    return sql.length();
  }

  private static void add(List<String> statements, String statement) {
    if (!isBlank(statement)) {
      statements.add(statement.trim());
    }
  }

  /** Blank, or only comments: such a piece is what follows a trailing semicolon. */
  private static boolean isBlank(String statement) {
    String rest = statement.strip();
    while (!rest.isEmpty()) {
      if (rest.startsWith("--")) {
        int newline = rest.indexOf('\n');
        rest = newline < 0 ? "" : rest.substring(newline + 1).strip();
      } else if (rest.startsWith("/*")) {
        int close = rest.indexOf("*/");
        rest = close < 0 ? "" : rest.substring(close + 2).strip();
      } else {
        return false;
      }
    }
    return true;
  }
}
