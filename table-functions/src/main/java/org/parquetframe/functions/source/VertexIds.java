package org.parquetframe.functions.source;

import java.util.function.IntBinaryOperator;
import org.apache.calcite.sql.type.SqlTypeName;
import org.parquetframe.adapter.types.ColumnType;
import org.parquetframe.kernels.graph.LongVertexDictionary;
import org.parquetframe.kernels.graph.StringVertexDictionary;
import org.parquetframe.kernels.graph.VertexDictionary;

/**
 * The original vertex ids behind dense indexes, with their SQL type: output columns such as
 * {@code node} and {@code parent} carry ids of exactly the vertex column's type.
 */
public record VertexIds(ColumnType type, VertexDictionary dictionary) {

  /**
   * The SQL type of vertex ids given the types of the source and target columns of {@code source}
   * (how the edges were given, for the error message).
   */
  public static ColumnType typeOf(ColumnType src, ColumnType dst, String srcName, String dstName, String source) {
    if (src.isInteger() && dst.isInteger()) {
      return rank(src.sqlType()) >= rank(dst.sqlType()) ? ColumnType.of(src.sqlType()) : ColumnType.of(dst.sqlType());
    }
    if (src.isCharacter() && dst.isCharacter()) {
      return ColumnType.of(SqlTypeName.VARCHAR);
    }
    throw new IllegalArgumentException("vertex columns must both be integers (TINYINT to BIGINT) or both VARCHAR, "
        + "but '" + srcName + "' is " + src + " and '" + dstName + "' is " + dst + " in " + source);
  }

  public static VertexIds empty(ColumnType type) {
    return new VertexIds(type, type.isInteger() ? new LongVertexDictionary() : new StringVertexDictionary());
  }

  public int size() {
    return dictionary.size();
  }

  /** The id of dense vertex {@code index} as the Java value Calcite expects for {@link #type()}. */
  public Object sqlValue(int index) {
    if (dictionary instanceof LongVertexDictionary longs) {
      long id = longs.idAt(index);
      return switch (type.sqlType()) {
        case TINYINT -> (byte) id;
        case SMALLINT -> (short) id;
        case INTEGER -> (int) id;
        default -> id;
      };
    }
    return ((StringVertexDictionary) dictionary).idAt(index);
  }

  /**
   * The dense index of the vertex named by a SQL argument (given as text: integers are parsed), or
   * an error naming the argument when the graph has no such vertex.
   */
  public int indexOf(String argument, String value) {
    if (value == null) {
      throw new IllegalArgumentException(argument + " is required and must not be NULL");
    }
    int index;
    if (dictionary instanceof LongVertexDictionary longs) {
      long id;
      try {
        id = Long.parseLong(value.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(argument + " '" + value + "' is not a vertex id: the vertex ids are "
            + type + " values");
      }
      index = longs.find(id);
    } else {
      index = ((StringVertexDictionary) dictionary).find(value);
    }
    if (index < 0) {
      throw new IllegalArgumentException(argument + " " + quoted(value) + " is not a vertex of the graph "
          + "(no edge has it as source or target)");
    }
    return index;
  }

  /**
   * Compares two vertices by id: numeric order for integer ids, Unicode code point order for
   * VARCHAR ids (as Python and DuckDB compare strings).
   */
  public IntBinaryOperator idOrder() {
    if (dictionary instanceof LongVertexDictionary longs) {
      return (a, b) -> Long.compare(longs.idAt(a), longs.idAt(b));
    }
    StringVertexDictionary strings = (StringVertexDictionary) dictionary;
    return (a, b) -> compareCodePoints(strings.idAt(a), strings.idAt(b));
  }

  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private String quoted(String value) {
    return type.isInteger() ? value : "'" + value + "'";
  }

  private static int rank(SqlTypeName type) {
    return switch (type) {
      case TINYINT -> 0;
      case SMALLINT -> 1;
      case INTEGER -> 2;
      default -> 3;
    };
  }
}
