package org.parquetframe.cli;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import sqlline.SqlLine;

/**
 * {@code parquetframe shell <dir> [sqlline options]}: an interactive SQL shell (sqlline) connected
 * to a data directory. Options after {@code <dir>} go to sqlline unchanged, so the shell can also be
 * driven from scripts, e.g. {@code -f script.sql --outputformat=csv}.
 */
final class ShellCommand implements CliCommand {
  /**
   * sqlline sizes tables to the terminal, and without one it has a width of 0 and prints rows
   * with nothing in them; piped output has no width limit that matters, so use a generous one.
   */
  static final int PIPED_MAX_WIDTH = 10_000;
  private static final String JLINE_DUMB = "org.jline.terminal.dumb";

  @Override
  public String name() {
    return "shell";
  }

  @Override
  public String summary() {
    return "interactive SQL shell (sqlline) over a directory of Parquet files";
  }

  @Override
  public String usage() {
    return """
        Usage: parquetframe shell <dir> [sqlline options]

        Opens an interactive SQL shell (sqlline) on the Parquet files in <dir>. End statements
        with ';'; type !help for the shell's commands and !quit to leave.
        Options after <dir> are passed to sqlline, for example:
          -f script.sql           run the statements in a file, then exit
          --outputformat=csv      table (default), vertical, csv, tsv, json, xmlattr, ...
          --maxWidth=200          line width; when output is not a terminal it defaults to %d
          -e "SELECT 1;"          run one statement, then exit
          --silent=true           no banner, prompts or timings (clean output for scripts)
        """.formatted(PIPED_MAX_WIDTH);
  }

  @Override
  public int run(List<String> args, CliContext context) throws Exception {
    if (args.isEmpty()) {
      throw new UsageException("expected <dir>");
    }
    String dir = args.get(0);
    if (dir.equals("--help") || dir.equals("-h")) {
      context.out().print(usage());
      return ExitCode.OK;
    }
    if (dir.startsWith("-")) {
      throw new UsageException("expected <dir> before the sqlline options, not '" + dir + "'");
    }
    boolean fromSystemIn = context.in() == System.in;
    boolean interactive = fromSystemIn && System.console() != null;
    if (fromSystemIn && !interactive && System.getProperty(JLINE_DUMB) == null) {
      // Piped: jline would warn on stderr that it cannot open a terminal, then use a dumb one anyway.
      System.setProperty(JLINE_DUMB, "true");
    }
    List<String> sqllineArgs = sqllineArguments(dir, args.subList(1, args.size()), interactive);
    SqlLine shell = new SqlLine();
    shell.setOutputStream(context.out());
    shell.setErrorStream(context.err());
    // With a null input sqlline opens the process's terminal (line editing, history); any other
    // stream is read through a terminal emulation, which is what tests use.
    InputStream input = fromSystemIn ? null : context.in();
    SqlLine.Status status = shell.begin(sqllineArgs.toArray(new String[0]), input, interactive);
    return switch (status) {
      case OK -> ExitCode.OK;
      case ARGS -> ExitCode.USAGE;
      default -> ExitCode.FAILURE;
    };
  }

  static List<String> sqllineArguments(String dir, List<String> extra, boolean interactive) {
    List<String> args = new ArrayList<>(List.of(
        "-u", DataConnections.url(dir), "-d", DataConnections.DRIVER_CLASS, "-n", "", "-p", ""));
    if (!given(extra, "--isolation")) {
      // sqlline asks for REPEATABLE_READ by default and prints a warning when refused; we have no transactions.
      args.add("--isolation=TRANSACTION_NONE");
    }
    if (!interactive && !given(extra, "--maxWidth")) {
      args.add("--maxWidth=" + PIPED_MAX_WIDTH);
    }
    args.addAll(extra);
    return args;
  }

  private static boolean given(List<String> args, String option) {
    return args.stream().anyMatch(arg -> arg.equals(option) || arg.startsWith(option + "="));
  }
}
