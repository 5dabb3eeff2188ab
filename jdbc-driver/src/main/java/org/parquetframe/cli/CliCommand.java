package org.parquetframe.cli;

import java.util.List;

/** One subcommand of the {@code parquetframe} command line. */
interface CliCommand {

  /** The word that selects this command, e.g. {@code query}. */
  String name();

  /** One line for the overview in {@code parquetframe --help}. */
  String summary();

  /** The full help text of this command, starting with its synopsis. */
  String usage();

  /**
   * Runs the command with the arguments that follow its name.
   *
   * @return the process exit code
   * @throws UsageException when the arguments are wrong (exit code 2)
   * @throws Exception any other failure (exit code 1)
   */
  int run(List<String> args, CliContext context) throws Exception;
}
