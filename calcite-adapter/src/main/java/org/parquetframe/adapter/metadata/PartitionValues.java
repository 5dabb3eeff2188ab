package org.parquetframe.adapter.metadata;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.calcite.sql.type.SqlTypeName;
import org.parquetframe.adapter.types.ColumnType;

/**
 * Hive-style partition directories ({@code key=value}): parsing them from a file's path and
 * inferring one type per key over all its values (BIGINT, then DATE, else VARCHAR).
 */
public final class PartitionValues {
  static final String DEFAULT_PARTITION = "__HIVE_DEFAULT_PARTITION__";

  private PartitionValues() {}

  /** The {@code key=value} directories between {@code tableRoot} and {@code file}, outermost first. */
  public static Map<String, String> of(Path tableRoot, Path file) {
    Map<String, String> values = new LinkedHashMap<>();
    Path relative = tableRoot.relativize(file).getParent();
    if (relative == null) {
      return values;
    }
    for (Path part : relative) {
      String text = part.toString();
      int equals = text.indexOf('=');
      if (equals > 0) {
        String value = URLDecoder.decode(text.substring(equals + 1), StandardCharsets.UTF_8);
        values.put(text.substring(0, equals), DEFAULT_PARTITION.equals(value) ? null : value);
      }
    }
    return values;
  }

  /** The narrowest type that holds every one of {@code values} (NULLs fit any type). */
  public static ColumnType inferType(Collection<String> values) {
    if (values.stream().filter(Objects::nonNull).allMatch(PartitionValues::isLong)) {
      return ColumnType.of(SqlTypeName.BIGINT);
    }
    if (values.stream().filter(Objects::nonNull).allMatch(PartitionValues::isDate)) {
      return ColumnType.of(SqlTypeName.DATE);
    }
    return ColumnType.of(SqlTypeName.VARCHAR);
  }

  /** {@code value} in Calcite's runtime representation for {@code type}. */
  public static Object convert(String value, ColumnType type) {
    if (value == null) {
      return null;
    }
    return switch (type.sqlType()) {
      case BIGINT -> Long.parseLong(value);
      case DATE -> (int) LocalDate.parse(value).toEpochDay();
      default -> value;
    };
  }

  private static boolean isLong(String value) {
    try {
      Long.parseLong(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isDate(String value) {
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
