package org.parquetframe.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The positional arguments and {@code --name value} / {@code --name=value} options of one
 * subcommand. Every option is declared up front, so that a typo is a usage error rather than
 * being silently taken for a positional argument.
 */
final class CommandOptions {
  private final List<String> positional;
  private final Map<String, String> values;
  private final Set<String> flags;

  private CommandOptions(List<String> positional, Map<String, String> values, Set<String> flags) {
    this.positional = positional;
    this.values = values;
    this.flags = flags;
  }

  /**
   * Parses {@code args}; {@code valueOptions} take a value, {@code flagOptions} do not (names
   * without the leading dashes). {@code --help} and {@code -h} are always accepted as the flag
   * {@code help}. A lone {@code --} ends the options.
   */
  static CommandOptions parse(List<String> args, Set<String> valueOptions, Set<String> flagOptions)
      throws UsageException {
    List<String> positional = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> flags = new TreeSet<>();
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
        positional.add(arg);
      } else if (arg.equals("--")) {
        optionsEnded = true;
      } else if (arg.equals("-h") || arg.equals("--help")) {
        flags.add("help");
      } else if (arg.startsWith("--")) {
        int equals = arg.indexOf('=');
        String name = arg.substring(2, equals < 0 ? arg.length() : equals);
        if (valueOptions.contains(name)) {
          String value;
          if (equals >= 0) {
            value = arg.substring(equals + 1);
          } else if (i + 1 < args.size()) {
            value = args.get(++i);
          } else {
            throw new UsageException("option --" + name + " needs a value");
          }
          values.put(name, value);
        } else if (flagOptions.contains(name) && equals < 0) {
          flags.add(name);
        } else {
          throw new UsageException("unknown option '" + arg + "'" + known(valueOptions, flagOptions));
        }
      } else {
        throw new UsageException("unknown option '" + arg + "'" + known(valueOptions, flagOptions));
      }
    }
    return new CommandOptions(positional, values, flags);
  }

  private static String known(Set<String> valueOptions, Set<String> flagOptions) {
    Set<String> all = new TreeSet<>(valueOptions);
    all.addAll(flagOptions);
    all.add("help");
    StringBuilder text = new StringBuilder("; options are:");
    for (String name : all) {
      text.append(" --").append(name);
    }
    return text.toString();
  }

  boolean has(String flag) {
    return flags.contains(flag);
  }

  /** The positional arguments; exactly {@code names.length} of them are required. */
  List<String> positional(String... names) throws UsageException {
    if (positional.size() != names.length) {
      String expected = names.length == 0 ? "no arguments" : "<" + String.join("> <", names) + ">";
      throw new UsageException("expected " + expected + " but got " + positional.size()
          + " argument" + (positional.size() == 1 ? "" : "s") + (positional.isEmpty() ? "" : " " + positional));
    }
    return positional;
  }

  /** The positional arguments when their number may vary. */
  List<String> positionalAll() {
    return positional;
  }

  Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** A whole number option that must be given, at least {@code min}. */
  long requiredLong(String name, long min) throws UsageException {
    String text = values.get(name);
    if (text == null) {
      throw new UsageException("option --" + name + " is required");
    }
    return parseLong(name, text, min);
  }

  /** A whole number option with a default, at least {@code min}. */
  long optionalLong(String name, long defaultValue, long min) throws UsageException {
    String text = values.get(name);
    return text == null ? defaultValue : parseLong(name, text, min);
  }

  /** Underscores are allowed as digit separators, as in Java: {@code --edges 100_000_000}. */
  private long parseLong(String name, String text, long min) throws UsageException {
    long value;
    try {
      value = Long.parseLong(text.trim().replace("_", ""));
    } catch (NumberFormatException e) {
      throw new UsageException("option --" + name + " expects a whole number, not '" + text + "'");
    }
    if (value < min) {
      throw new UsageException("option --" + name + " must be at least " + min + ", not " + value);
    }
    return value;
  }
}
