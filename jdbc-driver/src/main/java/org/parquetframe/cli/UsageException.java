package org.parquetframe.cli;

/** A mistake in the command line; Main prints the message and a hint and exits with {@link ExitCode#USAGE}. */
final class UsageException extends Exception {
  UsageException(String message) {
    super(message);
  }
}
