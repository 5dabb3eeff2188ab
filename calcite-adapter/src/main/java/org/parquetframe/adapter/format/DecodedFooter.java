package org.parquetframe.adapter.format;

import org.apache.parquet.hadoop.metadata.ParquetMetadata;

/** A file's footer as parquet-java converts it, with what the conversion drops and we still need. */
public record DecodedFooter(ParquetMetadata metadata, BoundExactness exactness) {}
