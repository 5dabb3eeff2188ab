package org.parquetframe.nativekernels;

import java.nio.ByteBuffer;

/**
 * The JNI entry points of the native library (src/main/c/pf_jni.c). Arrays are pinned, not
 * copied; each method checks every argument before reading any array and throws
 * IllegalArgumentException for bad input or {@link NativeKernelException} when memory runs out.
 * {@code cancel} is an optional direct buffer whose first int the caller sets to stop the kernel.
 * Only {@link NativeKernels} calls these, after {@link NativeLibrary} loaded the library.
 */
final class NativeMethods {

    /** Returned when the cancellation flag stopped the kernel. */
    static final int CANCELLED = -1;
    /** Returned by {@link #bfs} when it wants to go bottom-up but was given no in-edges. */
    static final int NEEDS_IN_EDGES = -2;
    /** The version of this interface; the library must report the same. */
    static final int API_VERSION = 2;

    private NativeMethods() {
    }

    static native int apiVersion();

    /** The API version and the compiler the library was built with, for pf_debug_info(). */
    static native String describe();

    /** Pins and releases three arrays and does nothing else: the cost of handing a graph over. */
    static native long pinRoundTrip(int[] a, int[] b, double[] c);

    /** @return {@link #CANCELLED}, or {@code iterations << 1 | (converged ? 1 : 0)} */
    static native long pagerank(int[] inOffsets, int[] inSources, double[] inWeights, double[] reciprocals,
                                int[] bounds, double damping, int maxIterations, double tolerance, int threads,
                                ByteBuffer cancel, double[] scores);

    /** @return the number of vertices reached, {@link #CANCELLED} or {@link #NEEDS_IN_EDGES} */
    static native int bfs(int[] outOffsets, int[] outTargets, int[] inOffsets, int[] inSources, int start,
                          int target, boolean directed, int maxDepth, int threads, int alpha, int beta,
                          int minLevelCost, ByteBuffer cancel, int[] depth, int[] parent, int[] order);

    /** @return the number of vertices visited, or {@link #CANCELLED}; in-edges only when undirected */
    static native int dfs(int[] outOffsets, int[] outTargets, int[] inOffsets, int[] inSources, int start,
                          int maxDepth, ByteBuffer cancel, int[] discovery, int[] depth, int[] parent, int[] order);

    /**
     * Distances only (see DeltaStepping.java), with the buckets of {@code Bucketing}.
     *
     * @return 0, or {@link #CANCELLED}; {@code target} -1 for none; in-edges only when undirected
     */
    static native int deltaStepping(int[] outOffsets, int[] outTargets, double[] outWeights, int[] inOffsets,
                                    int[] inSources, double[] inWeights, int start, int target, double delta,
                                    int ringSize, int threads, ByteBuffer cancel, double[] distance);

    /** @return 0, or {@link #CANCELLED} */
    static native int components(int[] outOffsets, int[] outTargets, int[] inOffsets, int[] inSources, int threads,
                                 ByteBuffer cancel, int[] label);
}
