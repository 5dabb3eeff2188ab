package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parquetframe.sqltests.ChangingFiles.countAndSum;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.sqltests.ChangingFiles.Version;

/**
 * A table file replaced, rewritten or appended to between statements, between planning and
 * execution, or while a ResultSet is being read, gives the old answer, the new one, or an
 * SQLException naming the file; never rows of both versions (docs/adr/0006).
 */
class ChangingFilesTest {
  private static final Version OLD = new Version(0, 2_000);
  private static final Version NEW = new Version(100_000, 1_500);

  @TempDir
  Path dir;
  private Path file;
  private Connection connection;
  private Version sameSizeAsOld;

  @BeforeEach
  void writeOldVersion() throws SQLException {
    file = dir.resolve("t.parquet");
    ChangingFiles.replaceByRename(file, OLD);
    sameSizeAsOld = OLD.sameSizeFrom(500_000, dir);
    connection = TestingOracle.parquetFrame(dir);
    assertTrue(TestingParquetFiles.rowGroupCount(file) >= 5, "the fixture needs several row groups");
    assertEquals(countAndSum(OLD), countAndSum(connection, "t"));
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void replacedBetweenStatementsAnswersFromTheNewFile() throws SQLException {
    ChangingFiles.replaceByRename(file, NEW);
    assertEquals(countAndSum(NEW), countAndSum(connection, "t"));
    assertEquals(NEW.ids(), ChangingFiles.ids(connection, "t"));
  }

  @Test
  void sameSizeReplacementWithALaterTimeIsSeen() throws SQLException {
    FileTime before = ChangingFiles.modified(file);
    ChangingFiles.rewriteInPlace(file, sameSizeAsOld);
    ChangingFiles.setModified(file, ChangingFiles.later(before));
    assertEquals(sameSizeAsOld.ids(), ChangingFiles.ids(connection, "t"));
  }

  @Test
  void sameSizeAndTimeReplacementByRenameIsSeen() throws SQLException {
    FileTime before = ChangingFiles.modified(file);
    Path staged = dir.resolve(".staged");
    try {
      Files.write(staged, sameSizeAsOld.bytes(dir));
      ChangingFiles.setModified(staged, before); // as rsync -t leaves it
      Files.move(staged, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertEquals(before, ChangingFiles.modified(file));
    assertEquals(countAndSum(sameSizeAsOld), countAndSum(connection, "t"));
    assertEquals(sameSizeAsOld.ids(), ChangingFiles.ids(connection, "t"));
  }

  @Test
  void sameSizeRewriteInPlaceWithItsTimePutBackIsSeen() throws SQLException {
    FileTime before = ChangingFiles.modified(file);
    ChangingFiles.waitForTheFileClock();
    ChangingFiles.rewriteInPlace(file, sameSizeAsOld);
    ChangingFiles.setModified(file, before); // as cp -p leaves it
    assertEquals(sameSizeAsOld.ids(), ChangingFiles.ids(connection, "t"));
  }

  @Test
  void garbageAppendedIsAnErrorNamingTheFileUntilTheFileIsWhole() throws SQLException, IOException {
    Files.write(file, "appended by mistake".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        StandardOpenOption.APPEND);
    SQLException error = assertThrows(SQLException.class, () -> countAndSum(connection, "t"));
    assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
    ChangingFiles.replaceByRename(file, NEW);
    assertEquals(countAndSum(NEW), countAndSum(connection, "t"));
  }

  @Test
  void rewrittenWithMoreRowsBetweenStatementsAnswersFromTheNewFile() throws SQLException {
    Version more = new Version(0, 3_000); // the old rows and more, as an appending writer leaves them
    ChangingFiles.rewriteInPlace(file, more);
    assertEquals(more.ids(), ChangingFiles.ids(connection, "t"));
  }

  @Test
  void replacedByRenameWhileIteratingGivesOldRowsThenAnError() throws SQLException {
    assertOldRowsThenAnError(() -> ChangingFiles.replaceByRename(file, NEW));
  }

  @Test
  void rewrittenInPlaceWhileIteratingGivesOldRowsThenAnError() throws SQLException {
    assertOldRowsThenAnError(() -> ChangingFiles.rewriteInPlace(file, NEW));
  }

  @Test
  void sameSizeRewriteWhileIteratingGivesOldRowsThenAnError() throws SQLException {
    ChangingFiles.waitForTheFileClock();
    assertOldRowsThenAnError(() -> ChangingFiles.rewriteInPlace(file, sameSizeAsOld));
  }

  /** Reads some rows, changes the file, reads on: the rows are a prefix of the old ones, then an error. */
  private void assertOldRowsThenAnError(Runnable change) throws SQLException {
    List<Long> seen = new ArrayList<>();
    SQLException error;
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT id FROM t")) {
      for (int i = 0; i < 10 && rows.next(); i++) {
        seen.add(rows.getLong(1));
      }
      change.run();
      error = assertThrows(SQLException.class, () -> {
        while (rows.next()) {
          seen.add(rows.getLong(1));
        }
      }, "reading on after the file changed should fail");
    }
    ChangingFiles.assertChangedError(error, file);
    assertEquals(OLD.ids().subList(0, seen.size()), seen, "only rows of the old version, in order");
    assertTrue(seen.size() < OLD.rows());
  }

  @Test
  void replacedBetweenPrepareAndExecuteAnswersFromTheNewFile() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT count(*), sum(id) FROM t")) {
      ChangingFiles.replaceByRename(file, NEW);
      try (ResultSet rows = statement.executeQuery()) {
        assertTrue(rows.next());
        assertEquals(countAndSum(NEW), List.of(rows.getLong(1), rows.getLong(2)));
      }
    }
  }

  @Test
  void columnTypeChangedBetweenPrepareAndExecuteIsAnError() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT id, code FROM t")) {
      TestingParquetFiles.file(dir.resolve(".retyped.parquet"),
          "message t { required binary id (STRING); required binary code (STRING); }")
          .write(List.<Object[]>of(new Object[] {"x", "y"}));
      try {
        Files.move(dir.resolve(".retyped.parquet"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      SQLException error = assertThrows(SQLException.class, () -> {
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            rows.getObject(1);
          }
        }
      });
      assertTrue(error.getMessage().contains("changed after the query was planned"), error.getMessage());
      assertTrue(error.getMessage().contains("run the query again"), error.getMessage());
    }
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT id FROM t")) {
      assertTrue(rows.next());
      assertEquals("x", rows.getString(1), "planned afresh, the query reads the new file");
    }
  }
}
