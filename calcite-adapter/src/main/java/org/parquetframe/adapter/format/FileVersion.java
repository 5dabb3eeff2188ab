package org.parquetframe.adapter.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A file as it was when we looked at it: path, size, modification time, and where the platform
 * tells, its identity (device and inode) and status-change time. Caches key on it so that a file
 * replaced or appended to is read again; a reader compares it with the file it opens (see
 * docs/adr/0006-files-changing-underneath.md). The inode catches a file replaced by renaming
 * another over it even with the same size and modification time (as {@code rsync} leaves it), the
 * status-change time one rewritten in place with its modification time put back ({@code cp -p}).
 */
public record FileVersion(Path path, long size, long modifiedNanos, Object fileKey, long changedNanos) {
  private static volatile boolean unixAttributes = true;

  public static FileVersion of(Path path) {
    try {
      if (unixAttributes) {
        try {
          // one stat for all of it
          Map<String, Object> unix = Files.readAttributes(path, "unix:size,lastModifiedTime,ctime,dev,ino");
          return new FileVersion(path, (Long) unix.get("size"), nanos(unix.get("lastModifiedTime")),
              List.of(unix.get("dev"), unix.get("ino")), nanos(unix.get("ctime")));
        } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
          unixAttributes = false; // not a Unix file system view (Windows): size, time and file key only
        }
      }
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      return new FileVersion(path, attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
          attributes.fileKey(), -1);
    } catch (NoSuchFileException e) {
      throw new ParquetFormatException(path, "the file does not exist", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read attributes of '" + path + "': " + e.getMessage(), e);
    }
  }

  private static long nanos(Object time) {
    return ((FileTime) time).to(TimeUnit.NANOSECONDS);
  }

  /**
   * Fails with a {@link FileChangedException} unless the file at {@link #path} is still this
   * version; {@code when} says at which point the change was noticed.
   */
  public void checkUnchanged(String when) {
    FileVersion now;
    try {
      now = of(path);
    } catch (ParquetFormatException e) {
      throw new FileChangedException(path, "it was deleted " + when, e);
    }
    if (!equals(now)) {
      throw new FileChangedException(path, "it was replaced or modified " + when + " (" + describe() + " then, "
          + now.describe() + " now)", null);
    }
  }

  /** Whether the file at {@link #path} is still this version (false if it is gone or unreadable). */
  public boolean isCurrent() {
    try {
      return equals(of(path));
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Size and modification time, for messages. */
  public String describe() {
    return size + " bytes, modified " + FileTime.from(modifiedNanos, TimeUnit.NANOSECONDS);
  }
}
