package org.parquetframe.kernels.graph;

import java.util.Arrays;

/**
 * Dictionary of {@code long} vertex ids (any value, 0 and the extremes included) to dense
 * indexes in order of first appearance. Open addressing with linear probing over primitive arrays:
 * no boxing, and lookups touch one or two cache lines.
 *
 * <p>Created with {@link #withDirectRange}, it starts as a direct table instead: the index of id
 * {@code base + i} at slot {@code i}, which costs one array access per lookup and 4 bytes per id
 * in the range. Data sets often number their vertices 0..n-1 or close; when the ids stop fitting
 * a range of the allowed size, the dictionary moves to hashing (once) and goes on.
 */
public final class LongVertexDictionary implements VertexDictionary {

    private static final int MIN_CAPACITY = 16;
    private static final int MAX_CAPACITY = 1 << 30;
    private static final int MIN_DIRECT_SLOTS = 1 << 10;

    // Direct mode (tableKeys == null): id directBase + i has index directIndexes[i] - 1, 0 for none.
    // The range's last id, directBase + directIndexes.length - 1, never overflows, which keeps the
    // range check (id - directBase in [0, length)) exact for every id.
    private final int maxDirectSlots;
    private int[] directIndexes;
    private long directBase;

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
        this(expectedSize, 0);
        if (expectedSize < 0) {
            throw new IllegalArgumentException("expectedSize must be >= 0, got " + expectedSize);
        }
    }

    /** Hashing from the start when {@code maxDirectSlots} is 0, else direct until the ids outgrow it. */
    private LongVertexDictionary(int expectedSize, int maxDirectSlots) {
        this.maxDirectSlots = maxDirectSlots;
        if (maxDirectSlots == 0) {
            allocateTable(HashTables.capacityFor(Math.max(0, expectedSize), MIN_CAPACITY, MAX_CAPACITY));
        }
        ids = new long[Math.max(expectedSize, MIN_CAPACITY)];
    }

    /**
     * A dictionary that keeps a direct table while all ids fit a range of at most
     * {@code maxSlots} values (4 bytes each), and hashes from the first id that does not.
     */
    public static LongVertexDictionary withDirectRange(int maxSlots) {
        if (maxSlots < 1 || maxSlots > MAX_CAPACITY) {
            throw new IllegalArgumentException("maxSlots must be in [1, " + MAX_CAPACITY + "], got " + maxSlots);
        }
        return new LongVertexDictionary(0, maxSlots);
    }

    /** Whether lookups go to a direct table over a range of ids (else to a hash table). */
    public boolean isDirect() {
        return tableKeys == null;
    }

    /** The index of {@code id}, adding it with the next free index when it is new. */
    public int intern(long id) {
        if (tableKeys == null) {
            int[] direct = directIndexes;
            long slot = id - directBase;
            if (direct != null && slot >= 0 && slot < direct.length) {
                int known = direct[(int) slot];
                return known != 0 ? known - 1 : addDirect(id, (int) slot);
            }
            return growDirect(id) ? intern(id) : add(id, freeSlot(id));
        }
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

    /**
     * Interns {@code ids[0, count)} in order, writing each one's index to {@code indexes}: the same
     * as calling {@link #intern} on each, minus the per-call overhead in a direct table.
     */
    public void internAll(long[] ids, int count, int[] indexes) {
        int i = 0;
        while (i < count) {
            if (tableKeys == null && directIndexes != null) {
                i = internDirect(ids, i, count, indexes);
            }
            if (i < count) { // hashing, or an id outside the direct range
                indexes[i] = intern(ids[i]);
                i++;
            }
        }
    }

    /** Interns from {@code ids[from]} on while they fit the direct range; returns where it stopped. */
    private int internDirect(long[] ids, int from, int count, int[] indexes) {
        int[] table = directIndexes;
        long base = directBase;
        int i = from;
        for (; i < count; i++) {
            long slot = ids[i] - base;
            if (slot < 0 || slot >= table.length) {
                break;
            }
            int known = table[(int) slot];
            indexes[i] = known != 0 ? known - 1 : addDirect(ids[i], (int) slot);
        }
        return i;
    }

    /**
     * The index of each of {@code ids[0, count)}, or -1 for one never interned, into
     * {@code indexes}: {@link #find} on each, minus the per-call overhead in a direct table.
     */
    public void findAll(long[] ids, int count, int[] indexes) {
        int[] table = directIndexes;
        if (tableKeys != null || table == null) {
            for (int i = 0; i < count; i++) {
                indexes[i] = find(ids[i]);
            }
            return;
        }
        long base = directBase;
        for (int i = 0; i < count; i++) {
            long slot = ids[i] - base;
            indexes[i] = slot >= 0 && slot < table.length ? table[(int) slot] - 1 : -1;
        }
    }

    /** The index of {@code id}, or -1 when it was never interned. */
    public int find(long id) {
        if (tableKeys == null) {
            int[] direct = directIndexes;
            long slot = id - directBase;
            return direct != null && slot >= 0 && slot < direct.length ? direct[(int) slot] - 1 : -1;
        }
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
        return MemorySizes.align(MemorySizes.OBJECT_HEADER + 4 * 4 + 4 * 4 + 8)
                + MemorySizes.array(tableKeys, tableKeys == null ? 0 : tableKeys.length, Long.BYTES)
                + MemorySizes.array(tableIndexes, tableIndexes == null ? 0 : tableIndexes.length, Integer.BYTES)
                + MemorySizes.array(directIndexes, directIndexes == null ? 0 : directIndexes.length, Integer.BYTES)
                + MemorySizes.array(ids, ids.length, Long.BYTES);
    }

    private int addDirect(long id, int slot) {
        int index = append(id);
        directIndexes[slot] = index + 1;
        return index;
    }

    /**
     * Makes room for {@code id} in the direct table, growing its range toward the id,
     * and returns true; or, when the ids would then span more than the allowed slots, moves every
     * id to a hash table and returns false.
     */
    private boolean growDirect(long id) {
        if (directIndexes == null) { // the first id
            directBase = id;
            directIndexes = new int[(int) slotsFrom(id, Math.min(MIN_DIRECT_SLOTS, maxDirectSlots))];
            return true;
        }
        long low = Math.min(directBase, id);
        long high = Math.max(directBase + directIndexes.length - 1, id);
        long span = high - low + 1; // zero or negative when the ids are 2^63 or more apart
        if (span <= 0 || span > maxDirectSlots) {
            switchToHashing();
            return false;
        }
        // A quarter more than the ids span now, at least: ids that keep extending the range one
        // way grow it geometrically, and random ids, which span most of it early, waste little.
        int length = directIndexes.length;
        long slots = Math.min(maxDirectSlots, Math.max(span + span / 4, length + length / 4));
        long base;
        if (id > directBase) { // grow upward, unless that passes Long.MAX_VALUE
            base = slotsFrom(low, slots) == slots ? low : Long.MAX_VALUE - (slots - 1);
        } else { // grow downward, unless that passes Long.MIN_VALUE
            base = high < Long.MIN_VALUE + (slots - 1) ? Long.MIN_VALUE : high - (slots - 1);
        }
        int[] grown = new int[(int) slots];
        System.arraycopy(directIndexes, 0, grown, (int) (directBase - base), directIndexes.length);
        directIndexes = grown;
        directBase = base;
        return true;
    }

    /** {@code wanted}, or fewer if a range of that many ids starting at {@code base} passes Long.MAX_VALUE. */
    private static long slotsFrom(long base, long wanted) {
        long room = Long.MAX_VALUE - base; // negative (overflowed) when base < 0: room enough
        return room >= 0 && room < wanted - 1 ? room + 1 : wanted;
    }

    private void switchToHashing() {
        directIndexes = null;
        allocateTable(HashTables.capacityFor(size + 1, MIN_CAPACITY, MAX_CAPACITY));
        rehash(tableKeys.length);
    }

    private int add(long id, int freeSlot) {
        if (size + 1 > growAt) { // grow first, so that a full dictionary throws unchanged
            rehash(HashTables.grownCapacity(tableKeys.length, size + 1, MAX_CAPACITY));
            freeSlot = freeSlot(id);
        }
        int index = append(id);
        tableKeys[freeSlot] = id;
        tableIndexes[freeSlot] = index + 1;
        return index;
    }

    private int append(long id) {
        int index = size;
        if (index == ids.length) {
            ids = Arrays.copyOf(ids, HashTables.grownLength(ids.length, index));
        }
        ids[index] = id;
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
