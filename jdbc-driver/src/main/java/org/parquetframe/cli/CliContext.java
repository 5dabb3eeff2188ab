package org.parquetframe.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * The streams and environment a command runs against; passed in rather than read from
 * {@link System} so that tests can run commands in-process and look at what they printed.
 */
record CliContext(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {

  static CliContext system() {
    return new CliContext(System.in, System.out, System.err, System.getenv());
  }
}
