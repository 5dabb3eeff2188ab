package org.parquetframe.benchmarks.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.parquetframe.benchmarks.report.PeakMemory;

/**
 * Runs a main class in a fresh JVM on this JVM's class path, so that each system is measured in
 * a process of its own (its peak memory is its own, and one system's garbage cannot slow the
 * other), with a wall-time budget after which the process is stopped.
 */
final class ChildJvm {
  private static final int KEPT_ERROR_LINES = 5;

  /**
   * How a child ended: its exit code, whether the budget ran out, its last lines of standard error,
   * and, when it was stopped, its peak resident memory until then (-1 otherwise or unknown).
   */
  record Outcome(int exitCode, boolean timedOut, List<String> lastErrors, long rssPeakWhenStopped) {
    boolean succeeded() {
      return !timedOut && exitCode == 0;
    }

    String describe() {
      if (timedOut) {
        return "did not finish within the time budget";
      }
      return "exit code " + exitCode + (lastErrors.isEmpty() ? "" : ": " + String.join(" / ", lastErrors));
    }
  }

  private ChildJvm() {}

  /** The command line of {@code java -Xmx<heap> -cp <this class path> mainClass args...}. */
  static List<String> command(String heap, String mainClass, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (heap != null) {
      command.add("-Xmx" + heap);
    }
    command.add("-Djava.awt.headless=true");
    command.add("-Dslf4j.internal.verbosity=ERROR");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(args);
    return command;
  }

  /**
   * Runs {@code command}, handing each line of its standard output to {@code lines} as it comes
   * and copying its standard error to {@code err}; stops it when {@code budgetSeconds} pass.
   */
  static Outcome run(List<String> command, long budgetSeconds, Consumer<String> lines, PrintStream err)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).start();
    Deque<String> lastErrors = new ArrayDeque<>();
    Thread errors = pump(process.getErrorStream(), line -> {
      err.println("    | " + line);
      synchronized (lastErrors) {
        lastErrors.addLast(line);
        if (lastErrors.size() > KEPT_ERROR_LINES) {
          lastErrors.removeFirst();
        }
      }
    });
    Thread output = pump(process.getInputStream(), lines);
    boolean finished = process.waitFor(budgetSeconds, TimeUnit.SECONDS);
    long rssPeak = -1;
    if (!finished) {
      // A stopped child cannot report its memory: read its peak while it still exists.
      rssPeak = PeakMemory.residentPeak(Path.of("/proc", Long.toString(process.pid()), "status"));
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor();
    }
    output.join();
    errors.join();
    synchronized (lastErrors) {
      return new Outcome(process.exitValue(), !finished, List.copyOf(lastErrors), rssPeak);
    }
  }

  private static Thread pump(InputStream stream, Consumer<String> lines) {
    Thread thread = new Thread(() -> {
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          lines.accept(line);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, "child-jvm-pump");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
