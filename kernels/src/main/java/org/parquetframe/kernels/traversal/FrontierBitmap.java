package org.parquetframe.kernels.traversal;

import java.util.Arrays;

/**
 * The frontier of bottom-up BFS steps as bitmaps, one bit per vertex, after GAP's {@code bfs.cc}:
 * 1/32 of an int per vertex, so that the random reads of a bottom-up step mostly hit the cache,
 * and read-only during a step, so that one thread's writes never evict another's reads. A step
 * reads {@link #current()} and writes {@link #next()}; consecutive bottom-up steps hand the
 * bitmap on without going through the queue.
 */
final class FrontierBitmap {

    private long[] current;
    private long[] next;
    private boolean holdsLevel;

    FrontierBitmap(int vertexCount) {
        this.current = new long[(vertexCount + Long.SIZE - 1) / Long.SIZE];
        this.next = new long[current.length];
    }

    /** Makes {@link #current()} hold {@code queue[from, to)}, unless the previous step left the level in it. */
    void load(int[] queue, int from, int to) {
        if (holdsLevel) {
            return;
        }
        Arrays.fill(current, 0);
        for (int i = from; i < to; i++) {
            add(current, queue[i]);
        }
        holdsLevel = true;
    }

    long[] current() {
        return current;
    }

    long[] next() {
        return next;
    }

    /** After a bottom-up step: the next level becomes the current one. */
    void advance() {
        long[] t = current;
        current = next;
        next = t;
        holdsLevel = true;
    }

    /** After a top-down step: the level is in the queue only. */
    void forget() {
        holdsLevel = false;
    }

    /** Clears the words of vertices {@code [from, to)}, {@code from} a multiple of 64. */
    static void clear(long[] bits, int from, int to) {
        Arrays.fill(bits, from >>> 6, (to + Long.SIZE - 1) >>> 6, 0);
    }

    static boolean contains(long[] bits, int v) {
        return (bits[v >>> 6] & 1L << v) != 0;
    }

    static void add(long[] bits, int v) {
        bits[v >>> 6] |= 1L << v;
    }
}
