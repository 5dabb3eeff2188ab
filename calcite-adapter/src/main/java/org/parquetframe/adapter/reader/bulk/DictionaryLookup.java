package org.parquetframe.adapter.reader.bulk;

/**
 * Dictionary-encoded values: a page's ids, decoded and checked up front by the shared
 * {@link org.parquetframe.adapter.reader.decode.DictionaryIds}, looked up in the chunk's decoded
 * dictionary.
 */
final class DictionaryLookup extends PageValues {
  private final int[] ids;
  private final Object dictionary; // long[], double[] or String[], as the target
  private int next;

  DictionaryLookup(int[] ids, Object dictionary) {
    this.ids = ids;
    this.dictionary = dictionary;
  }

  @Override
  void copy(Object out, int at, int n) {
    if (dictionary instanceof long[] longs) {
      long[] target = (long[]) out;
      for (int i = 0; i < n; i++) {
        target[at + i] = longs[ids[next + i]];
      }
    } else if (dictionary instanceof double[] doubles) {
      double[] target = (double[]) out;
      for (int i = 0; i < n; i++) {
        target[at + i] = doubles[ids[next + i]];
      }
    } else {
      String[] strings = (String[]) dictionary;
      String[] target = (String[]) out;
      for (int i = 0; i < n; i++) {
        target[at + i] = strings[ids[next + i]]; // one String per entry, shared by its rows
      }
    }
    next += n;
  }
}
