package org.parquetframe.nativekernels;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The environment variables ParquetFrame reads (docs/configuration.md): defaults for a whole
 * process, which connection properties override. Read from {@link System#getenv()}, or from a
 * map in tests.
 */
public final class ParquetFrameEnvironment {

    /** {@code 1} (or true/yes/on): never load the native library; every kernel runs on the JVM. */
    public static final String DISABLE_NATIVE = "PARQUETFRAME_DISABLE_NATIVE";
    /** Default kernel threads when the connection has no {@code threads} property. */
    public static final String THREADS = "PARQUETFRAME_THREADS";
    /** Least level of ParquetFrame's own log messages passed to SLF4J: debug, info, warn or error. */
    public static final String LOG = "PARQUETFRAME_LOG";

    private static final ParquetFrameEnvironment SYSTEM = new ParquetFrameEnvironment(System.getenv());

    private final Map<String, String> variables;

    private ParquetFrameEnvironment(Map<String, String> variables) {
        this.variables = variables;
    }

    public static ParquetFrameEnvironment system() {
        return SYSTEM;
    }

    public static ParquetFrameEnvironment of(Map<String, String> variables) {
        return new ParquetFrameEnvironment(Map.copyOf(variables));
    }

    /** The raw value, or null when unset or blank. */
    public String get(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public boolean nativeDisabled() {
        String value = get(DISABLE_NATIVE);
        return value != null && switch (value.toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            default -> false;
        };
    }

    /**
     * {@code PARQUETFRAME_THREADS}, if set.
     *
     * @throws IllegalArgumentException when it is not a whole number from 1 to 4096
     */
    public OptionalInt threads() {
        String value = get(THREADS);
        if (value == null) {
            return OptionalInt.empty();
        }
        try {
            int threads = Integer.parseInt(value);
            if (threads >= 1 && threads <= 4096) {
                return OptionalInt.of(threads);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("environment variable " + THREADS
                + " must be a whole number from 1 to 4096, not '" + value + "'");
    }

    /** {@code PARQUETFRAME_LOG} as a level name (debug, info, warn, error); null when unset or unknown. */
    public String logLevel() {
        String value = get(LOG);
        if (value == null) {
            return null;
        }
        String level = value.toLowerCase(Locale.ROOT);
        return switch (level) {
            case "debug", "info", "warn", "error" -> level;
            case "warning" -> "warn";
            default -> null;
        };
    }
}
