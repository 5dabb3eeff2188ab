package org.parquetframe.jdbc;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/**
 * Says plainly that ParquetFrame SQL only reads, when a statement that would change data or schema
 * fails. Calcite plans {@code DELETE} or {@code INSERT} over a Parquet table as far as it can and then
 * fails with a dump of its planner state; the user needs to hear that the files are read-only. The
 * statement is looked at only once it has failed, so queries pay nothing for this.
 */
final class ReadOnlyStatements implements Forwarding.FailureTranslator {
  static final ReadOnlyStatements INSTANCE = new ReadOnlyStatements();

  /** SQLSTATE 25006: read-only SQL transaction. */
  private static final String READ_ONLY_STATE = "25006";
  private static final Set<String> WRITING_VERBS = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT",
      "CREATE", "DROP", "ALTER", "TRUNCATE", "GRANT", "REVOKE");

  private ReadOnlyStatements() {}

  @Override
  public SQLException translate(Method method, Object[] args, SQLException failure) {
    boolean takesSql = args != null && args.length > 0 && args[0] instanceof String
        && (method.getName().startsWith("execute") || method.getName().startsWith("prepare"));
    if (!takesSql) {
      return failure;
    }
    String verb = firstWord((String) args[0]);
    if (!WRITING_VERBS.contains(verb)) {
      return failure;
    }
    return new SQLException("ParquetFrame SQL is read-only: " + verb + " statements are not supported. Tables are "
        + "the Parquet files under the connection's directory; change those files with another tool, and "
        + "queries will see the new data.", READ_ONLY_STATE, failure);
  }

  /** The statement's first word in upper case, after white space and comments; empty if there is none. */
  static String firstWord(String sql) {
    int i = skipSpaceAndComments(sql, 0);
    int start = i;
    while (i < sql.length() && Character.isLetter(sql.charAt(i))) {
      i++;
    }
    return sql.substring(start, i).toUpperCase(Locale.ROOT);
  }

  private static int skipSpaceAndComments(String sql, int from) {
    int i = from;
    while (i < sql.length()) {
      if (Character.isWhitespace(sql.charAt(i)) || sql.charAt(i) == '(') {
        i++;
      } else if (sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? sql.length() : end + 1;
      } else if (sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? sql.length() : end + 2;
      } else {
        break;
      }
    }
    return i;
  }
}
