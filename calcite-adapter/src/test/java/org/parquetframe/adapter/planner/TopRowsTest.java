package org.parquetframe.adapter.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.junit.jupiter.api.Test;

/** The top-N asks a {@link TopRowsSource} first, with the sort's column, direction and window; else it sorts. */
class TopRowsTest {
  private static final List<Object[]> ROWS = List.of(new Object[] {1L, 0.5}, new Object[] {2L, 0.9},
      new Object[] {3L, 0.1}, new Object[] {4L, 0.9});

  /** Rows that record what they were asked and answer with one marker row, or decline. */
  private static final class Source extends AbstractEnumerable<Object[]> implements TopRowsSource {
    final List<String> asked = new ArrayList<>();
    final boolean answers;

    Source(boolean answers) {
      this.answers = answers;
    }

    @Override
    public Enumerator<Object[]> enumerator() {
      return Linq4j.enumerator(ROWS);
    }

    @Override
    public Enumerable<Object[]> topRows(int field, boolean descending, boolean nullsFirst, int offset, int fetch) {
      asked.add(field + " " + descending + " " + nullsFirst + " " + offset + " " + fetch);
      return answers ? Linq4j.asEnumerable(List.<Object[]>of(new Object[] {"answered"})) : null;
    }
  }

  @Test
  void aSourceThatAnswersIsTakenAtItsWord() {
    Source source = new Source(true);
    List<Object[]> rows = TopRows.orderBy(source, row -> (Double) row[1], comparator(), 1, 2, 1, true, false).toList();
    assertEquals(List.of("1 true false 1 2"), source.asked);
    assertEquals("answered", rows.get(0)[0]);
  }

  @Test
  void aSourceThatDeclinesAndSeveralKeysAreSortedHere() {
    Source declines = new Source(false);
    assertEquals(List.of(2L, 4L), ids(TopRows.orderBy(declines, row -> (Double) row[1], comparator(), 0, 2, 1, true,
        false)));
    assertEquals(1, declines.asked.size());
    Source severalKeys = new Source(true);
    assertEquals(List.of(4L, 1L), ids(TopRows.orderBy(severalKeys, row -> (Double) row[1], comparator(), 1, 2, -1,
        true, false)));
    assertEquals(List.of(), severalKeys.asked);
  }

  private static Comparator<Double> comparator() {
    return Comparator.reverseOrder();
  }

  private static List<Object> ids(Enumerable<Object[]> rows) {
    return rows.select(row -> row[0]).toList();
  }
}
