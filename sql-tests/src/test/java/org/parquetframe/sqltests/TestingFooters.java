package org.parquetframe.sqltests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

/**
 * Rewrites the Thrift footer of a written Parquet file in place, to make files as other (older,
 * buggier) writers make them: statistics in the deprecated fields, bounds in the wrong order, no
 * NaN counts. The data pages and indexes before the footer stay where they are.
 */
final class TestingFooters {
  private TestingFooters() {}

  static void rewrite(Path file, Consumer<FileMetaData> change) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      int footerLength = ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
      int footerStart = bytes.length - 8 - footerLength;
      FileMetaData metadata = Util.readFileMetaData(new ByteArrayInputStream(bytes, footerStart, footerLength));
      change.accept(metadata);
      ByteArrayOutputStream footer = new ByteArrayOutputStream();
      Util.writeFileMetaData(metadata, footer);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(bytes, 0, footerStart);
      footer.writeTo(out);
      out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(footer.size()).array());
      out.write("PAR1".getBytes(StandardCharsets.US_ASCII));
      Files.write(file, out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Applies {@code change} to every chunk of column {@code column} (a top-level column's name). */
  static Consumer<FileMetaData> eachChunk(String column, Consumer<ColumnChunk> change) {
    return metadata -> {
      for (RowGroup rowGroup : metadata.getRow_groups()) {
        for (ColumnChunk chunk : rowGroup.getColumns()) {
          if (chunk.getMeta_data().getPath_in_schema().get(0).equals(column)) {
            change.accept(chunk);
          }
        }
      }
    };
  }
}
