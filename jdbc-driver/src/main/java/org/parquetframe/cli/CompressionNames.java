package org.parquetframe.cli;

import java.util.Locale;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/** The compression codecs the generators offer on the command line, by their command-line names. */
final class CompressionNames {
  static final String CHOICES = "snappy|zstd|none";

  private CompressionNames() {}

  static CompressionCodecName parse(String name) throws UsageException {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "snappy" -> CompressionCodecName.SNAPPY;
      case "zstd" -> CompressionCodecName.ZSTD;
      case "none", "uncompressed" -> CompressionCodecName.UNCOMPRESSED;
      default -> throw new UsageException("unknown compression '" + name + "'; use one of: " + CHOICES);
    };
  }

  static String name(CompressionCodecName codec) {
    return codec == CompressionCodecName.UNCOMPRESSED ? "none" : codec.name().toLowerCase(Locale.ROOT);
  }
}
