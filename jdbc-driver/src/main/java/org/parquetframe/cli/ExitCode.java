package org.parquetframe.cli;

/** The process exit codes of the command line, so that scripts can tell usage mistakes from failures. */
final class ExitCode {
  static final int OK = 0;
  /** The command was understood but failed: a SQL error, an unreadable file, a full disk. */
  static final int FAILURE = 1;
  /** The command line itself was wrong: unknown command, unknown option, malformed value. */
  static final int USAGE = 2;

  private ExitCode() {}
}
