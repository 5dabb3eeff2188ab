package org.parquetframe.adapter.format;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;

/**
 * parquet-java writers for local files that never touch Hadoop: a plain configuration and our own
 * codecs. Used by the data generators and by tests.
 */
public final class LocalParquetWriters {
  private LocalParquetWriters() {}

  /** A writer of example {@link Group}s; the caller may tune the builder further before {@code build()}. */
  public static ExampleParquetWriter.Builder groups(Path file, MessageType schema, CompressionCodecName codec) {
    return configure(ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(schema), codec);
  }

  /** Applies the Hadoop-free settings every writer needs. */
  public static <T, B extends ParquetWriter.Builder<T, B>> B configure(B builder, CompressionCodecName codec) {
    return builder
        .withConf(new PlainParquetConfiguration())
        .withCodecFactory(ParquetCodecs.INSTANCE)
        .withCompressionCodec(codec)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE);
  }

  /** Closes a writer, turning its checked exception into an unchecked one. */
  public static void close(ParquetWriter<?> writer) {
    try {
      writer.close();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
