package org.parquetframe.adapter.reader.decode;

/**
 * The dictionary ids of a dictionary-encoded data page: a byte giving their bit width, then
 * RLE/bit-packed runs. Each id is checked against the dictionary's entries, so that damage is
 * reported as such on the scan and the bulk path alike rather than as an index out of bounds.
 */
public final class DictionaryIds {
  private final HybridRuns runs;
  private final int entries;

  /**
   * The ids in {@code [from, to)} of {@code bytes}, for a dictionary of {@code entries} entries
   * ({@code -1}: the chunk has no dictionary page).
   */
  public DictionaryIds(byte[] bytes, int from, int to, int entries) {
    if (entries < 0) {
      throw new CorruptPageException("a dictionary-encoded page in a chunk without a dictionary page");
    }
    if (from >= to) {
      throw new CorruptPageException("a dictionary-encoded page without values");
    }
    this.runs = new HybridRuns(bytes, from + 1, to, bytes[from] & 0xFF);
    this.entries = entries;
  }

  /** The next id. */
  public int next() {
    return checked(runs.next());
  }

  /** The next {@code count} ids into {@code into[offset, offset + count)}. */
  public void read(int[] into, int offset, int count) {
    runs.read(into, offset, count);
    for (int i = offset; i < offset + count; i++) {
      checked(into[i]);
    }
  }

  /** Skips {@code count} ids. */
  public void skip(int count) {
    runs.skip(count);
  }

  private int checked(int id) {
    if (id < 0 || id >= entries) {
      throw new CorruptPageException("dictionary id " + id + " in a dictionary of " + entries + " entries");
    }
    return id;
  }
}
