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
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.parquetframe.adapter.format.FileVersion;
import org.parquetframe.adapter.format.ParquetFormatException;
import org.parquetframe.adapter.types.ParquetTypeMapping;

/**
 * A table as it is now: its files (with versions) and its columns, the merge of the files'
 * top-level primitive columns by name followed by the partition keys. A column absent from some
 * files reads as NULL there; one column with two different types is an error naming both files.
 */
public record TableSnapshot(Path location, List<DataFile> files, List<TableColumn> columns) {

  public static TableSnapshot read(Path location, FooterCache footers) {
    if (!Files.exists(location)) {
      throw new ParquetFormatException(location, "the file does not exist");
    }
    List<DataFile> files = new ArrayList<>();
    for (Path path : DataRoot.parquetFiles(location)) {
      files.add(new DataFile(FileVersion.of(path), PartitionValues.of(location, path)));
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
    for (DataFile file : files) {
      MessageType schema = footers.footer(file.version()).getFileMetaData().getSchema();
      for (Type field : schema.getFields()) {
        if (!isFlat(field)) {
          continue; // nested columns: see docs/adr/0003-nested-columns.md
        }
        TableColumn column = new TableColumn(field.getName(),
            ParquetTypeMapping.of(field.asPrimitiveType()).type(), false);
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
