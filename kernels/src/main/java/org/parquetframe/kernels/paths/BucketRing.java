package org.parquetframe.kernels.paths;

import java.util.Arrays;

/**
 * One worker's buckets in {@link DeltaStepping}: lists of vertices by bucket number. Only a
 * window of {@code capacity} consecutive buckets can be in use at once (a relaxation never lands
 * further than the largest weight from the bucket being processed, and {@link Bucketing} sizes
 * the window for that), so bucket {@code b} lives in slot {@code b mod capacity} of a ring and
 * lists are reused as the window moves. A vertex may be listed several times, and in a bucket it
 * no longer belongs to; readers skip such stale entries.
 */
final class BucketRing {

    private final int[][] lists;
    private final int[] sizes;
    private final int mask;

    /** A ring of {@code capacity} buckets, a power of two. */
    BucketRing(int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two, got " + capacity);
        }
        this.lists = new int[capacity][];
        this.sizes = new int[capacity];
        this.mask = capacity - 1;
    }

    void add(long bucket, int vertex) {
        int slot = (int) bucket & mask;
        int[] list = lists[slot];
        int size = sizes[slot];
        if (list == null) {
            list = lists[slot] = new int[16];
        } else if (size == list.length) {
            list = lists[slot] = Arrays.copyOf(list, size * 2);
        }
        list[size] = vertex;
        sizes[slot] = size + 1;
    }

    int size(long bucket) {
        return sizes[(int) bucket & mask];
    }

    /**
     * Empties {@code bucket}, handing its list over (its first {@link #size} entries) and taking
     * {@code spare} as the bucket's new, empty list; the caller keeps the old list as its next spare.
     */
    int[] swap(long bucket, int[] spare) {
        int slot = (int) bucket & mask;
        int[] list = lists[slot];
        lists[slot] = spare;
        sizes[slot] = 0;
        return list;
    }

    /** Appends {@code bucket}'s vertices to {@code target} from position {@code at} and empties it. */
    void moveTo(long bucket, int[] target, int at) {
        int slot = (int) bucket & mask;
        if (sizes[slot] > 0) {
            System.arraycopy(lists[slot], 0, target, at, sizes[slot]);
            sizes[slot] = 0;
        }
    }

    /** The lowest non-empty bucket at or after {@code from} in the window, or {@link Long#MAX_VALUE}. */
    long lowestFrom(long from) {
        for (int k = 0; k <= mask; k++) {
            if (sizes[(int) (from + k) & mask] > 0) {
                return from + k;
            }
        }
        return Long.MAX_VALUE;
    }
}
