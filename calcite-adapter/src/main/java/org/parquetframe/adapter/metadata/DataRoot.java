package org.parquetframe.adapter.metadata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parquetframe.adapter.format.FileVersion;

/**
 * The connection's root directory: which tables it holds (SPEC "Tables") and where a path given in
 * SQL points. Paths given in SQL never leave the root unless the connection allows it.
 */
public final class DataRoot {
  public static final String PARQUET_SUFFIX = ".parquet";

  private final Path root;
  private final boolean allowOutside;

  public DataRoot(Path root, boolean allowOutside) {
    this.root = root.toAbsolutePath().normalize();
    this.allowOutside = allowOutside;
  }

  public Path path() {
    return root;
  }

  /**
   * Table name to location: {@code *.parquet} files directly under the root, and sub-directories
   * holding Parquet files. A symbolic link that leads outside the root is not a table unless the
   * connection allows paths outside the root.
   */
  public Map<String, Path> tables() {
    Map<String, Path> tables = new LinkedHashMap<>();
    Path realRoot = realOrSelf(root);
    try (Stream<Path> children = Files.list(root)) {
      children.filter(p -> !isHidden(p))
          .filter(p -> allowOutside || !Files.isSymbolicLink(p) || realOrSelf(p).startsWith(realRoot))
          .sorted().forEach(child -> {
        String name = child.getFileName().toString();
        if (Files.isDirectory(child)) {
          if (containsParquet(child)) {
            tables.putIfAbsent(name, child);
          }
        } else if (name.endsWith(PARQUET_SUFFIX) && name.length() > PARQUET_SUFFIX.length()) {
          tables.putIfAbsent(name.substring(0, name.length() - PARQUET_SUFFIX.length()), child);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the data directory '" + root + "': " + e.getMessage(), e);
    }
    return tables;
  }

  /**
   * Resolves a path given in SQL against the root; absolute paths, {@code ..} and symbolic links
   * that end outside the root are refused unless the connection allows paths outside the root.
   */
  public Path resolve(String given) {
    Path resolved = root.resolve(given).toAbsolutePath().normalize();
    if (!allowOutside) {
      Path real = realOrSelf(resolved);
      if (!resolved.startsWith(root) || !real.startsWith(realOrSelf(root))) {
        throw new IllegalArgumentException("Path '" + given + "' is outside the data directory '" + root
            + "'; use a path relative to it, or connect with allow_paths_outside_root=true");
      }
    }
    return resolved;
  }

  /** The versions of every Parquet file under the root: a query over the root's tables reads only these. */
  public List<FileVersion> fileVersions() {
    return parquetFiles(root).stream().map(FileVersion::of).toList();
  }

  /**
   * Every non-hidden Parquet file under {@code location} (the file itself if it is one), in path
   * order. Symbolic links to directories are not followed, and links to files outside
   * {@code location} are skipped: a table is what its directory holds.
   */
  public static List<Path> parquetFiles(Path location) {
    if (!Files.isDirectory(location)) {
      return List.of(location);
    }
    try (Stream<Path> files = walkParquetFiles(location)) {
      return files.sorted().toList();
    }
  }

  /** Whether {@link #parquetFiles} would find a file; stops at the first (tables are listed on every query). */
  private static boolean containsParquet(Path directory) {
    try (Stream<Path> files = walkParquetFiles(directory)) {
      return files.findAny().isPresent();
    }
  }

  /** The files {@link #parquetFiles} lists, in no order; the stream holds directories open until closed. */
  private static Stream<Path> walkParquetFiles(Path location) {
    Path realLocation = realOrSelf(location);
    try {
      // Walk the real directory (the table itself may be a link), and name files under location.
      return Files.walk(realLocation)
          .map(p -> location.resolve(realLocation.relativize(p)))
          .filter(p -> !hasHiddenPart(location.relativize(p)))
          .filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(PARQUET_SUFFIX))
          .filter(p -> !Files.isSymbolicLink(p) || realOrSelf(p).startsWith(realLocation));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list directory '" + location + "': " + e.getMessage(), e);
    }
  }

  private static boolean hasHiddenPart(Path relative) {
    for (Path part : relative) {
      if (isHidden(part)) {
        return true;
      }
    }
    return false;
  }

  static boolean isHidden(Path path) {
    Path name = path.getFileName();
    if (name == null) {
      return false;
    }
    String text = name.toString();
    return text.startsWith(".") || text.startsWith("_");
  }

  private static Path realOrSelf(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      Path parent = path.getParent();
      return parent == null ? path : realOrSelf(parent).resolve(path.getFileName());
    }
  }
}
