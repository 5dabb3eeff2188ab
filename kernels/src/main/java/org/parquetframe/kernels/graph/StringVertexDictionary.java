package org.parquetframe.kernels.graph;

import java.util.Arrays;

/**
 * Dictionary of {@code String} vertex ids to dense indexes in order of first appearance. Open
 * addressing with linear probing; each slot caches the id's hash so that a probe calls
 * {@code equals} only on a likely match, and points into the dense id array, so each id is
 * referenced once.
 */
public final class StringVertexDictionary implements VertexDictionary {

    private static final int MIN_CAPACITY = 16;
    private static final int MAX_CAPACITY = 1 << 30;

    private int[] tableHashes;
    private int[] tableIndexes; // index + 1; 0 marks a free slot
    private int mask;
    private int growAt;
    private String[] ids;
    private int size;

    public StringVertexDictionary() {
        this(0);
    }

    /** A dictionary sized so that {@code expectedSize} ids fit without rehashing. */
    public StringVertexDictionary(int expectedSize) {
        if (expectedSize < 0) {
            throw new IllegalArgumentException("expectedSize must be >= 0, got " + expectedSize);
        }
        allocateTable(HashTables.capacityFor(expectedSize, MIN_CAPACITY, MAX_CAPACITY));
        ids = new String[Math.max(expectedSize, MIN_CAPACITY)];
    }

    /** The index of {@code id}, adding it with the next free index when it is new. */
    public int intern(String id) {
        int hash = hash(id);
        int i = hash & mask;
        while (true) {
            int slot = tableIndexes[i];
            if (slot == 0) {
                return add(id, hash, i);
            }
            if (tableHashes[i] == hash && ids[slot - 1].equals(id)) {
                return slot - 1;
            }
            i = (i + 1) & mask;
        }
    }

    /** The index of {@code id}, or -1 when it was never interned. */
    public int find(String id) {
        int hash = hash(id);
        int i = hash & mask;
        while (true) {
            int slot = tableIndexes[i];
            if (slot == 0) {
                return -1;
            }
            if (tableHashes[i] == hash && ids[slot - 1].equals(id)) {
                return slot - 1;
            }
            i = (i + 1) & mask;
        }
    }

    /** The id of {@code index}, which must be in {@code [0, size())}. */
    public String idAt(int index) {
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

    /** Counts the tables and the id references, not the strings, which callers usually share. */
    @Override
    public long sizeInBytes() {
        return MemorySizes.align(MemorySizes.OBJECT_HEADER + 3 * 4 + 3 * 4)
                + MemorySizes.array(tableHashes, tableHashes.length, Integer.BYTES)
                + MemorySizes.array(tableIndexes, tableIndexes.length, Integer.BYTES)
                + MemorySizes.array(ids, ids.length, Integer.BYTES);
    }

    private static int hash(String id) {
        if (id == null) {
            throw new IllegalArgumentException("a vertex id must not be null (skip rows with null ids)");
        }
        return HashTables.mix(id.hashCode());
    }

    private int add(String id, int hash, int freeSlot) {
        int index = size;
        if (index + 1 > growAt) { // grow first, so that a full dictionary throws unchanged
            rehash(HashTables.grownCapacity(tableHashes.length, index + 1, MAX_CAPACITY));
            freeSlot = freeSlot(hash);
        }
        if (index == ids.length) {
            ids = Arrays.copyOf(ids, HashTables.grownLength(ids.length, index));
        }
        ids[index] = id;
        tableHashes[freeSlot] = hash;
        tableIndexes[freeSlot] = index + 1;
        size = index + 1;
        return index;
    }

    private int freeSlot(int hash) {
        int i = hash & mask;
        while (tableIndexes[i] != 0) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Rebuilds the table from the dense ids; String caches its hashCode, so this is cheap. */
    private void rehash(int capacity) {
        allocateTable(capacity);
        for (int index = 0; index < size; index++) {
            int hash = hash(ids[index]);
            int i = freeSlot(hash);
            tableHashes[i] = hash;
            tableIndexes[i] = index + 1;
        }
    }

    private void allocateTable(int capacity) {
        tableHashes = new int[capacity];
        tableIndexes = new int[capacity];
        mask = capacity - 1;
        growAt = HashTables.growAt(capacity, MAX_CAPACITY);
    }
}
