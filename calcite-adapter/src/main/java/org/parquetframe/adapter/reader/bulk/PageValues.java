package org.parquetframe.adapter.reader.bulk;

/**
 * The non-null values of one data page, handed out in order into a target array ({@code long[]},
 * {@code double[]} or {@code String[]}, as the reader's {@link BulkTarget} says).
 */
abstract class PageValues {

  /** Copies the page's next {@code n} values into {@code out[at, at + n)}. */
  abstract void copy(Object out, int at, int n);

  /** An INT32 widened as the column's type says: sign-extended, or masked when unsigned. */
  static long widen(int value, long unsignedMask) {
    return unsignedMask == 0 ? value : value & unsignedMask;
  }
}
