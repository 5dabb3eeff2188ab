package org.parquetframe.adapter.reader.bulk;

/**
 * Page data that cannot be decoded; {@link BulkColumnReader} turns it into a format error naming the
 * file and the column.
 */
final class CorruptPageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CorruptPageException(String problem) {
    super(problem);
  }
}
