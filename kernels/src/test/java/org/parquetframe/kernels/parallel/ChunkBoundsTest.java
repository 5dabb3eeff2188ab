package org.parquetframe.kernels.parallel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ChunkBoundsTest {

    @Test
    void cutsWhenTheCostOfVerticesPlusEdgesReachesTheTarget() {
        // Degrees 0, 5, 0, 0, 1: costs 1, 6, 1, 1, 2.
        int[] offsets = {0, 0, 5, 5, 5, 6};
        assertArrayEquals(new int[] {0, 2, 5}, ChunkBounds.byCost(offsets, 4));
        assertArrayEquals(new int[] {0, 5}, ChunkBounds.byCost(offsets, 100));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, ChunkBounds.byCost(offsets, 1));
        assertArrayEquals(new int[] {0}, ChunkBounds.byCost(new int[] {0}, 10));
    }

    @Property(tries = 200)
    void chunksCoverEverythingInOrderAndMeetTheTarget(@ForAll long seed, @ForAll @IntRange(max = 3000) int items,
                                                      @ForAll @IntRange(min = 1, max = 500) int target) {
        Random random = new Random(seed);
        int[] offsets = new int[items + 1];
        for (int i = 0; i < items; i++) {
            offsets[i + 1] = offsets[i] + (random.nextInt(10) == 0 ? random.nextInt(300) : random.nextInt(3));
        }
        int[] bounds = ChunkBounds.byCost(offsets, target);
        assertEquals(0, bounds[0]);
        assertEquals(items, bounds[bounds.length - 1]);
        for (int c = 0; c + 1 < bounds.length; c++) {
            assertTrue(bounds[c] < bounds[c + 1]);
            long cost = (bounds[c + 1] - bounds[c]) + offsets[bounds[c + 1]] - offsets[bounds[c]];
            if (c + 2 < bounds.length) {
                assertTrue(cost >= target, "chunk " + c + " costs " + cost);
                // Dropping the chunk's last item would have fallen short of the target.
                int last = bounds[c + 1] - 1;
                assertTrue(cost - 1 - (offsets[last + 1] - offsets[last]) < target);
            }
        }
    }

    @Test
    void alignedBoundsAreMultiplesAndDropEmptyChunks() {
        assertArrayEquals(new int[] {0, 64, 128, 150}, ChunkBounds.aligned(new int[] {0, 10, 70, 100, 150}, 64));
        assertArrayEquals(new int[] {0, 30}, ChunkBounds.aligned(new int[] {0, 10, 20, 30}, 64));
        assertArrayEquals(new int[] {0}, ChunkBounds.aligned(new int[] {0}, 64));
        assertArrayEquals(new int[] {0, 64, 128}, ChunkBounds.aligned(new int[] {0, 64, 128}, 64));
    }

    @Test
    void uniformSplitsEvenly() {
        assertArrayEquals(new int[] {0, 3, 6, 10}, ChunkBounds.uniform(10, 3));
        assertArrayEquals(new int[] {0, 0, 0, 1}, ChunkBounds.uniform(1, 3));
    }
}
