package org.parquetframe.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.parquetframe.adapter.format.LocalParquetWriters;

/**
 * A tiny Parquet table {@code (id BIGINT, text VARCHAR, amount DECIMAL(5, 2))} with nullable
 * columns, for checking how awkward values come out of the formatters.
 */
final class TestingTexts {
  static final MessageType SCHEMA = Types.buildMessage()
      .required(PrimitiveTypeName.INT64).named("id")
      .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("text")
      .optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.decimalType(2, 5)).named("amount")
      .named("texts");

  private TestingTexts() {}

  /** One row per text, with ids from 1; a null text or amount is a null cell. */
  record Row(String text, BigDecimal amount) {}

  static void write(Path file, List<Row> rows) throws IOException {
    SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
    try (ParquetWriter<Group> writer = LocalParquetWriters.groups(file, SCHEMA, CompressionCodecName.UNCOMPRESSED)
        .build()) {
      long id = 1;
      for (Row row : rows) {
        Group group = groups.newGroup().append("id", id++);
        if (row.text() != null) {
          group.append("text", row.text());
        }
        if (row.amount() != null) {
          group.append("amount", row.amount().setScale(2).unscaledValue().intValueExact());
        }
        writer.write(group);
      }
    }
  }
}
