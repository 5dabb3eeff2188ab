package org.parquetframe.kernels.parallel;

/** Thrown by a kernel that stopped early because its caller asked it to (see {@link Cancellation}). */
public final class KernelCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KernelCancelledException() {
        super("kernel cancelled");
    }
}
