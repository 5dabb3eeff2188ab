package org.parquetframe.adapter.types;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.parquet.io.api.Binary;

/**
 * Parquet STRING values as Java strings. parquet-java's {@code Binary.toStringUsingUTF8()} decodes
 * through {@code Charset.decode}, which looks its decoder up in a thread-local cache and copies
 * through a CharBuffer for every value; {@code new String(bytes, offset, length, UTF_8)} takes the
 * JDK's intrinsic path (ASCII at memory speed) and gives the same string, malformed bytes replaced
 * by U+FFFD alike. A scan of a text column spent most of its time in the former.
 */
public final class Utf8 {
  private Utf8() {}

  public static String text(Binary value) {
    ByteBuffer buffer = value.toByteBuffer();
    if (buffer.hasArray()) {
      return new String(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining(),
          StandardCharsets.UTF_8);
    }
    return new String(value.getBytes(), StandardCharsets.UTF_8);
  }
}
