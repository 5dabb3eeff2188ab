package org.parquetframe.benchmarks.scan;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/** Writes row numbers as rows of {@link WideRows}, handing primitives straight to parquet-java's record consumer. */
final class WideWriteSupport extends WriteSupport<Long> {
  private final WideRows values;
  private final boolean withGroup;
  private final MessageType schema;
  private RecordConsumer consumer;
  private int field;

  WideWriteSupport(WideRows values, boolean withGroup) {
    this.values = values;
    this.withGroup = withGroup;
    this.schema = WideRows.schema(withGroup);
  }

  @Override
  @SuppressWarnings("deprecation")
  public WriteContext init(Configuration configuration) {
    return init((ParquetConfiguration) null); // required by the abstract class; never called
  }

  @Override
  public WriteContext init(ParquetConfiguration configuration) {
    return new WriteContext(schema, Map.of());
  }

  @Override
  public void prepareForWrite(RecordConsumer recordConsumer) {
    this.consumer = recordConsumer;
  }

  @Override
  public void write(Long row) {
    long id = row;
    field = 0;
    consumer.startMessage();
    addLong(id);
    if (withGroup) {
      addInt(values.group(id));
    }
    addLong(values.ts(id));
    addInt(values.day(id));
    addInt(values.qty(id));
    addLong(values.amount(id));
    addDouble(values.price(id));
    start();
    consumer.addFloat(values.ratio(id));
    end();
    start();
    consumer.addBoolean(values.flag(id));
    end();
    addBinary(values.cat(id));
    addBinary(values.name(id));
    addBinary(values.label(id));
    addInt(values.tiny(id));
    addInt(values.small(id));
    addLong(values.big(id));
    Double score = values.score(id);
    if (score == null) {
      field++;
    } else {
      addDouble(score);
    }
    Binary note = values.note(id);
    if (note == null) {
      field++;
    } else {
      addBinary(note);
    }
    addInt(values.zip(id));
    addDouble(values.weight(id));
    addBinary(values.code(id));
    consumer.endMessage();
  }

  private void addLong(long value) {
    start();
    consumer.addLong(value);
    end();
  }

  private void addInt(int value) {
    start();
    consumer.addInteger(value);
    end();
  }

  private void addDouble(double value) {
    start();
    consumer.addDouble(value);
    end();
  }

  private void addBinary(Binary value) {
    start();
    consumer.addBinary(value);
    end();
  }

  private void start() {
    consumer.startField(schema.getFieldName(field), field);
  }

  private void end() {
    consumer.endField(schema.getFieldName(field), field);
    field++;
  }
}
