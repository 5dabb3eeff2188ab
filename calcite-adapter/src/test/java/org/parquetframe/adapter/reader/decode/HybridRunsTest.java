package org.parquetframe.adapter.reader.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Random;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridEncoder;
import org.junit.jupiter.api.Test;

/**
 * The shared RLE/bit-packed decoder against parquet-column's encoder: values read in batches of
 * any size (whole groups unpacked in place or not), one by one, and skipped give what was written.
 */
class HybridRunsTest {

  @Test
  void batchesOfAnySizeGiveTheWrittenValues() throws IOException {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      int bitWidth = random.nextInt(33);
      int[] values = values(random, bitWidth, 1 + random.nextInt(3000));
      byte[] bytes = encode(values, bitWidth);
      HybridRuns runs = new HybridRuns(bytes, 0, bytes.length, bitWidth);
      int[] read = new int[values.length];
      for (int done = 0; done < values.length; ) {
        int n = Math.min(values.length - done, random.nextInt(40));
        runs.read(read, done, n);
        done += n;
      }
      assertArrayEquals(values, read, "bit width " + bitWidth);
    }
  }

  @Test
  void nextAndSkipAgreeWithBatches() throws IOException {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      int bitWidth = random.nextInt(33);
      int[] values = values(random, bitWidth, 1 + random.nextInt(3000));
      byte[] bytes = encode(values, bitWidth);
      HybridRuns runs = new HybridRuns(bytes, 0, bytes.length, bitWidth);
      int at = 0;
      while (at < values.length) {
        int n = Math.min(values.length - at, random.nextInt(30));
        if (random.nextBoolean()) {
          runs.skip(n);
        } else {
          for (int i = 0; i < n; i++) {
            assertEquals(values[at + i], runs.next(), "value " + (at + i) + ", bit width " + bitWidth);
          }
        }
        at += n;
      }
    }
  }

  @Test
  void aGroupCutShortReadsAsZerosAndOnePastTheEndIsCorrupt() {
    byte[] cutShort = {3, 1, 2, 3}; // one group of eight 8-bit values, three of them present
    int[] read = new int[8];
    new HybridRuns(cutShort, 0, cutShort.length, 8).read(read, 0, 8);
    assertArrayEquals(new int[] {1, 2, 3, 0, 0, 0, 0, 0}, read);
    byte[] twoGroups = {5, 1, 2, 3, 4, 5, 6, 7, 8}; // two groups declared, one present
    CorruptPageException error = assertThrows(CorruptPageException.class,
        () -> new HybridRuns(twoGroups, 0, twoGroups.length, 8).read(new int[16], 0, 16));
    assertEquals("a bit-packed run past the end of its section", error.getMessage());
    byte[] hugeRun = {(byte) 0x81, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x02};
    CorruptPageException huge = assertThrows(CorruptPageException.class,
        () -> new HybridRuns(hugeRun, 0, hugeRun.length, 1).next());
    assertEquals("a bit-packed run of 2147483648 values", huge.getMessage());
  }

  /** Values of {@code bitWidth} bits in runs of repeats and of noise, as levels and ids come. */
  private static int[] values(Random random, int bitWidth, int count) {
    long bound = 1L << bitWidth;
    int[] values = new int[count];
    for (int i = 0; i < count; ) {
      int length = Math.min(count - i, 1 + random.nextInt(50));
      boolean repeat = random.nextBoolean();
      int value = (int) (random.nextLong() & (bound - 1));
      for (int j = 0; j < length; j++) {
        values[i + j] = repeat ? value : (int) (random.nextLong() & (bound - 1));
      }
      i += length;
    }
    return values;
  }

  private static byte[] encode(int[] values, int bitWidth) throws IOException {
    try (RunLengthBitPackingHybridEncoder encoder =
        new RunLengthBitPackingHybridEncoder(bitWidth, 64, 1 << 16, new HeapByteBufferAllocator())) {
      for (int value : values) {
        encoder.writeInt(value);
      }
      return encoder.toBytes().toByteArray();
    }
  }
}
