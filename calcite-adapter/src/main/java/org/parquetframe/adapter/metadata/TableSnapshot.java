package org.parquetframe.adapter.metadata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.parquetframe.adapter.format.FileChangedException;
import org.parquetframe.adapter.format.FileVersion;
import org.parquetframe.adapter.format.ParquetFormatException;
import org.parquetframe.adapter.types.ColumnType;
import org.parquetframe.adapter.types.ParquetFields;

/**
 * A table as it is now: its files (with versions) and its columns, the merge of the files'
 * top-level fields by name (nested ones as ARRAY, MAP or ROW: {@link ParquetFields}) followed by
 * the partition keys. A column absent from some files reads as NULL there; one column with two
 * different types is an error naming both files.
 */
public record TableSnapshot(Path location, List<DataFile> files, List<TableColumn> columns) {

  /** How often a snapshot is taken again when a file changes while it is taken. */
  private static final int ATTEMPTS = 3;

  /**
   * The table as it is now. A file that changes while the snapshot is taken (between listing it
   * and reading its footer) makes it start over, a few times, rather than mix versions.
   */
  public static TableSnapshot read(Path location, FooterCache footers) {
    for (int attempt = 1; ; attempt++) {
      try {
        return readOnce(location, footers);
      } catch (FileChangedException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static TableSnapshot readOnce(Path location, FooterCache footers) {
    if (!Files.exists(location)) {
      throw new ParquetFormatException(location, "the file does not exist");
    }
    List<DataFile> files = new ArrayList<>();
    for (Path path : DataRoot.parquetFiles(location)) {
      files.add(new DataFile(listedVersion(location, path), PartitionValues.of(location, path)));
    }
    if (files.isEmpty()) {
      throw new ParquetFormatException(location, "the directory holds no .parquet files");
    }
    List<TableColumn> columns = new ArrayList<>(fileColumns(files, footers).values());
    List<TableColumn> partitions = partitionColumns(files);
    Set<String> partitionNames = new LinkedHashSet<>();
    partitions.forEach(p -> partitionNames.add(p.name()));
    columns.removeIf(c -> partitionNames.contains(c.name()));
    columns.addAll(partitions);
    return new TableSnapshot(location, List.copyOf(files), List.copyOf(columns));
  }

  /** The version of a file just listed; one deleted since is a change, not a missing table. */
  private static FileVersion listedVersion(Path location, Path path) {
    try {
      return FileVersion.of(path);
    } catch (ParquetFormatException e) {
      if (path.equals(location)) {
        throw e;
      }
      throw new FileChangedException(path, "it was deleted while its table was listed", e);
    }
  }

  /** True while no file of the table was added, removed, replaced or appended to. */
  public boolean isCurrent() {
    try {
      List<Path> paths = DataRoot.parquetFiles(location);
      if (paths.size() != files.size()) {
        return false;
      }
      for (int i = 0; i < paths.size(); i++) {
        if (!FileVersion.of(paths.get(i)).equals(files.get(i).version())) {
          return false;
        }
      }
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  public List<String> columnNames() {
    return columns.stream().map(TableColumn::name).toList();
  }

  private static Map<String, TableColumn> fileColumns(List<DataFile> files, FooterCache footers) {
    Map<String, TableColumn> columns = new LinkedHashMap<>();
    Map<String, Path> firstFile = new HashMap<>();
    List<ParquetMetadata> footersInOrder = footers.footers(files.stream().map(DataFile::version).toList());
    for (int i = 0; i < files.size(); i++) {
      DataFile file = files.get(i);
      MessageType schema = footersInOrder.get(i).getFileMetaData().getSchema();
      for (Type field : schema.getFields()) {
        TableColumn column = new TableColumn(field.getName(), columnType(file, field), false);
        TableColumn existing = columns.putIfAbsent(column.name(), column);
        firstFile.putIfAbsent(column.name(), file.version().path());
        if (existing != null && !existing.type().equals(column.type())) {
          throw new ParquetFormatException(file.version().path(), "column '" + column.name() + "' has type "
              + column.type() + " here but " + existing.type() + " in '" + firstFile.get(column.name())
              + "'; files of one table must agree on each column's type");
        }
      }
    }
    return columns;
  }

  private static ColumnType columnType(DataFile file, Type field) {
    try {
      return ParquetFields.of(field).type();
    } catch (RuntimeException e) {
      throw new ParquetFormatException(file.version().path(), "column '" + field.getName() + "': " + e.getMessage(), e);
    }
  }

  /** A primitive, non-repeated field: one value per row, read without assembling levels. */
  public static boolean isFlat(Type field) {
    return field.isPrimitive() && !field.isRepetition(Type.Repetition.REPEATED);
  }

  private static List<TableColumn> partitionColumns(List<DataFile> files) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (DataFile file : files) {
      file.partitionValues().forEach((key, value) -> values.computeIfAbsent(key, k -> new ArrayList<>()).add(value));
    }
    List<TableColumn> columns = new ArrayList<>();
    values.forEach((key, all) -> columns.add(new TableColumn(key, PartitionValues.inferType(all), true)));
    return columns;
  }
}
