package org.parquetframe.sqltests;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;

/**
 * Byte-level damage to a file or a page: flipped bits, absurd little-endian ints and varints
 * (where lengths, counts and RLE headers live), zeroed runs, truncation, inserted and deleted bytes.
 * Each method damages its argument in place (or returns a new array) and says what it did.
 */
final class FuzzBytes {
  private static final int[] ABSURD_INTS = {-1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0x7fff_fff0, 1 << 30, 1 << 24,
      0x00ff_ffff, 65_536, 0};

  private FuzzBytes() {}

  /** A damaged copy of {@code bytes} (or of its part {@code [from, to)}), and what was done. */
  record Damage(byte[] bytes, String description) {}

  static Damage damage(byte[] original, int from, int to, Random random) {
    byte[] bytes = original.clone();
    if (to <= from) {
      return new Damage(bytes, "nothing to damage");
    }
    int at = from + random.nextInt(to - from);
    switch (random.nextInt(7)) {
      case 0: {
        int flips = 1 + random.nextInt(3);
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < flips; i++) {
          int position = from + random.nextInt(to - from);
          int bit = random.nextInt(8);
          bytes[position] ^= (byte) (1 << bit);
          where.append(i == 0 ? "" : ", ").append(position).append(':').append(bit);
        }
        return new Damage(bytes, "flipped bits at " + where);
      }
      case 1: {
        int value = ABSURD_INTS[random.nextInt(ABSURD_INTS.length)];
        int length = Math.min(4, bytes.length - at);
        byte[] encoded = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
        System.arraycopy(encoded, 0, bytes, at, length);
        return new Damage(bytes, "int " + value + " written at " + at);
      }
      case 2: {
        byte last = (byte) (random.nextBoolean() ? 0x07 : 0x0f);
        byte[] varint = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, last};
        int length = Math.min(varint.length, bytes.length - at);
        System.arraycopy(varint, 0, bytes, at, length);
        return new Damage(bytes, "huge varint written at " + at);
      }
      case 3: {
        int length = Math.min(1 + random.nextInt(32), to - at);
        Arrays.fill(bytes, at, at + length, random.nextBoolean() ? (byte) 0 : (byte) 0xff);
        return new Damage(bytes, length + " bytes overwritten at " + at);
      }
      case 4:
        return new Damage(Arrays.copyOf(bytes, at), "truncated to " + at + " bytes");
      case 5: {
        byte[] longer = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, longer, 0, at);
        longer[at] = (byte) random.nextInt(256);
        System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
        return new Damage(longer, "byte inserted at " + at);
      }
      default: {
        byte[] shorter = new byte[bytes.length - 1];
        System.arraycopy(bytes, 0, shorter, 0, at);
        System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
        return new Damage(shorter, "byte deleted at " + at);
      }
    }
  }

  /** Flips one to three random bytes of {@code bytes} in place and returns it. */
  static byte[] flipSome(byte[] bytes, Random random) {
    if (bytes.length == 0) {
      return new byte[] {(byte) random.nextInt(256)};
    }
    int flips = 1 + random.nextInt(3);
    for (int i = 0; i < flips; i++) {
      bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
    }
    return bytes;
  }

  static int footerLength(byte[] file) {
    return ByteBuffer.wrap(file, file.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
  }

  static void putIntLittleEndian(byte[] bytes, int at, int value) {
    ByteBuffer.wrap(bytes, at, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(value);
  }
}
