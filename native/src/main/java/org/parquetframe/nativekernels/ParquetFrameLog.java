package org.parquetframe.nativekernels;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ParquetFrame's log: SLF4J (no binding forced on the user) behind the threshold of
 * {@code PARQUETFRAME_LOG}, so that one variable quiets or opens our messages whatever binding the
 * application uses; the binding's own configuration still applies after it. Default: info.
 */
public final class ParquetFrameLog {

    private enum Level { DEBUG, INFO, WARN, ERROR }

    private static final Level THRESHOLD = threshold(ParquetFrameEnvironment.system());
    private static final Set<String> ONCE = ConcurrentHashMap.newKeySet();

    private final Logger logger;

    private ParquetFrameLog(Logger logger) {
        this.logger = logger;
    }

    public static ParquetFrameLog get(Class<?> type) {
        return new ParquetFrameLog(LoggerFactory.getLogger(type));
    }

    private static Level threshold(ParquetFrameEnvironment environment) {
        String level = environment.logLevel();
        return level == null ? Level.INFO : Level.valueOf(level.toUpperCase(Locale.ROOT));
    }

    /** The threshold in force, for pf_debug_info(). */
    public static String threshold() {
        return THRESHOLD.name().toLowerCase(Locale.ROOT);
    }

    public void debug(String message) {
        if (THRESHOLD.compareTo(Level.DEBUG) <= 0) {
            logger.debug(message);
        }
    }

    public void info(String message) {
        if (THRESHOLD.compareTo(Level.INFO) <= 0) {
            logger.info(message);
        }
    }

    public void warn(String message) {
        if (THRESHOLD.compareTo(Level.WARN) <= 0) {
            logger.warn(message);
        }
    }

    public void error(String message) {
        logger.error(message);
    }

    /** Logs {@code message} at info level the first time {@code key} is seen in this JVM, never again. */
    public void infoOnce(String key, String message) {
        if (ONCE.add(key)) {
            info(message);
        }
    }

    /** Logs {@code message} at warn level the first time {@code key} is seen in this JVM, never again. */
    public void warnOnce(String key, String message) {
        if (ONCE.add(key)) {
            warn(message);
        }
    }
}
