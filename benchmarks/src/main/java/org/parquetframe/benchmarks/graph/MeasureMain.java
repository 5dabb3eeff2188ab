package org.parquetframe.benchmarks.graph;

import java.io.PrintStream;
import org.parquetframe.benchmarks.report.Json;
import org.parquetframe.benchmarks.report.PeakMemory;

/**
 * The measuring process: runs one {@link MeasureTask} (its only argument, as JSON) and prints its
 * measurements and peak memory in the {@link ChildProtocol} on standard output.
 */
public final class MeasureMain {
  private MeasureMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: MeasureMain <task as JSON>; started by bin/parquetframe bench");
      System.exit(2);
    }
    MeasureTask task = Json.parseLine(args[0], MeasureTask.class);
    PrintStream out = System.out;
    Runnable reportMemory = () -> {
      out.println(ChildProtocol.line(PeakMemory.ofThisProcess()));
      out.flush();
    };
    java.util.function.Consumer<Measurement> sink = m -> {
      out.println(ChildProtocol.line(m));
      out.flush();
    };
    if (task.system().equals(BenchOptions.JGRAPHT)) {
      new JGraphTSystem(task, sink).run(reportMemory);
    } else {
      new ParquetFrameSystem(task, sink).run(reportMemory);
    }
    reportMemory.run();
  }
}
