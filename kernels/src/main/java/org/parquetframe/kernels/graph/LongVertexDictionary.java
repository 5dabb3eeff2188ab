package org.parquetframe.kernels.graph;

import java.util.Arrays;

/**
 * Dictionary of {@code long} vertex ids (any value, 0 and the extremes included) to dense
 * indexes in order of first appearance. Open addressing with linear probing over primitive arrays:
 * no boxing, and lookups touch one or two cache lines.
 */
public final class LongVertexDictionary implements VertexDictionary {

    private static final int MIN_CAPACITY = 16;
    private static final int MAX_CAPACITY = 1 << 30;

    // Slot i holds key tableKeys[i] with index tableIndexes[i] - 1; 0 marks a free slot, so no
    // key value has to be reserved as "empty".
    private long[] tableKeys;
    private int[] tableIndexes;
    private int mask;
    private int growAt;
    private long[] ids;
    private int size;

    public LongVertexDictionary() {
        this(0);
    }

    /** A dictionary sized so that {@code expectedSize} ids fit without rehashing. */
    public LongVertexDictionary(int expectedSize) {
        if (expectedSize < 0) {
            throw new IllegalArgumentException("expectedSize must be >= 0, got " + expectedSize);
        }
        allocateTable(HashTables.capacityFor(expectedSize, MIN_CAPACITY, MAX_CAPACITY));
        ids = new long[Math.max(expectedSize, MIN_CAPACITY)];
    }

    /** The index of {@code id}, adding it with the next free index when it is new. */
    public int intern(long id) {
        int i = HashTables.mix(id) & mask;
        while (true) {
            int slot = tableIndexes[i];
            if (slot == 0) {
                return add(id, i);
            }
            if (tableKeys[i] == id) {
                return slot - 1;
            }
            i = (i + 1) & mask;
        }
    }

    /** The index of {@code id}, or -1 when it was never interned. */
    public int find(long id) {
        int i = HashTables.mix(id) & mask;
        while (true) {
            int slot = tableIndexes[i];
            if (slot == 0) {
                return -1;
            }
            if (tableKeys[i] == id) {
                return slot - 1;
            }
            i = (i + 1) & mask;
        }
    }

    /** The id of {@code index}, which must be in {@code [0, size())}. */
    public long idAt(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " is not in [0, " + size + ")");
        }
        return ids[index];
    }

    @Override
    public Object idObjectAt(int index) {
        return idAt(index);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long sizeInBytes() {
        return MemorySizes.align(MemorySizes.OBJECT_HEADER + 3 * 4 + 3 * 4)
                + MemorySizes.array(tableKeys, tableKeys.length, Long.BYTES)
                + MemorySizes.array(tableIndexes, tableIndexes.length, Integer.BYTES)
                + MemorySizes.array(ids, ids.length, Long.BYTES);
    }

    private int add(long id, int freeSlot) {
        int index = size;
        if (index + 1 > growAt) { // grow first, so that a full dictionary throws unchanged
            rehash(HashTables.grownCapacity(tableKeys.length, index + 1, MAX_CAPACITY));
            freeSlot = freeSlot(id);
        }
        if (index == ids.length) {
            ids = Arrays.copyOf(ids, HashTables.grownLength(ids.length, index));
        }
        ids[index] = id;
        tableKeys[freeSlot] = id;
        tableIndexes[freeSlot] = index + 1;
        size = index + 1;
        return index;
    }

    private int freeSlot(long id) {
        int i = HashTables.mix(id) & mask;
        while (tableIndexes[i] != 0) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Rebuilds the table from the dense ids, which hold every interned id in index order. */
    private void rehash(int capacity) {
        allocateTable(capacity);
        for (int index = 0; index < size; index++) {
            int i = freeSlot(ids[index]);
            tableKeys[i] = ids[index];
            tableIndexes[i] = index + 1;
        }
    }

    private void allocateTable(int capacity) {
        tableKeys = new long[capacity];
        tableIndexes = new int[capacity];
        mask = capacity - 1;
        growAt = HashTables.growAt(capacity, MAX_CAPACITY);
    }
}
