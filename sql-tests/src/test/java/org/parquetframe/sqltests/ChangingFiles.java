package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

/**
 * Versions of a table file for the tests of files changing underneath queries: rows with ids from
 * a version's own range (so that rows of two versions cannot be confused), many small row groups
 * (so that a query reads a file in several steps), and plain, uncompressed fixed-width columns (so
 * that two versions with as many rows have exactly the same size). Also the ways a file changes:
 * replaced by renaming a new file over it, rewritten in place, times set or put back.
 */
final class ChangingFiles {
  static final String SCHEMA = "message t { required int64 id; required binary code (STRING); }";

  private ChangingFiles() {}

  /** A version's rows: ids {@code first}, {@code first + 1}, ... ({@code rows} of them). */
  record Version(long first, int rows) {
    List<Long> ids() {
      return LongStream.range(first, first + rows).boxed().toList();
    }

    long sum() {
      return ids().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * A version of as many rows from {@code first} on, or a little later, whose file has exactly
     * the size of this one's (page checksums are varints, so equal row counts are not enough).
     */
    Version sameSizeFrom(long first, Path scratch) {
      int size = bytes(scratch).length;
      for (long candidate = first; candidate < first + 200; candidate++) {
        Version version = new Version(candidate, rows);
        if (version.bytes(scratch).length == size) {
          return version;
        }
      }
      throw new AssertionError("no version of the same size as " + this);
    }

    /** The bytes of this version as a Parquet file. */
    byte[] bytes(Path scratch) {
      Path file = scratch.resolve(".version-" + first + "-" + rows + ".parquet");
      try {
        if (!Files.exists(file)) {
          List<Object[]> rows = new ArrayList<>();
          for (long id : ids()) {
            rows.add(new Object[] {id, String.format(Locale.ROOT, "c%07d", id)});
          }
          TestingParquetFiles.file(file, SCHEMA).dictionary(false).rowGroupBytes(1024).pageBytes(512).write(rows);
        }
        return Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Writes {@code version} to {@code file} the way careful writers do: elsewhere, then renamed over it. */
  static void replaceByRename(Path file, Version version) {
    try {
      Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
      Files.write(temporary, version.bytes(file.getParent()));
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Overwrites {@code file} in place (same inode), as {@code cp} or a careless writer does. */
  static void rewriteInPlace(Path file, Version version) {
    try {
      Files.write(file, version.bytes(file.getParent()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void setModified(Path file, FileTime time) {
    try {
      Files.setLastModifiedTime(file, time);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A time well after {@code time}, as a later write would leave. */
  static FileTime later(FileTime time) {
    return FileTime.from(time.to(TimeUnit.MILLISECONDS) + 5_000, TimeUnit.MILLISECONDS);
  }

  /**
   * Lets the file system's clock move on: file times have a granularity of a few milliseconds, and
   * a change within the same tick that keeps size and inode is not detectable (ADR 0006).
   */
  static void waitForTheFileClock() {
    try {
      Thread.sleep(30);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The ids of {@code SELECT id FROM table}, in order. */
  static List<Long> ids(Connection connection, String table) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT id FROM " + table)) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }

  /** {@code count(*)} and {@code sum(id)} of a table. */
  static List<Long> countAndSum(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT count(*), sum(id) FROM " + table)) {
      assertTrue(rows.next());
      return List.of(rows.getLong(1), rows.getLong(2));
    }
  }

  static List<Long> countAndSum(Version version) {
    return List.of((long) version.rows(), version.sum());
  }

  /** An error of a changed file: an SQLException that names the file and says to run the query again. */
  static void assertChangedError(SQLException error, Path file) {
    String message = String.valueOf(error.getMessage());
    assertTrue(message.contains(file.toString()), "the error should name " + file + ": " + message);
    assertTrue(message.contains("run the query again"), "the error should say to run again: " + message);
  }

}
