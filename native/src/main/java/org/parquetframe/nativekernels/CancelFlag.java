package org.parquetframe.nativekernels;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.parquetframe.kernels.parallel.Cancellation;
import org.parquetframe.kernels.parallel.KernelCancelledException;

/**
 * Carries a Java cancellation request into a running native kernel. Native code cannot call a
 * {@link BooleanSupplier} while it holds pinned arrays, so while the kernel runs a shared daemon
 * thread asks the supplier every {@value #PERIOD_MS} ms and, once it says stop, sets the first
 * int of a small direct buffer that the kernel polls between iterations, levels or chunks.
 */
final class CancelFlag implements AutoCloseable {

    static final long PERIOD_MS = 10;

    private static final VarHandle INT = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.nativeOrder());
    private static final CancelFlag NONE = new CancelFlag(null, null, Cancellation.NEVER);

    private final ByteBuffer buffer;
    private final ScheduledFuture<?> watch;
    private final BooleanSupplier cancelled;

    private CancelFlag(ByteBuffer buffer, ScheduledFuture<?> watch, BooleanSupplier cancelled) {
        this.buffer = buffer;
        this.watch = watch;
        this.cancelled = cancelled;
    }

    /**
     * Starts watching {@code cancelled} (null or {@link Cancellation#NEVER}: no flag at all).
     *
     * @throws KernelCancelledException when it already says stop
     */
    static CancelFlag watch(BooleanSupplier cancelled) {
        if (cancelled == null || cancelled == Cancellation.NEVER) {
            return NONE;
        }
        Cancellation.check(cancelled);
        ByteBuffer buffer = ByteBuffer.allocateDirect(Integer.BYTES);
        ScheduledFuture<?> watch = Watcher.EXECUTOR.scheduleAtFixedRate(() -> {
            if (cancelled.getAsBoolean()) {
                INT.setVolatile(buffer, 0, 1);
            }
        }, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
        return new CancelFlag(buffer, watch, cancelled);
    }

    /** The buffer to hand to native code, or null when nothing can cancel. */
    ByteBuffer buffer() {
        return buffer;
    }

    /** Turns a native {@link NativeMethods#CANCELLED} status into the exception the JVM kernels throw. */
    void throwIfCancelled(long status) {
        if (status == NativeMethods.CANCELLED) {
            throw new KernelCancelledException();
        }
    }

    @Override
    public void close() {
        if (watch != null) {
            watch.cancel(false);
        }
    }

    /** Holder idiom: the watcher thread exists only once a cancellable native call ran. */
    private static final class Watcher {
        static final ScheduledExecutorService EXECUTOR = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "parquetframe-native-cancel");
            thread.setDaemon(true);
            return thread;
        });
    }
}
