package org.parquetframe.kernels.parallel;

/** The work of one chunk of a {@link KernelPool} loop: the index range {@code [from, toExclusive)}. */
@FunctionalInterface
public interface ChunkBody {

    /**
     * Processes one chunk. Chunks of one loop may run concurrently, so a body writes only to
     * locations owned by its own range or by its {@code chunkIndex}.
     */
    void run(int chunkIndex, int from, int toExclusive);
}
