package org.parquetframe.adapter.metadata;

import org.parquetframe.adapter.types.ColumnType;

/**
 * A column of a table: either a top-level field of its files, flat or nested (found by name in
 * each file; NULL where a file lacks it) or a Hive partition key.
 */
public record TableColumn(String name, ColumnType type, boolean partitionKey) {}
