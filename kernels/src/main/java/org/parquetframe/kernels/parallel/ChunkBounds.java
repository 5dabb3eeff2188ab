package org.parquetframe.kernels.parallel;

import java.util.Arrays;

/**
 * Splits a vertex range into chunks of roughly equal work, for {@link KernelPool#forEachRange}.
 * The split depends only on the graph, never on the thread count, so per-chunk partial sums
 * combined in chunk order are the same for every thread count.
 */
public final class ChunkBounds {

    private ChunkBounds() {
    }

    /**
     * Chunk bounds over items {@code 0..offsets.length-2} where item {@code i} costs
     * {@code 1 + offsets[i+1] - offsets[i]} (the vertex itself plus its edges in a CSR): each
     * chunk but the last costs at least {@code targetCost}; on power-law graphs this keeps one
     * hub from making its chunk the straggler of every iteration.
     *
     * @return {@code bounds} with {@code bounds[0] == 0}, {@code bounds[last] == items}, chunk
     *     {@code c} being {@code [bounds[c], bounds[c+1])}; just {@code {0}} when there are no items
     */
    public static int[] byCost(int[] offsets, int targetCost) {
        if (targetCost < 1) {
            throw new IllegalArgumentException("targetCost must be >= 1, got " + targetCost);
        }
        int items = offsets.length - 1;
        int[] bounds = new int[Math.max(2, Math.min(items + 1, 64))];
        int count = 1; // bounds[0] == 0
        long chunkStart = offsets[0]; // cost position of the current chunk's first item
        for (int i = 0; i < items; i++) {
            long end = (long) i + 1 + offsets[i + 1]; // cost position after item i
            if (end - chunkStart >= targetCost || i == items - 1) {
                if (count == bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[count++] = i + 1;
                chunkStart = end;
            }
        }
        return Arrays.copyOf(bounds, count);
    }

    /**
     * The same chunks with every inner bound moved up to a multiple of {@code multiple}, dropping
     * chunks that become empty: each chunk then owns whole words of a bitmap with
     * {@code multiple} bits per word, and writes them without atomics.
     */
    public static int[] aligned(int[] bounds, int multiple) {
        if (multiple < 1) {
            throw new IllegalArgumentException("multiple must be >= 1, got " + multiple);
        }
        int end = bounds[bounds.length - 1];
        int[] result = new int[bounds.length];
        int count = 1;
        result[0] = bounds[0];
        for (int c = 1; c < bounds.length; c++) {
            long up = (bounds[c] + (long) multiple - 1) / multiple * multiple;
            int bound = (int) Math.min(up, end);
            if (bound > result[count - 1]) {
                result[count++] = bound;
            }
        }
        return Arrays.copyOf(result, count);
    }

    /** {@code parts} chunks of (nearly) equal item counts over {@code [0, items)}. */
    public static int[] uniform(int items, int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be >= 1, got " + parts);
        }
        int[] bounds = new int[parts + 1];
        for (int p = 1; p <= parts; p++) {
            bounds[p] = (int) ((long) items * p / parts);
        }
        return bounds;
    }
}
