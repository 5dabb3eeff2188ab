package org.parquetframe.nativekernels;

import java.util.Locale;

/**
 * Names the platform the way the jar lays out its libraries: {@code /native/<os>-<arch>/}, with os
 * {@code linux}, {@code macos} or {@code windows} and arch {@code x86_64} or {@code aarch64}
 * (docs/native.md). The Maven profiles of this module use the same names.
 */
public final class NativePlatform {

    private NativePlatform() {
    }

    /** {@code <os>-<arch>} for this JVM, or null when we have no recipe for it. */
    public static String current() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    static String of(String osName, String osArch) {
        String name = osName.toLowerCase(Locale.ROOT);
        String os = name.startsWith("linux") ? "linux"
                : name.startsWith("mac") || name.startsWith("darwin") ? "macos"
                : name.startsWith("windows") ? "windows" : null;
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        return os == null || arch == null ? null : os + "-" + arch;
    }

    /** Where the library for {@code platform} lies in the jar. */
    public static String resource(String platform) {
        String file = platform.startsWith("windows") ? "parquetframe_native.dll"
                : platform.startsWith("macos") ? "libparquetframe_native.dylib" : "libparquetframe_native.so";
        return "/native/" + platform + "/" + file;
    }
}
