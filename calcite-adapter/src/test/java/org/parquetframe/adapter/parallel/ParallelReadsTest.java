package org.parquetframe.adapter.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Reads run on the caller and shared pool threads, at most {@code threads} at once, results in order. */
class ParallelReadsTest {

  @Test
  void readsRunAtTheSameTimeOnSharedPoolThreads() {
    int threads = 2; // this machine kind has 2 cores, the pool at least 1 thread
    CyclicBarrier together = new CyclicBarrier(threads);
    Set<String> threadNames = ConcurrentHashMap.newKeySet();
    List<Integer> squares = ParallelReads.map(threads, List.of(1, 2, 3, 4), i -> {
      threadNames.add(Thread.currentThread().getName());
      if (i <= threads) {
        awaitOthers(together); // only returns once `threads` reads are running at once
      }
      return i * i;
    });
    assertEquals(List.of(1, 4, 9, 16), squares);
    assertTrue(threadNames.stream().anyMatch(name -> name.startsWith("parquetframe-scan-")), threadNames::toString);
    assertTrue(threadNames.contains(Thread.currentThread().getName()), "the caller reads too");
  }

  @Test
  void oneThreadReadsOnTheCaller() {
    Set<String> threadNames = ConcurrentHashMap.newKeySet();
    List<Integer> items = IntStream.range(0, 50).boxed().toList();
    assertEquals(items, ParallelReads.map(1, items, i -> {
      threadNames.add(Thread.currentThread().getName());
      return i;
    }));
    assertEquals(Set.of(Thread.currentThread().getName()), threadNames);
  }

  @Test
  void theEarliestFailureIsThrownWithLaterOnesSuppressed() {
    for (int attempt = 0; attempt < 20; attempt++) {
      IllegalStateException error = assertThrows(IllegalStateException.class,
          () -> ParallelReads.map(4, IntStream.range(0, 200).boxed().toList(), i -> {
            if (i == 150 || i == 151 || i == 30) {
              throw new IllegalStateException("item " + i);
            }
            return i;
          }));
      assertEquals("item 30", error.getMessage());
      for (Throwable later : error.getSuppressed()) {
        assertTrue(later.getMessage().startsWith("item 15"), later::getMessage);
      }
    }
  }

  private static void awaitOthers(CyclicBarrier barrier) {
    try {
      barrier.await(60, TimeUnit.SECONDS); // a generous bound so that a broken pool fails instead of hanging
    } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
      throw new IllegalStateException("the reads did not run at the same time", e);
    }
  }
}
