package org.parquetframe.adapter.metadata;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.parquetframe.adapter.format.FileVersion;
import org.parquetframe.adapter.format.ParquetFooter;

/**
 * Parquet footers read once per file version (path, size, modification time, identity): a changed
 * file is read again, and a footer is kept only under the version it was read from (reading fails
 * with a {@link org.parquetframe.adapter.format.FileChangedException} when the file is no longer
 * the version asked for). Bounded by a number of files; past it the cache starts afresh.
 */
public final class FooterCache {
  private final int maxFiles;
  private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

  private record Entry(FileVersion version, ParquetMetadata footer) {}

  public FooterCache(int maxFiles) {
    this.maxFiles = maxFiles;
  }

  public ParquetMetadata footer(FileVersion version) {
    Entry entry = entries.get(version.path());
    if (entry != null && entry.version().equals(version)) {
      return entry.footer();
    }
    ParquetMetadata footer = ParquetFooter.read(version);
    if (entries.size() >= maxFiles) {
      entries.clear();
    }
    entries.put(version.path(), new Entry(version, footer));
    return footer;
  }

  public int size() {
    return entries.size();
  }
}
