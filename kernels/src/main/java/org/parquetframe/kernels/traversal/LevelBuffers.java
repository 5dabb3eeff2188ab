package org.parquetframe.kernels.traversal;

import java.util.Arrays;

/**
 * Per-chunk lists of the vertices a parallel BFS step adds to the next level, concatenated in
 * chunk order afterwards so that the level's order does not depend on which thread ran which
 * chunk. The lists are kept from level to level to avoid reallocating them.
 */
final class LevelBuffers {

    private int[][] lists = new int[0][];
    private int[] sizes = new int[0];
    private long[] scanEdges = new long[0];
    private int chunks;

    /** Prepares {@code chunks} empty lists. */
    void reset(int chunkCount) {
        if (lists.length < chunkCount) {
            lists = Arrays.copyOf(lists, chunkCount);
            sizes = new int[chunkCount];
            scanEdges = new long[chunkCount];
        }
        Arrays.fill(sizes, 0, chunkCount, 0);
        Arrays.fill(scanEdges, 0, chunkCount, 0);
        chunks = chunkCount;
    }

    /** A writer for chunk {@code c}; only one thread uses it, and hands it back with {@link #close}. */
    Writer writer(int c) {
        int[] list = lists[c];
        return new Writer(list == null ? new int[64] : list);
    }

    void close(int c, Writer writer) {
        lists[c] = writer.list;
        sizes[c] = writer.size;
        scanEdges[c] = writer.scanEdges;
    }

    int[] list(int c) {
        return lists[c];
    }

    int size(int c) {
        return sizes[c];
    }

    /** Keeps the first {@code size} entries of chunk {@code c}'s list, whose scan degrees sum to {@code scan}. */
    void truncate(int c, int size, long scan) {
        sizes[c] = size;
        scanEdges[c] = scan;
    }

    /** Copies the lists, in chunk order, to {@code target[from..]}; returns the end position. */
    int drainInto(int[] target, int from) {
        int at = from;
        for (int c = 0; c < chunks; c++) {
            System.arraycopy(lists[c], 0, target, at, sizes[c]);
            at += sizes[c];
        }
        return at;
    }

    /** Total scan degree of the vertices in the lists. */
    long scanEdges() {
        long total = 0;
        for (int c = 0; c < chunks; c++) {
            total += scanEdges[c];
        }
        return total;
    }

    /** Appends to one chunk's list. */
    static final class Writer {
        private int[] list;
        private int size;
        private long scanEdges;

        private Writer(int[] list) {
            this.list = list;
        }

        void add(int v, long scanDegree) {
            if (size == list.length) {
                list = Arrays.copyOf(list, size * 2);
            }
            list[size++] = v;
            scanEdges += scanDegree;
        }
    }
}
