package org.parquetframe.kernels.parallel;

import java.util.function.BooleanSupplier;

/**
 * Cooperative cancellation for kernels: a kernel takes a {@link BooleanSupplier} that says whether
 * its caller (a closed statement, a timeout) wants it to stop, and asks it between iterations and
 * chunks. Nothing is interrupted, so the supplier must be cheap and thread-safe.
 */
public final class Cancellation {

    /** A supplier that never asks to stop. */
    public static final BooleanSupplier NEVER = () -> false;

    private Cancellation() {
    }

    /** Throws {@link KernelCancelledException} when {@code cancelled} says so. */
    public static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new KernelCancelledException();
        }
    }
}
