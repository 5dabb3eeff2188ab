package org.parquetframe.cli;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.OutputFile;

/** Builds a parquet-java writer of {@link EdgeRow}s through {@link EdgeWriteSupport}. */
final class EdgeWriterBuilder extends ParquetWriter.Builder<EdgeRow, EdgeWriterBuilder> {
  private final Map<String, String> keyValueMetadata;

  EdgeWriterBuilder(OutputFile file, Map<String, String> keyValueMetadata) {
    super(file);
    this.keyValueMetadata = keyValueMetadata;
  }

  @Override
  protected EdgeWriterBuilder self() {
    return this;
  }

  @Override
  @SuppressWarnings("deprecation")
  protected WriteSupport<EdgeRow> getWriteSupport(Configuration configuration) {
    // Required by the abstract class; the plain-configuration overload below is the one used.
    return getWriteSupport((ParquetConfiguration) null);
  }

  @Override
  protected WriteSupport<EdgeRow> getWriteSupport(ParquetConfiguration configuration) {
    return new EdgeWriteSupport(keyValueMetadata);
  }
}
