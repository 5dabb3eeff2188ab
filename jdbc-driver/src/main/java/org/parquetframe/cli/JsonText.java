package org.parquetframe.cli;

/** JSON string literals: quoting and escaping as RFC 8259 requires. */
final class JsonText {
  private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

  private JsonText() {}

  /**
   * {@code text} as a JSON string literal. Quotes, backslashes and control characters are escaped;
   * so are U+2028 and U+2029, which are valid JSON but end a line in JavaScript source.
   */
  static String quote(String text) {
    StringBuilder json = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        case '\b' -> json.append("\\b");
        case '\f' -> json.append("\\f");
        default -> {
          if (ch < 0x20 || ch == '\u2028' || ch == '\u2029') {
            json.append("\\u")
                .append(HEX_DIGITS[ch >> 12 & 0xF]).append(HEX_DIGITS[ch >> 8 & 0xF])
                .append(HEX_DIGITS[ch >> 4 & 0xF]).append(HEX_DIGITS[ch & 0xF]);
          } else {
            json.append(ch);
          }
        }
      }
    }
    return json.append('"').toString();
  }
}
