package org.parquetframe.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code parquetframe} command line (the shaded jar's main class): picks a subcommand, runs
 * it, and turns its outcome into an exit code: 0 success, 1 failure (the error message on
 * standard error), 2 a wrong command line.
 */
public final class Main {
  static {
    // First thing in the class, before anything can load SLF4J: the jar has no SLF4J provider, and
    // SLF4J would otherwise print three lines of warnings on every run. The driver alone leaves
    // this to the application that embeds it, so only the command line does it.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
  }

  private static final List<CliCommand> COMMANDS = List.of(
      new QueryCommand(), new ShellCommand(), new GenerateGraphCommand(), new DemoCommand());

  private Main() {}

  public static void main(String[] args) {
    int code = run(args, CliContext.system());
    System.out.flush();
    System.exit(code);
  }

  /** Runs the command line and returns the exit code instead of exiting; the unit of testing. */
  static int run(String[] arguments, CliContext context) {
    List<String> args = new ArrayList<>(List.of(arguments));
    boolean verbose = "debug".equalsIgnoreCase(context.env().getOrDefault("PARQUETFRAME_LOG", ""));
    while (!args.isEmpty() && args.get(0).startsWith("-")) {
      String option = args.remove(0);
      switch (option) {
        case "-h", "--help" -> {
          context.out().print(usage());
          return ExitCode.OK;
        }
        case "--version" -> {
          context.out().println("parquetframe " + org.parquetframe.functions.diagnostics.ProductVersion.version());
          return ExitCode.OK;
        }
        case "-v", "--verbose" -> verbose = true;
        default -> {
          return usageError(context.err(), "unknown option '" + option + "'");
        }
      }
    }
    if (args.isEmpty()) {
      return usageError(context.err(), "no command given");
    }
    String name = args.remove(0);
    CliCommand command = COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    if (command == null) {
      return usageError(context.err(), "unknown command '" + name + "'");
    }
    // The shell passes everything after its directory to sqlline, which has its own --verbose.
    if (!(command instanceof ShellCommand)) {
      verbose |= args.remove("--verbose");
    }
    try {
      return command.run(args, context);
    } catch (UsageException e) {
      context.err().println("parquetframe " + command.name() + ": " + e.getMessage());
      context.err().println("Run 'parquetframe " + command.name() + " --help' for usage.");
      return ExitCode.USAGE;
    } catch (Exception | LinkageError e) {
      reportFailure(e, verbose, context.err());
      return ExitCode.FAILURE;
    }
  }

  private static void reportFailure(Throwable failure, boolean verbose, PrintStream err) {
    Throwable shown = failure instanceof UncheckedIOException ? failure.getCause() : failure;
    String message = shown.getMessage();
    if (shown instanceof SQLException || shown instanceof IllegalArgumentException) {
      err.println("parquetframe: " + message);
    } else {
      // Without its type, an I/O or internal error message ("/tmp/x") can be meaningless.
      err.println("parquetframe: " + shown.getClass().getSimpleName() + (message == null ? "" : ": " + message));
    }
    if (verbose) {
      failure.printStackTrace(err);
    } else if (!(shown instanceof SQLException)) {
      // A SQL error is the user's to fix from its message; anything else may be ours to debug.
      err.println("(run with --verbose or PARQUETFRAME_LOG=debug for the stack trace)");
    }
  }

  private static int usageError(PrintStream err, String message) {
    err.println("parquetframe: " + message);
    err.print(usage());
    return ExitCode.USAGE;
  }

  static String usage() {
    StringBuilder text = new StringBuilder("""
        Usage: parquetframe [--verbose] <command> [arguments]

        SQL over directories of Parquet files, with graph algorithms as table functions.

        Commands:
        """);
    for (CliCommand command : COMMANDS) {
      text.append(String.format(Locale.ROOT, "  %-16s %s%n", command.name(), command.summary()));
    }
    text.append("""

        Options:
          -h, --help       show this help; 'parquetframe <command> --help' shows a command's help
          --version        print the version
          -v, --verbose    print stack traces of errors (also: PARQUETFRAME_LOG=debug)

        Exit codes: 0 success, 1 error (e.g. in the SQL), 2 wrong command line.
        """);
    return text.toString();
  }
}
