package org.parquetframe.kernels.graph;

/** Estimates of heap bytes, for the cache and diagnostics figures; assumes compressed references. */
final class MemorySizes {

    static final long OBJECT_HEADER = 16;

    private MemorySizes() {
    }

    /** Bytes of an array of {@code length} elements of {@code elementBytes} each; 0 for null. */
    static long array(Object array, long length, int elementBytes) {
        return array == null ? 0 : align(OBJECT_HEADER + length * elementBytes);
    }

    static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
