package org.parquetframe.adapter.reader.decode;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.bytes.BytesInput;

/**
 * A section of a page as an array and bounds, which the decoders here read: our pages wrap
 * arrays, so this copies nothing for them; any other input is copied once.
 */
public record PageBytes(byte[] bytes, int from, int to) {
  /** The bytes of {@code input}. */
  public static PageBytes of(BytesInput input) throws IOException {
    ByteBuffer buffer = input.toByteBuffer();
    if (!buffer.hasArray()) {
      byte[] copy = input.toByteArray();
      return new PageBytes(copy, 0, copy.length);
    }
    int from = buffer.arrayOffset() + buffer.position();
    return new PageBytes(buffer.array(), from, from + buffer.remaining());
  }

  public int length() {
    return to - from;
  }
}
