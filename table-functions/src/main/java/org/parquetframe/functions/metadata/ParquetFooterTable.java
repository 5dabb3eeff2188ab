package org.parquetframe.functions.metadata;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.parquetframe.adapter.ParquetSchema;
import org.parquetframe.adapter.format.FileVersion;
import org.parquetframe.adapter.format.ParquetFormatException;
import org.parquetframe.adapter.metadata.DataRoot;
import org.parquetframe.functions.Engine;
import org.parquetframe.functions.GraphSession;
import org.parquetframe.functions.diagnostics.Metrics;
import org.parquetframe.functions.source.DataLocations;

/**
 * The result of a Parquet metadata function as a table. Its {@code path} argument names a Parquet
 * file, a directory (all its Parquet files, in path order) or a table; each file adds the rows its
 * footer describes. Footers come from the connection's footer cache; no data page is read.
 */
abstract class ParquetFooterTable extends AbstractTable implements ScannableTable {
  private final String function;
  private final String path;

  ParquetFooterTable(String function, String path) {
    this.function = function;
    this.path = path;
  }

  /** The output columns, in row order; the same for every argument, so planning reads nothing. */
  abstract List<OutputColumn> columns();

  /** Adds the rows of one file, whose name as shown in {@code file_name} is {@code fileName}. */
  abstract void addRows(List<Object[]> rows, String fileName, ParquetMetadata footer);

  @Override
  public final RelDataType getRowType(RelDataTypeFactory types) {
    return OutputColumn.rowType(types, columns());
  }

  @Override
  public final Enumerable<Object[]> scan(DataContext root) {
    ParquetSchema schema = GraphSession.of(root).schema();
    long start = System.nanoTime();
    List<Object[]> rows = new ArrayList<>();
    try {
      for (Path file : files(schema)) {
        addRows(rows, fileName(schema.root(), file), schema.footers().footer(FileVersion.of(file)));
      }
    } catch (IllegalArgumentException | ParquetFormatException | UncheckedIOException e) {
      throw new IllegalArgumentException(function + ": " + e.getMessage(), e);
    }
    Metrics.record(function, Engine.JVM.toString(), System.nanoTime() - start, rows.size());
    return Linq4j.asEnumerable(rows);
  }

  private List<Path> files(ParquetSchema schema) {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("the path argument is required: a Parquet file or directory (relative to "
          + "the data directory; '.' is the whole directory) or a table name");
    }
    Path location = DataLocations.locate(schema, path, "");
    List<Path> files = DataRoot.parquetFiles(location);
    if (files.isEmpty()) {
      throw new ParquetFormatException(location, "the directory holds no .parquet files");
    }
    return files;
  }

  /**
   * The file's path relative to the data directory, with '/' between its parts; absolute for a
   * file outside it (possible only when the connection allows paths outside the root).
   */
  static String fileName(DataRoot root, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    if (!absolute.startsWith(root.path())) {
      return absolute.toString();
    }
    List<String> parts = new ArrayList<>();
    root.path().relativize(absolute).forEach(part -> parts.add(part.toString()));
    return String.join("/", parts);
  }
}
