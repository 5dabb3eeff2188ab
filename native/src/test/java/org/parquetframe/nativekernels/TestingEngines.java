package org.parquetframe.nativekernels;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parquetframe.kernels.GraphKernels;
import org.parquetframe.kernels.JvmKernels;

/**
 * The engines a test runs against. The native engine is skipped by assumption when the library
 * was not built (no C compiler), but is required, and its absence a failure, when this build
 * compiled it (Maven passes {@code parquetframe.native.built=true}).
 */
public final class TestingEngines {

    private TestingEngines() {
    }

    /** Whether this build compiled the native library, so that native tests must not be skipped. */
    static boolean nativeBuilt() {
        return "true".equals(System.getProperty("parquetframe.native.built"));
    }

    /** Skips the calling test unless native kernels are loaded; fails it if they were built but do not load. */
    public static void assumeNative() {
        if (nativeBuilt()) {
            assertTrue(NativeLibrary.isAvailable(), "the build compiled the native library, but " + NativeLibrary.status());
        }
        assumeTrue(NativeLibrary.isAvailable(), NativeLibrary.status());
    }

    /** {@code jvm} or {@code native} (after {@link #assumeNative()}). */
    public static GraphKernels named(String name) {
        if (name.equals("native")) {
            assumeNative();
            return NativeKernels.get();
        }
        return JvmKernels.INSTANCE;
    }

    /** Both engine names, for {@code @MethodSource}. */
    public static Stream<String> names() {
        return Stream.of("jvm", "native");
    }

    /** The JVM engine, and the native one when it is loaded: for properties that check every engine per try. */
    public static List<GraphKernels> available() {
        List<GraphKernels> engines = new ArrayList<>(List.of(JvmKernels.INSTANCE));
        if (nativeBuilt() || NativeLibrary.isAvailable()) {
            engines.add(NativeKernels.get()); // throws, failing the test, if built but not loadable
        }
        return engines;
    }
}
