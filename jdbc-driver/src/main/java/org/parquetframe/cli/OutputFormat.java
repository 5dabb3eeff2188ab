package org.parquetframe.cli;

import java.util.Locale;

/** The result formats of {@code parquetframe query --format}. */
enum OutputFormat {
  TABLE(new TableFormatter()),
  CSV(new CsvFormatter()),
  JSON(new JsonFormatter());

  private final ResultFormatter formatter;

  OutputFormat(ResultFormatter formatter) {
    this.formatter = formatter;
  }

  ResultFormatter formatter() {
    return formatter;
  }

  static OutputFormat parse(String name) throws UsageException {
    for (OutputFormat format : values()) {
      if (format.name().equalsIgnoreCase(name.trim())) {
        return format;
      }
    }
    throw new UsageException("unknown format '" + name + "'; use one of: " + names());
  }

  static String names() {
    StringBuilder text = new StringBuilder();
    for (OutputFormat format : values()) {
      text.append(text.length() == 0 ? "" : "|").append(format.name().toLowerCase(Locale.ROOT));
    }
    return text.toString();
  }
}
