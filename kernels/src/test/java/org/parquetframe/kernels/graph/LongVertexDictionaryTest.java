package org.parquetframe.kernels.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LongVertexDictionaryTest {

    private static final long[] EXTREMES = {0, -1, 1, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1,
        Long.MAX_VALUE - 1, 1L << 32, 1L << 63 >>> 1, Integer.MIN_VALUE, Integer.MAX_VALUE};

    @Test
    void handsOutIndexesInOrderOfFirstAppearance() {
        LongVertexDictionary dictionary = new LongVertexDictionary();
        assertEquals(0, dictionary.intern(42));
        assertEquals(1, dictionary.intern(0));
        assertEquals(0, dictionary.intern(42));
        assertEquals(2, dictionary.intern(-1));
        assertEquals(3, dictionary.size());
        assertEquals(-1L, dictionary.idAt(2));
        assertEquals(0L, dictionary.idObjectAt(1));
        assertEquals(-1, dictionary.find(7));
        assertEquals(1, dictionary.find(0));
    }

    @Test
    void extremeValuesAreOrdinaryIds() {
        LongVertexDictionary dictionary = new LongVertexDictionary();
        assertEquals(-1, dictionary.find(0));
        for (int i = 0; i < EXTREMES.length; i++) {
            assertEquals(i, dictionary.intern(EXTREMES[i]));
        }
        for (int i = 0; i < EXTREMES.length; i++) {
            assertEquals(i, dictionary.find(EXTREMES[i]));
            assertEquals(EXTREMES[i], dictionary.idAt(i));
        }
    }

    @Property(tries = 300)
    void agreesWithHashMap(@ForAll @Size(max = 3000) List<Long> ids, @ForAll long seed) {
        LongVertexDictionary dictionary = new LongVertexDictionary();
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(seed);
        for (long id : ids) {
            // Draw again from ids seen (and extremes) so that most lookups hit.
            long probe = random.nextBoolean() || expected.isEmpty() ? id : EXTREMES[random.nextInt(EXTREMES.length)];
            Integer known = expected.get(probe);
            assertEquals(known == null ? -1 : known, dictionary.find(probe));
            int index = dictionary.intern(probe);
            assertEquals(expected.computeIfAbsent(probe, k -> expected.size()), index);
        }
        assertEquals(expected.size(), dictionary.size());
        expected.forEach((id, index) -> {
            assertEquals(index, dictionary.find(id));
            assertEquals(id, dictionary.idAt(index));
        });
    }

    @Test
    void growsThroughManyResizesWithClusteredIds() {
        LongVertexDictionary dictionary = new LongVertexDictionary();
        int n = 1 << 20;
        // Ids that differ only in their high bits would share a probe run without mixing.
        for (int i = 0; i < n; i++) {
            assertEquals(i, dictionary.intern((long) i << 40 ^ (i & 1)));
        }
        assertEquals(n, dictionary.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i, dictionary.find((long) i << 40 ^ (i & 1)));
        }
        assertEquals(-1, dictionary.find(1L << 62));
        assertTrue(dictionary.sizeInBytes() >= n * (8L + 8 + 4));
    }

    @Test
    void presizedDictionaryAcceptsMoreThanExpected() {
        LongVertexDictionary dictionary = new LongVertexDictionary(3);
        for (int i = 0; i < 100; i++) {
            assertEquals(i, dictionary.intern(-i * 31L));
        }
        assertEquals(99 * -31L, dictionary.idAt(99));
    }

    @Test
    void rejectsIndexesOutsideTheDictionary() {
        LongVertexDictionary dictionary = new LongVertexDictionary();
        dictionary.intern(5);
        assertThrows(IndexOutOfBoundsException.class, () -> dictionary.idAt(1));
        assertThrows(IndexOutOfBoundsException.class, () -> dictionary.idAt(-1));
        assertThrows(IllegalArgumentException.class, () -> new LongVertexDictionary(-1));
    }

    @Property(tries = 300)
    void aDirectRangeAgreesWithHashMapWhetherOrNotItMovesToHashing(@ForAll @Size(max = 3000) List<Long> ids,
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 5000) int maxSlots) {
        LongVertexDictionary dictionary = LongVertexDictionary.withDirectRange(maxSlots);
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(seed);
        long offset = random.nextLong();
        for (long id : ids) {
            // Mostly small ids around one offset, so that the range holds for a while, then extremes.
            long probe = switch (random.nextInt(4)) {
                case 0 -> id;
                case 1 -> EXTREMES[random.nextInt(EXTREMES.length)];
                default -> offset + Math.floorMod(id, 2 * maxSlots);
            };
            Integer known = expected.get(probe);
            assertEquals(known == null ? -1 : known, dictionary.find(probe));
            assertEquals(expected.computeIfAbsent(probe, k -> expected.size()), dictionary.intern(probe));
        }
        assertEquals(expected.size(), dictionary.size());
        expected.forEach((id, index) -> {
            assertEquals(index, dictionary.find(id));
            assertEquals(id, dictionary.idAt(index));
        });
    }

    @Test
    void aDirectRangeStaysDirectWhileTheIdsFitAndGrowsBothWays() {
        LongVertexDictionary dictionary = LongVertexDictionary.withDirectRange(1 << 20);
        for (int i = 0; i < 100_000; i++) {
            long id = i % 2 == 0 ? 500_000 + i : 500_000 - i; // outward from the middle, both ways
            assertEquals(i, dictionary.intern(id));
        }
        assertTrue(dictionary.isDirect());
        assertEquals(1, dictionary.find(499_999));
        assertEquals(-1, dictionary.find(700_000));
        assertEquals(-1, dictionary.find(Long.MIN_VALUE));
        // At most twice the range (200,000 ids) in the table and twice the ids in the id array.
        long bytes = dictionary.sizeInBytes();
        assertTrue(bytes < 2 * 4 * 200_000L + 2 * 8 * 100_000L + 1024, "a table of about the ids' range: " + bytes);
    }

    @Test
    void aDirectRangeNearTheExtremesNeverWrapsAround() {
        LongVertexDictionary dictionary = LongVertexDictionary.withDirectRange(4096);
        assertEquals(0, dictionary.intern(Long.MAX_VALUE));
        assertEquals(1, dictionary.intern(Long.MAX_VALUE - 3000));
        assertEquals(-1, dictionary.find(Long.MIN_VALUE));
        assertEquals(-1, dictionary.find(Long.MIN_VALUE + 1));
        assertTrue(dictionary.isDirect());
        assertEquals(2, dictionary.intern(Long.MIN_VALUE)); // 2^64 - 1 apart: hashing from here
        assertFalse(dictionary.isDirect());
        assertEquals(0, dictionary.find(Long.MAX_VALUE));
        assertEquals(1, dictionary.find(Long.MAX_VALUE - 3000));
        assertEquals(2, dictionary.find(Long.MIN_VALUE));

        LongVertexDictionary low = LongVertexDictionary.withDirectRange(4096);
        assertEquals(0, low.intern(Long.MIN_VALUE + 5));
        assertEquals(1, low.intern(Long.MIN_VALUE));
        assertEquals(2, low.intern(Long.MIN_VALUE + 4000));
        assertTrue(low.isDirect());
        assertEquals(-1, low.find(Long.MAX_VALUE));
    }

    @Test
    void aDirectRangeMovesToHashingOnceTheIdsSpreadTooFar() {
        LongVertexDictionary dictionary = LongVertexDictionary.withDirectRange(1000);
        for (int i = 0; i < 500; i++) {
            assertEquals(i, dictionary.intern(2L * i));
        }
        assertTrue(dictionary.isDirect());
        assertEquals(500, dictionary.intern(1_000_000));
        assertFalse(dictionary.isDirect());
        for (int i = 0; i < 500; i++) {
            assertEquals(i, dictionary.find(2L * i));
        }
        assertEquals(-1, dictionary.find(1));
        assertThrows(IllegalArgumentException.class, () -> LongVertexDictionary.withDirectRange(0));
    }

    @Property(tries = 200)
    void internAllAndFindAllAgreeWithOneIdAtATime(@ForAll @Size(max = 2000) List<Long> ids,
            @ForAll @IntRange(min = 1, max = 3000) int maxSlots, @ForAll long seed) {
        Random random = new Random(seed);
        long[] batch = new long[ids.size()];
        for (int i = 0; i < batch.length; i++) { // small ids around zero mostly, so that a direct range holds a while
            batch[i] = random.nextInt(3) == 0 ? ids.get(i) : Math.floorMod(ids.get(i), 2 * maxSlots) - maxSlots / 2;
        }
        LongVertexDictionary one = LongVertexDictionary.withDirectRange(maxSlots);
        LongVertexDictionary all = LongVertexDictionary.withDirectRange(maxSlots);
        int[] expected = new int[batch.length];
        int[] actual = new int[batch.length];
        int cut = random.nextInt(batch.length + 1);
        for (int i = 0; i < batch.length; i++) {
            expected[i] = one.intern(batch[i]);
        }
        all.internAll(batch, cut, actual); // two batches, the second from an offset copy
        long[] rest = java.util.Arrays.copyOfRange(batch, cut, batch.length);
        int[] restIndexes = new int[rest.length];
        all.internAll(rest, rest.length, restIndexes);
        System.arraycopy(restIndexes, 0, actual, cut, rest.length);
        assertArrayEquals(expected, actual);
        assertEquals(one.isDirect(), all.isDirect());

        long[] probes = new long[batch.length + EXTREMES.length];
        System.arraycopy(batch, 0, probes, 0, batch.length);
        System.arraycopy(EXTREMES, 0, probes, batch.length, EXTREMES.length);
        int[] found = new int[probes.length];
        all.findAll(probes, probes.length, found);
        for (int i = 0; i < probes.length; i++) {
            assertEquals(one.find(probes[i]), found[i], "find " + probes[i]);
        }
    }
}
