package org.parquetframe.benchmarks.graph;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.parquetframe.benchmarks.report.Json;
import org.parquetframe.benchmarks.report.MachineInfo;
import org.parquetframe.benchmarks.report.PeakMemory;
import org.parquetframe.cli.GraphModel;

/**
 * The end-to-end run: generates the graphs, then for each graph starts one measuring process per
 * system ({@link MeasureMain}) with the time budget, and gathers what they report. A system that
 * runs out of budget before finishing any kernel on a graph is not started on the larger graphs
 * of that model: their slots are reported as did-not-finish too.
 */
public final class EndToEndRunner {
  private static final long WARMUP_EDGES = 1_000;
  /** Rounds of every kernel on the warm-up graph: enough for the JIT to compile the SQL planner's hot paths. */
  private static final int WARMUP_ROUNDS = 3;

  private final BenchOptions options;
  private final PrintStream log;
  private final List<Measurement> measurements = new ArrayList<>();
  private final List<MemoryRecord> memory = new ArrayList<>();
  private final Set<String> gaveUp = new HashSet<>();

  private MachineInfo machine;
  private final Consumer<BenchResults> afterEachGraph;

  /**
   * @param afterEachGraph receives the results so far after each graph, so that a long run that is
   *     stopped leaves what it measured (the command line writes them out each time)
   */
  public EndToEndRunner(BenchOptions options, PrintStream log, Consumer<BenchResults> afterEachGraph) {
    this.options = options;
    this.log = log;
    this.afterEachGraph = afterEachGraph;
  }

  public BenchResults run() throws IOException, InterruptedException {
    machine = MachineInfo.now();
    log.println("load average at start: " + machine.loadAverageAtStart());
    Path dataDir = Path.of(options.dataDir()).toAbsolutePath();
    GraphCase warmup = new GraphCase(GraphModel.UNIFORM, WARMUP_EDGES, options.seed());
    GraphFiles.ensure(dataDir, warmup, log);
    long warmupStart = warmup.endpoints().start();
    for (GraphCase graph : options.cases()) {
      GraphFiles.ensure(dataDir, graph, log);
      GraphCase.Endpoints ends = graph.endpoints();
      for (String system : options.systems()) {
        MeasureTask task = new MeasureTask(system, dataDir.toString(), graph.model().cliName(), graph.edges(),
            graph.tableName(), warmup.tableName(), warmupStart, WARMUP_ROUNDS, ends.start(), ends.target(),
            options.kernels(), options.reps(), options.threads(), options.budgetSeconds());
        measure(task);
      }
      afterEachGraph.accept(resultsSoFar());
    }
    BenchResults results = resultsSoFar();
    log.println("load average at end: " + results.loadAverageAtEnd());
    return results;
  }

  private BenchResults resultsSoFar() {
    return BenchResults.of(machine, MachineInfo.currentLoadAverage(), options, measurements, memory);
  }

  private void measure(MeasureTask task) throws IOException, InterruptedException {
    String line = task.system() + " on " + task.table();
    String ladder = task.system() + "/" + task.model();
    if (gaveUp.contains(ladder)) {
      log.println(line + ": skipped, it finished no kernel on a smaller graph in time");
      fillMissing(task, Measurement.DID_NOT_FINISH, "not run: finished no kernel on a smaller graph in time");
      return;
    }
    log.println(line + " ...");
    List<Measurement> received = new ArrayList<>();
    PeakMemory[] peak = {null};
    long t0 = System.nanoTime();
    ChildJvm.Outcome outcome = ChildJvm.run(
        ChildJvm.command(options.heap(), MeasureMain.class.getName(), List.of(Json.line(task))),
        task.budgetSeconds(), text -> {
          Measurement m = ChildProtocol.measurement(text);
          if (m != null) {
            synchronized (received) {
              received.add(m);
            }
            log.printf("  %-22s %-5s median %.4f s  (%s)%n", m.kernel(), m.phase(), m.median(), m.answer());
          }
          PeakMemory p = ChildProtocol.memory(text);
          if (p != null) {
            peak[0] = p;
          }
        }, log);
    synchronized (received) {
      measurements.addAll(received);
    }
    PeakMemory last = peak[0];
    if (outcome.rssPeakWhenStopped() >= 0) { // stopped: its RSS peak is known, its heap peak only as reported
      last = new PeakMemory(last == null ? -1 : last.heapBytes(), outcome.rssPeakWhenStopped());
    }
    if (last != null) {
      memory.add(new MemoryRecord(task.system(), task.model(), task.edges(), last));
    }
    if (!outcome.succeeded()) {
      boolean ranAKernel = received.stream().anyMatch(m -> !m.kernel().equals(GraphKernel.BUILD));
      if (outcome.timedOut() && !ranAKernel) {
        gaveUp.add(ladder);
      }
      String status = outcome.timedOut() ? Measurement.DID_NOT_FINISH : Measurement.FAILED;
      fillMissing(task, status, outcome.describe());
    }
    log.printf("%s: %s in %.1f s%n", line, outcome.succeeded() ? "done" : outcome.describe(),
        (System.nanoTime() - t0) / 1e9);
  }

  /** Reports every slot of {@code task} that has no measurement yet with {@code status}. */
  private void fillMissing(MeasureTask task, String status, String why) {
    for (String[] slot : slots(task)) {
      boolean present = measurements.stream().anyMatch(m -> m.system().equals(task.system())
          && m.sameSlot(task.model(), task.edges(), slot[0], slot[1]));
      if (!present) {
        measurements.add(new Measurement(task.system(), task.model(), task.edges(), slot[0], slot[1], List.of(),
            status, why));
      }
    }
  }

  /** The (kernel, phase) pairs a system reports. */
  static List<String[]> slots(MeasureTask task) {
    List<String[]> slots = new ArrayList<>();
    slots.add(new String[] {GraphKernel.BUILD, "cold"});
    for (String kernel : task.kernels()) {
      if (task.system().equals(BenchOptions.JGRAPHT)) {
        slots.add(new String[] {kernel, "run"});
      } else {
        slots.add(new String[] {kernel, "cold"});
        slots.add(new String[] {kernel, "warm"});
      }
    }
    return slots;
  }
}
