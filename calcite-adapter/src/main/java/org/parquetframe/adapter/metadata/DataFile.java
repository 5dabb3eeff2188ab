package org.parquetframe.adapter.metadata;

import java.util.Map;
import org.parquetframe.adapter.format.FileVersion;

/** One Parquet file of a table, with the raw Hive partition values of the directories above it. */
public record DataFile(FileVersion version, Map<String, String> partitionValues) {}
