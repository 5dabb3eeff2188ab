package org.parquetframe.adapter.reader.bulk;

/** Dictionary-encoded values: a page's ids, decoded up front, looked up in the chunk's decoded dictionary. */
final class DictionaryIds extends PageValues {
  private final int[] ids;
  private final Object dictionary; // long[], double[] or String[], as the target
  private final int size;
  private int next;

  DictionaryIds(int[] ids, Object dictionary, int size) {
    this.ids = ids;
    this.dictionary = dictionary;
    this.size = size;
  }

  @Override
  void copy(Object out, int at, int n) {
    for (int i = next; i < next + n; i++) {
      if (ids[i] < 0 || ids[i] >= size) {
        throw new CorruptPageException("dictionary id " + ids[i] + " in a dictionary of " + size + " entries");
      }
    }
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
