package org.parquetframe.nativekernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The loader's fallbacks: every way of not loading is a reason, never an exception. */
class NativeLibraryTest {

    @Test
    void namesPlatformsLikeTheJarLayout() {
        assertEquals("linux-x86_64", NativePlatform.of("Linux", "amd64"));
        assertEquals("linux-aarch64", NativePlatform.of("Linux", "aarch64"));
        assertEquals("macos-aarch64", NativePlatform.of("Mac OS X", "aarch64"));
        assertEquals("windows-x86_64", NativePlatform.of("Windows 11", "amd64"));
        assertNull(NativePlatform.of("SunOS", "sparcv9"));
        assertEquals("/native/windows-x86_64/parquetframe_native.dll", NativePlatform.resource("windows-x86_64"));
    }

    @Test
    void disabledByTheEnvironment() {
        NativeLibrary.State state = NativeLibrary.load(
                ParquetFrameEnvironment.of(Map.of(ParquetFrameEnvironment.DISABLE_NATIVE, "1")), "linux-x86_64");
        assertFalse(state.loaded());
        assertTrue(state.detail().contains("PARQUETFRAME_DISABLE_NATIVE=1"), state.detail());
    }

    @Test
    void unknownPlatform() {
        NativeLibrary.State state = NativeLibrary.load(ParquetFrameEnvironment.of(Map.of()), null);
        assertFalse(state.loaded());
        assertTrue(state.detail().contains("no native library is built for"), state.detail());
    }

    @Test
    void libraryMissingFromTheJar() {
        NativeLibrary.State state = NativeLibrary.load(ParquetFrameEnvironment.of(Map.of()), "linux-riscv64");
        assertFalse(state.loaded());
        assertTrue(state.detail().contains("this build has no /native/linux-riscv64/"), state.detail());
    }

    @Test
    void aBrokenLibraryIsAReasonNotACrash() {
        NativeLibrary.State state = NativeLibrary.loadResource("/native/test-broken/libparquetframe_native.so");
        assertFalse(state.loaded());
        assertTrue(state.detail().contains("failed"), state.detail());
    }

    @Test
    void statusTellsTheTruth() {
        assertEquals(NativeLibrary.isAvailable(), NativeLibrary.status().startsWith("loaded: "));
        if (!NativeLibrary.isAvailable()) {
            assertThrows(IllegalStateException.class, NativeKernels::get);
        }
    }

    @Test
    void environmentThreadsAreChecked() {
        assertEquals(3, ParquetFrameEnvironment.of(Map.of(ParquetFrameEnvironment.THREADS, " 3 ")).threads().getAsInt());
        assertTrue(ParquetFrameEnvironment.of(Map.of()).threads().isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> ParquetFrameEnvironment.of(Map.of(ParquetFrameEnvironment.THREADS, "0")).threads());
        assertEquals("warn", ParquetFrameEnvironment.of(Map.of(ParquetFrameEnvironment.LOG, "WARN")).logLevel());
        assertNull(ParquetFrameEnvironment.of(Map.of(ParquetFrameEnvironment.LOG, "loud")).logLevel());
    }
}
