package org.parquetframe.nativekernels;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Loads the native kernel library once per JVM, on first use: from {@code /native/<os>-<arch>/}
 * in the jar to a temporary file, then {@link System#load}. Any failure (disabled, no library for
 * this platform, a library that does not link, a missing symbol, a version mismatch)
 * leaves it unavailable with a reason, logged once and shown by {@code pf_debug_info()}; nothing
 * is thrown, and callers use the JVM kernels instead.
 */
public final class NativeLibrary {

    private static final ParquetFrameLog LOG = ParquetFrameLog.get(NativeLibrary.class);

    /** Whether the library is usable and, either way, what happened. */
    record State(boolean loaded, String detail) {
    }

    private NativeLibrary() {
    }

    /** Whether native kernels can run in this JVM (loads the library on first call). */
    public static boolean isAvailable() {
        return Holder.STATE.loaded();
    }

    /** What loading did: where the library came from and how it was built, or why it is not used. */
    public static String status() {
        State state = Holder.STATE;
        return (state.loaded() ? "loaded: " : "not loaded: ") + state.detail();
    }

    /**
     * Throws when native kernels cannot run, with the reason.
     *
     * @throws IllegalStateException when the library is not loaded
     */
    public static void require() {
        State state = Holder.STATE;
        if (!state.loaded()) {
            throw new IllegalStateException("the native engine is not available (" + state.detail()
                    + "); use engine => 'jvm' or 'auto'");
        }
    }

    /** Holder idiom: the library is loaded once, the first time anybody asks. */
    private static final class Holder {
        static final State STATE = logged(load(ParquetFrameEnvironment.system(), NativePlatform.current()));
    }

    private static State logged(State state) {
        if (state.loaded()) {
            LOG.info("native graph kernels loaded: " + state.detail());
        } else {
            LOG.info("native graph kernels not loaded, the JVM kernels run instead: " + state.detail());
        }
        return state;
    }

    /** Tries to load the library for {@code platform}; package-private so that tests can aim it elsewhere. */
    static State load(ParquetFrameEnvironment environment, String platform) {
        if (environment.nativeDisabled()) {
            return new State(false, "disabled by the environment variable " + ParquetFrameEnvironment.DISABLE_NATIVE
                    + "=" + environment.get(ParquetFrameEnvironment.DISABLE_NATIVE));
        }
        if (platform == null) {
            return new State(false, "no native library is built for " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch"));
        }
        return loadResource(NativePlatform.resource(platform));
    }

    static State loadResource(String resource) {
        URL url = NativeLibrary.class.getResource(resource);
        if (url == null) {
            return new State(false, "this build has no " + resource
                    + " (it was built without a C compiler, or for another platform)");
        }
        try {
            Path file = extract(url, resource);
            try {
                System.load(file.toAbsolutePath().toString());
            } finally {
                deleteUnlessWindows(file);
            }
            int api = NativeMethods.apiVersion();
            if (api != NativeMethods.API_VERSION) {
                return new State(false, resource + " implements native API " + api + ", this driver needs "
                        + NativeMethods.API_VERSION + " (a library from another version)");
            }
            return new State(true, resource + " (" + NativeMethods.describe() + ")");
        } catch (IOException | RuntimeException | LinkageError e) {
            return failed(resource, e);
        }
    }

    private static State failed(String resource, Throwable e) {
        LOG.warnOnce("native-load-failure", "could not load the native graph kernels from " + resource + ": " + e
                + "; the JVM kernels run instead");
        return new State(false, "loading " + resource + " failed: " + e);
    }

    private static Path extract(URL url, String resource) throws IOException {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        Path file = Files.createTempFile("parquetframe-native-", name.substring(dot));
        try (InputStream in = url.openStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        file.toFile().deleteOnExit();
        return file;
    }

    /** A loaded library stays mapped after its file is gone, except on Windows, where deleteOnExit applies. */
    private static void deleteUnlessWindows(Path file) {
        if (!System.getProperty("os.name", "").startsWith("Windows")) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // deleteOnExit tries again
            }
        }
    }
}
