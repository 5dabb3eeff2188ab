package org.parquetframe.adapter.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.adapter.format.DecodedFooter;
import org.parquetframe.adapter.format.FileVersion;
import org.parquetframe.adapter.format.ParquetFooter;

/** The footer store keeps within its byte budget, least recently used out first, one version per file. */
class FooterStoreTest {
  @TempDir
  static Path data;
  private static final List<FileVersion> versions = new ArrayList<>();
  private static final List<DecodedFooter> footers = new ArrayList<>();
  /** Every test file has the same shape, so the same estimated size. */
  private static long size;

  @BeforeAll
  static void writeFiles() {
    for (int i = 0; i < 5; i++) {
      FileVersion version = FileVersion.of(TestingFooterFiles.ids(data.resolve("f" + i + ".parquet"), 10));
      versions.add(version);
      footers.add(ParquetFooter.readDecoded(version));
    }
    size = FooterSize.estimate(footers.get(0));
    footers.forEach(footer -> assertEquals(size, FooterSize.estimate(footer)));
  }

  @Test
  void evictsTheLeastRecentlyUsedFootersToStayWithinTheBudget() {
    FooterStore store = new FooterStore(3 * size + size / 2);
    for (int i = 0; i < 3; i++) {
      store.put(versions.get(i), footers.get(i));
    }
    assertEquals(3 * size, store.usedBytes());
    assertNotNull(store.get(versions.get(0)), "used recently: f1 is now the least recently used");
    store.put(versions.get(3), footers.get(3));
    assertEquals(3, store.size());
    assertEquals(1, store.evictions());
    assertNull(store.get(versions.get(1)));
    for (int i : new int[] {0, 2, 3}) {
      assertNotNull(store.get(versions.get(i)), "f" + i);
    }
    assertTrue(store.usedBytes() <= store.budgetBytes());
  }

  @Test
  void aSmallerBudgetEvictsAtOnceAndAZeroBudgetKeepsNothing() {
    FooterStore store = new FooterStore(10 * size);
    for (int i = 0; i < 5; i++) {
      store.put(versions.get(i), footers.get(i));
    }
    store.setBudgetBytes(2 * size);
    assertEquals(2, store.size());
    assertNotNull(store.get(versions.get(4)));
    assertNotNull(store.get(versions.get(3)));
    store.setBudgetBytes(0);
    assertEquals(0, store.size());
    assertEquals(0, store.usedBytes());
    store.put(versions.get(0), footers.get(0));
    assertEquals(0, store.size(), "a footer larger than the budget is used, not kept");
  }

  @Test
  void aLookupForAnotherVersionOfTheFileDropsTheKeptFooter() {
    FooterStore store = new FooterStore(10 * size);
    FileVersion kept = versions.get(0);
    store.put(kept, footers.get(0));
    FileVersion other = new FileVersion(kept.path(), kept.size() + 1, kept.modifiedNanos(), kept.fileKey(),
        kept.changedNanos());
    assertNull(store.get(other));
    assertEquals(0, store.size());
    assertEquals(0, store.usedBytes());
    assertNull(store.get(kept), "dropped, not kept aside");
    assertEquals(0, store.evictions(), "a change is not an eviction");
  }

  @Test
  void countsHitsAndReads() {
    FooterStore store = new FooterStore(10 * size);
    assertNull(store.get(versions.get(0)));
    store.put(versions.get(0), footers.get(0));
    assertNotNull(store.get(versions.get(0)));
    assertEquals(1, store.hits());
    assertEquals(1, store.misses());
    assertTrue(store.describe().startsWith("1 files, " + size + " of " + 10 * size + " bytes, 1 hits, 1 reads"),
        store.describe());
  }
}
