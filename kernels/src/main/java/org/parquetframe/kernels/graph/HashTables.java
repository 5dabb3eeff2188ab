package org.parquetframe.kernels.graph;

/** Sizing and hashing shared by the open-addressing vertex dictionaries. */
final class HashTables {

    private HashTables() {
    }

    /**
     * Spreads every bit of the key over the low bits that pick the slot, so that ids that differ
     * only in high bits (shifted or packed keys) do not pile up in one run of linear probing.
     * The murmur3 64-bit finaliser.
     */
    static int mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h;
    }

    /** The murmur3 32-bit finaliser; String.hashCode alone leaves sequential names in runs. */
    static int mix(int key) {
        int h = key;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /** Smallest power of two that holds {@code size} keys below the load limit. */
    static int capacityFor(int size, int minCapacity, int maxCapacity) {
        int capacity = minCapacity;
        while (size > growAt(capacity, maxCapacity)) {
            if (capacity == maxCapacity) {
                throw tooMany(size, maxCapacity);
            }
            capacity <<= 1;
        }
        return capacity;
    }

    /**
     * Most keys a table of {@code capacity} slots takes: half (short probe runs) until the
     * table cannot double any more, then 7/8 so that the largest table still holds ~940M ids.
     */
    static int growAt(int capacity, int maxCapacity) {
        return capacity == maxCapacity ? capacity - capacity / 8 : capacity / 2;
    }

    static int grownCapacity(int capacity, int size, int maxCapacity) {
        if (capacity == maxCapacity) {
            throw tooMany(size, maxCapacity);
        }
        return capacityFor(size, capacity << 1, maxCapacity);
    }

    /** Next length for the dense id array: double, capped at what a full table can hold. */
    static int grownLength(int length, int needed) {
        return (int) Math.max(needed + 1L, Math.min(2L * length, Integer.MAX_VALUE - 8));
    }

    private static IllegalStateException tooMany(int size, int maxCapacity) {
        return new IllegalStateException("a vertex dictionary holds at most "
                + growAt(maxCapacity, maxCapacity) + " distinct ids; " + size + " were added");
    }
}
