package org.parquetframe.cli;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Writes {@link EdgeRow}s as the edge-list schema the graph functions read by default
 * ({@code src} BIGINT, {@code dst} BIGINT, {@code weight} DOUBLE, all required), handing the
 * primitives straight to parquet-java's record consumer instead of building a Group per row.
 */
final class EdgeWriteSupport extends WriteSupport<EdgeRow> {
  static final MessageType SCHEMA = Types.buildMessage()
      .required(PrimitiveTypeName.INT64).named("src")
      .required(PrimitiveTypeName.INT64).named("dst")
      .required(PrimitiveTypeName.DOUBLE).named("weight")
      .named("edges");

  private final Map<String, String> keyValueMetadata;
  private RecordConsumer consumer;

  /** {@code keyValueMetadata} goes into the file footer; it must not vary between runs. */
  EdgeWriteSupport(Map<String, String> keyValueMetadata) {
    this.keyValueMetadata = Map.copyOf(keyValueMetadata);
  }

  @Override
  @SuppressWarnings("deprecation")
  public WriteContext init(Configuration configuration) {
    // Required by the abstract class; never called, because our writers use a plain configuration.
    return init((ParquetConfiguration) null);
  }

  @Override
  public WriteContext init(ParquetConfiguration configuration) {
    return new WriteContext(SCHEMA, keyValueMetadata);
  }

  @Override
  public void prepareForWrite(RecordConsumer recordConsumer) {
    this.consumer = recordConsumer;
  }

  @Override
  public void write(EdgeRow edge) {
    consumer.startMessage();
    consumer.startField("src", 0);
    consumer.addLong(edge.src);
    consumer.endField("src", 0);
    consumer.startField("dst", 1);
    consumer.addLong(edge.dst);
    consumer.endField("dst", 1);
    consumer.startField("weight", 2);
    consumer.addDouble(edge.weight);
    consumer.endField("weight", 2);
    consumer.endMessage();
  }
}
