package org.parquetframe.sqltests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.parquetframe.adapter.format.LocalParquetWriters;
import org.parquetframe.adapter.format.ParquetFooter;

/**
 * Parquet files for the metadata function tests that {@link TestingParquetFiles} cannot write:
 * nested columns (groups, LISTs) filled through parquet-java's example {@link Group}s, and writer
 * options such as bloom filters or disabled statistics. Also reads footers independently of the
 * driver, as the oracle of the footer-derived columns.
 */
final class TestingMetadataFiles {
  /** {@code id}, a group {@code address} of {@code city} and {@code zip}, and a three-level LIST {@code tags}. */
  static final String NESTED_SCHEMA = "message nested { required int64 id;"
      + " optional group address { required binary city (STRING); optional int32 zip; }"
      + " optional group tags (LIST) { repeated group list { optional binary element (STRING); } }"
      + " repeated int32 scores; }";

  private TestingMetadataFiles() {}

  /**
   * Writes {@code rows} rows of {@code schema} to {@code file}: {@code fill} sets the fields of
   * row i; {@code options} tunes the writer (bloom filters, statistics, row group size).
   */
  static Path write(Path file, String schema, UnaryOperator<ExampleParquetWriter.Builder> options, int rows,
      BiConsumer<Integer, Group> fill) {
    MessageType type = MessageTypeParser.parseMessageType(schema);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      SimpleGroupFactory groups = new SimpleGroupFactory(type);
      try (ParquetWriter<Group> writer =
               options.apply(LocalParquetWriters.groups(file, type, CompressionCodecName.SNAPPY)).build()) {
        for (int i = 0; i < rows; i++) {
          Group group = groups.newGroup();
          fill.accept(i, group);
          writer.write(group);
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Three rows of {@link #NESTED_SCHEMA}: a full one, one with empty optional parts, one with an empty list. */
  static Path nested(Path file) {
    return write(file, NESTED_SCHEMA, b -> b, 3, (i, row) -> {
      row.append("id", (long) i);
      if (i == 0) {
        row.addGroup("address").append("city", "Oslo").append("zip", 150);
        Group tags = row.addGroup("tags");
        tags.addGroup("list").append("element", "red");
        tags.addGroup("list").append("element", "blue");
        row.append("scores", 7).append("scores", 9);
      } else if (i == 1) {
        row.addGroup("address").append("city", "Bergen");
      } else {
        row.addGroup("tags");
      }
    });
  }

  /** The footer as parquet-java reads it, independently of the driver's footer cache. */
  static ParquetMetadata footer(Path file) {
    return ParquetFooter.read(file);
  }
}
