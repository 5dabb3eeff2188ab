package org.parquetframe.adapter.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * A file as it was when we looked at it: path, size and modification time. Caches key on it so that
 * a file replaced or appended to is read again.
 */
public record FileVersion(Path path, long size, long modifiedNanos) {

  public static FileVersion of(Path path) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      return new FileVersion(path, attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    } catch (NoSuchFileException e) {
      throw new ParquetFormatException(path, "the file does not exist", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read attributes of '" + path + "': " + e.getMessage(), e);
    }
  }
}
