package org.parquetframe.nativekernels;

/** A native kernel could not run for a reason other than its input, such as memory it could not allocate. */
public final class NativeKernelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NativeKernelException(String message) {
        super(message);
    }
}
