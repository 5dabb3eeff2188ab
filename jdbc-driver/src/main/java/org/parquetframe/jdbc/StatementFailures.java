package org.parquetframe.jdbc;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/**
 * Makes a failed statement's message say what went wrong, first. Two of Calcite's messages bury it:
 * a statement that would change data or schema ({@code DELETE}, {@code INSERT}, DDL) is planned as
 * far as it goes and fails with a dump of the planner's state, where the user needs to hear that the
 * files are read-only; and an error of ours raised while a planner rule runs (a corrupt footer met
 * while pruning, say) comes wrapped in "Error while applying rule ..." with the rule's arguments,
 * its own message only in the causes. Failures are looked at only once they happened, so queries
 * pay nothing for this.
 */
final class StatementFailures implements Forwarding.FailureTranslator {
  static final StatementFailures INSTANCE = new StatementFailures();

  private static final String RULE_FAILURE = "Error while applying rule ";
  private static final String OUR_PACKAGE = "org.parquetframe.";

  /** SQLSTATE 25006: read-only SQL transaction. */
  private static final String READ_ONLY_STATE = "25006";
  private static final Set<String> WRITING_VERBS = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT",
      "CREATE", "DROP", "ALTER", "TRUNCATE", "GRANT", "REVOKE");

  private StatementFailures() {}

  @Override
  public SQLException translate(Method method, Object[] args, SQLException failure) {
    SQLException readOnly = readOnly(method, args, failure);
    return readOnly != failure ? readOnly : withOurReasonFirst(failure);
  }

  /** A failure whose message is Calcite's rule wrapper, told with the message of the error of ours inside it. */
  static SQLException withOurReasonFirst(SQLException failure) {
    String message = failure.getMessage();
    int wrapper = message == null ? -1 : message.indexOf(RULE_FAILURE);
    if (wrapper < 0) {
      return failure;
    }
    for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause.getClass().getName().startsWith(OUR_PACKAGE) && cause.getMessage() != null) {
        return new SQLException(message.substring(0, wrapper) + cause.getMessage(), failure.getSQLState(),
            failure.getErrorCode(), failure);
      }
    }
    return failure;
  }

  private static SQLException readOnly(Method method, Object[] args, SQLException failure) {
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
