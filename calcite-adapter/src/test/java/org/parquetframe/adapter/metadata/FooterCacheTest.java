package org.parquetframe.adapter.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.adapter.format.FileChangedException;
import org.parquetframe.adapter.format.FileVersion;
import org.parquetframe.adapter.format.ParquetFormatException;

/** A connection reads each footer once per file version, many files' footers in parallel, and names the file that fails. */
class FooterCacheTest {
  @TempDir
  Path data;

  private static long rows(ParquetMetadata footer) {
    return footer.getBlocks().stream().mapToLong(b -> b.getRowCount()).sum();
  }

  @Test
  void readsAFooterOncePerVersionAndAgainWhenTheFileChanges() {
    FooterStore store = new FooterStore(1 << 20);
    FooterCache footers = new FooterCache(store, 2);
    Path file = TestingFooterFiles.ids(data.resolve("t.parquet"), 10);
    FileVersion first = FileVersion.of(file);
    ParquetMetadata footer = footers.footer(first);
    assertSame(footer, footers.footer(first));
    assertEquals(1, store.misses());
    assertEquals(1, store.hits());

    FileVersion second = FileVersion.of(TestingFooterFiles.rewrite(file, 25));
    assertEquals(25, rows(footers.footer(second)));
    assertEquals(1, store.size(), "the footer of the old version is gone");
    assertThrows(FileChangedException.class, () -> footers.footer(first), "the old version is no longer on disk");
    assertEquals(0, store.size(), "nothing kept under a version that was not read");
    assertEquals(25, rows(footers.footer(second)));
  }

  @Test
  void readsTheFootersOfHundredsOfFilesInParallelInFileOrder() {
    FooterStore store = new FooterStore(1 << 24);
    FooterCache footers = new FooterCache(store, 4);
    List<FileVersion> versions = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      versions.add(FileVersion.of(TestingFooterFiles.ids(data.resolve(String.format("part-%03d.parquet", i)), i % 17)));
    }
    footers.footer(versions.get(5)); // one already kept: the others are read around it
    List<ParquetMetadata> read = footers.footers(versions);
    for (int i = 0; i < 300; i++) {
      assertEquals(i % 17, rows(read.get(i)), "part " + i);
    }
    assertEquals(300, store.size());
    assertEquals(301, store.misses() + store.hits());
    assertEquals(300, store.misses());
    footers.footers(versions);
    assertEquals(300, store.misses(), "read once");
  }

  @Test
  void theErrorNamesTheFirstFileThatIsNotParquet() {
    FooterCache footers = new FooterCache(new FooterStore(1 << 24), 4);
    List<FileVersion> versions = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Path file = data.resolve(String.format("part-%03d.parquet", i));
      versions.add(FileVersion.of(i == 40 || i == 41 || i == 90 ? TestingFooterFiles.notParquet(file)
          : TestingFooterFiles.ids(file, 3)));
    }
    for (int attempt = 0; attempt < 5; attempt++) {
      ParquetFormatException error = assertThrows(ParquetFormatException.class, () -> footers.footers(versions));
      assertTrue(error.getMessage().contains("part-040.parquet"), error::getMessage);
      assertTrue(error.getMessage().contains("not a Parquet file"), error::getMessage);
    }
  }
}
