package org.parquetframe.adapter.predicate;

import com.google.common.collect.Range;

/**
 * A LIKE pattern seen as a range of strings: the strings that start with its fixed prefix (the
 * characters before the first {@code %} or {@code _}). The range is exactly the matches when the
 * pattern has no wildcard or ends in its only {@code %}; otherwise it holds more than the matches.
 */
record LikePattern(String prefix, boolean exact, boolean wildcard) {

  static LikePattern of(String pattern) {
    int end = 0;
    while (end < pattern.length() && pattern.charAt(end) != '%' && pattern.charAt(end) != '_') {
      end++;
    }
    if (end == pattern.length()) {
      return new LikePattern(pattern, true, false);
    }
    boolean trailingPercentOnly = end == pattern.length() - 1 && pattern.charAt(end) == '%';
    return new LikePattern(pattern.substring(0, end), trailingPercentOnly, true);
  }

  /** The strings that may match, or null where that is every string. */
  ColumnDomain matches() {
    if (LiteralValues.text(prefix) == null) {
      return null;
    }
    if (!wildcard) {
      return ColumnDomain.of(Range.singleton(prefix));
    }
    if (prefix.isEmpty()) {
      return exact ? ColumnDomain.NOT_NULL : null;
    }
    char last = prefix.charAt(prefix.length() - 1);
    String upper = prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    if (LiteralValues.text(upper) == null) {
      return null;
    }
    // Every string that starts with the prefix lies in [prefix, upper), and every string there starts with it.
    return ColumnDomain.of(Range.closedOpen(prefix, upper));
  }
}
