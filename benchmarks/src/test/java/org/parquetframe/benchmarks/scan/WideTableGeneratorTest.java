package org.parquetframe.benchmarks.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.adapter.format.FileVersion;
import org.parquetframe.adapter.format.ParquetFooter;

class WideTableGeneratorTest {
  @TempDir
  Path dir;

  @Test
  void rowGroupsEndOnTheLayoutsRowCount() throws IOException {
    assertTrue(WideTableGenerator.ensure(dir, "wide", new WideTableLayout(1_000, 300, false)));
    List<BlockMetaData> groups = rowGroups(dir.resolve("wide.parquet"));
    assertEquals(List.of(300L, 300L, 300L, 100L), groups.stream().map(BlockMetaData::getRowCount).toList());
    assertEquals(20, groups.get(0).getColumns().size(), "20 columns, grp among them");
    assertFalse(Files.exists(dir.resolve(WideTableGenerator.PARTITIONS)));
  }

  @Test
  void oneRowGroupHoldsEveryRow() throws IOException {
    WideTableGenerator.ensure(dir, "one_group", WideTableLayout.oneRowGroup(5_000));
    List<BlockMetaData> groups = rowGroups(dir.resolve("one_group.parquet"));
    assertEquals(1, groups.size());
    assertEquals(5_000, groups.get(0).getRowCount());
  }

  @Test
  void thePartitionedCopyHoldsTheSameRowsInTwentyDirectoriesWithoutTheGroupColumn() throws IOException {
    WideTableGenerator.ensure(dir, "wide", new WideTableLayout(1_000, 30, true));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir.resolve(WideTableGenerator.PARTITIONS))) {
      files = walk.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
    }
    assertEquals(WideRows.GROUPS, files.size());
    assertTrue(files.get(0).toString().endsWith("grp=0/part-0.parquet"), files.get(0).toString());
    long rows = 0;
    for (Path file : files) {
      List<BlockMetaData> groups = rowGroups(file);
      assertEquals(19, groups.get(0).getColumns().size(), file + ": grp is the directory, not a column");
      rows += groups.stream().mapToLong(BlockMetaData::getRowCount).sum();
    }
    assertEquals(1_000, rows);
    assertEquals(2, rowGroups(files.get(0)).size(), "50 rows per partition in row groups of 30");
  }

  @Test
  void aTableWithTheSameLayoutIsKeptAndAnotherLayoutRewritesIt() throws IOException {
    WideTableLayout layout = new WideTableLayout(500, 100, true);
    assertTrue(WideTableGenerator.ensure(dir, "wide", layout));
    assertFalse(WideTableGenerator.ensure(dir, "wide", layout));
    assertFalse(WideTableGenerator.ensure(dir, "wide", new WideTableLayout(500, 100, false)),
        "the single file is the same whether or not the partitioned copy is asked for");
    assertTrue(WideTableGenerator.ensure(dir, "wide", new WideTableLayout(400, 100, true)));
    assertEquals(4, rowGroups(dir.resolve("wide.parquet")).size());
  }

  @Test
  void layoutsRefuseEmptyTablesAndRowGroups() {
    assertThrows(IllegalArgumentException.class, () -> new WideTableLayout(0, 10, false));
    assertThrows(IllegalArgumentException.class, () -> new WideTableLayout(10, 0, false));
    assertThrows(IllegalArgumentException.class, () -> WideTableLayout.oneRowGroup(3_000_000_000L));
    assertEquals(125, WideTableLayout.of(10_000_000, true).rowGroups());
  }

  private static List<BlockMetaData> rowGroups(Path file) {
    return ParquetFooter.readDecoded(FileVersion.of(file)).metadata().getBlocks();
  }
}
