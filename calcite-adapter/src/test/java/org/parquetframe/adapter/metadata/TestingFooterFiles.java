package org.parquetframe.adapter.metadata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.parquetframe.adapter.format.LocalParquetWriters;

/** Small Parquet files for the footer cache tests: {@code rows} ids in one row group, and files that are not Parquet. */
final class TestingFooterFiles {
  private static final MessageType SCHEMA = MessageTypeParser.parseMessageType("message t { required int64 id; }");

  private TestingFooterFiles() {}

  static Path ids(Path file, int rows) {
    try {
      Files.createDirectories(file.getParent());
      try (ParquetWriter<Group> writer = LocalParquetWriters.groups(file, SCHEMA, CompressionCodecName.UNCOMPRESSED)
          .build()) {
        SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
        for (int i = 0; i < rows; i++) {
          writer.write(groups.newGroup().append("id", (long) i));
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rewrites {@code file} with {@code rows} ids, keeping no attribute of the old version. */
  static Path rewrite(Path file, int rows) {
    try {
      FileTime before = Files.getLastModifiedTime(file);
      ids(file, rows);
      Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path notParquet(Path file) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, "this is not a Parquet file, only some text long enough");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
