package org.parquetframe.benchmarks.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes benchmark results as JSON (records map to objects field by field). Unknown
 * fields are ignored when reading, so that a baseline recorded by an older runner still loads.
 */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final ObjectMapper ONE_LINE = MAPPER.copy().disable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /** Writes {@code value} to {@code file}, pretty-printed, creating the parent directories. */
  public static void write(Path file, Object value) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    MAPPER.writeValue(file.toFile(), value);
  }

  /** Reads a {@code type} from {@code file}; the message of a malformed file names it. */
  public static <T> T read(Path file, Class<T> type) throws IOException {
    try {
      return MAPPER.readValue(file.toFile(), type);
    } catch (JsonProcessingException e) {
      throw new IOException(file + " is not a valid " + type.getSimpleName() + " JSON file: "
          + e.getOriginalMessage(), e);
    }
  }

  /** {@code value} as JSON on one line, for line-oriented protocols between processes. */
  public static String line(Object value) {
    try {
      return ONE_LINE.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses one line written by {@link #line}. */
  public static <T> T parseLine(String line, Class<T> type) {
    try {
      return MAPPER.readValue(line, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a " + type.getSimpleName() + " JSON line: " + line, e);
    }
  }
}
