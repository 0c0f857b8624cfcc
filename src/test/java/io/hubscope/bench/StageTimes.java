package io.hubscope.bench;

import io.hubscope.engine.ReplicationListener;
import io.hubscope.engine.RunEngine;
import io.hubscope.engine.VariantModel;
import io.hubscope.metrics.MetricRegistry;
import io.hubscope.scenario.ScenarioLoader;
import io.hubscope.simulation.ReplicationSimulator;
import io.hubscope.simulation.ShardPlan;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.util.RunProgress;
import io.hubscope.world.World;
import io.hubscope.world.WorldBuilder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;

/**
 * Where a replication's time goes, per shipment, on ONE worker: the CPU time of the calling thread and the worker
 * (so neither the JIT compiler's threads nor the garbage collector's count), best of several replications, for
 * generation, the hop-by-hop stage (run again on the same orders) and the engine's own metrics (coverage and exposure).
 * "Generation" is the simulation minus that second hop-by-hop run, so it also holds allocating and zeroing the
 * shipment columns, the daily order counts and the first position's arrival counts; the total is simulation plus
 * metrics of one replication.
 * A companion to {@link EngineBenchmark}, whose wall-clock figure this splits; CPU time is steadier than wall time on
 * a shared machine.
 *
 * <p>Run: {@code bench/stages [SCENARIO | SHIPMENTS] [REPLICATIONS] [each]} (default
 * {@code scenarios/liege-baseline.yaml}, 12; a number of shipments instead of a scenario runs {@link EngineBenchmark}'s
 * liege-baseline scaled to that size; {@code each} also prints every replication's figures, to see which stage a
 * slow minute of the machine slows most).
 */
public final class StageTimes {

  private StageTimes() {}

  /**
   * Prints the per-shipment times.
   *
   * @param args optional scenario file and number of replications
   * @throws Exception when the scenario cannot be read
   */
  public static void main(String[] args) throws Exception {
    String what = args.length > 0 ? args[0] : "scenarios/liege-baseline.yaml";
    int replications = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    boolean each = args.length > 2 && args[2].equals("each");
    VariantModel model;
    World world;
    if (what.matches("[0-9]+")) {
      // a number of shipments: EngineBenchmark's liege-baseline scaled to that size
      EngineBenchmark scaled = new EngineBenchmark();
      scaled.shipments = Integer.parseInt(what);
      scaled.metrics = "coverage+exposure";
      scaled.setUp();
      scaled.tearDown();
      model = scaled.model;
      world = scaled.world;
    } else {
      model = VariantModel.of(ScenarioLoader.load(Path.of(what), null));
      world = WorldBuilder.build(model.scenario(), RunEngine.worldSeed(1, 1));
    }
    ForkJoinPool one = new ForkJoinPool(1);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long caller = Thread.currentThread().getId();
    long worker = one.submit(() -> Thread.currentThread().getId()).get();
    RunEngine.Request request = new RunEngine.Request(List.of(model), 1, 1, 1, ShardPlan.DEFAULT_SHARD_ROWS,
        MetricRegistry.standard().select(List.of("coverage", "exposure")), RunProgress.NONE,
        ReplicationListener.NONE);
    // per replication: generation (simulate minus the hop stage run again on the same orders), hops, metrics, total
    double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    try {
      for (int rep = 1; rep <= replications; rep++) {
        ReplicationSimulator simulator = new ReplicationSimulator(model.scenario(), world, model.network(),
            model.routes(), 1, rep, ShardPlan.DEFAULT_SHARD_ROWS);
        long t0 = cpu(threads, caller, worker);
        ShipmentColumns s = simulator.simulate(one, RunProgress.NONE);
        long t1 = cpu(threads, caller, worker);
        simulator.travel(s, one);
        long t2 = cpu(threads, caller, worker);
        RunEngine.measure(model, world, s, null, request, rep, one);
        long t3 = cpu(threads, caller, worker);
        double n = s.size;
        best[0] = Math.min(best[0], ((t1 - t0) - (t2 - t1)) / n);
        best[1] = Math.min(best[1], (t2 - t1) / n);
        best[2] = Math.min(best[2], (t3 - t2) / n);
        best[3] = Math.min(best[3], ((t1 - t0) + (t3 - t2)) / n);
        if (each) {
          System.out.printf(Locale.ROOT, "  replication %d: generation %.0f, hops %.0f, metrics %.0f ns%n", rep,
              ((t1 - t0) - (t2 - t1)) / n, (t2 - t1) / n, (t3 - t2) / n);
        }
      }
    } finally {
      one.shutdownNow();
    }
    System.out.printf(Locale.ROOT, "%s, best of %d replications (each figure its own best), CPU ns per shipment:%n",
        what, replications);
    System.out.printf(Locale.ROOT, "  generation %.0f, hop-by-hop with capacity %.0f, coverage + exposure %.0f%n",
        best[0], best[1], best[2]);
    System.out.printf(Locale.ROOT, "  total %.0f ns = %.2f M shipments per second per core%n", best[3], 1e3 / best[3]);
  }

  private static long cpu(ThreadMXBean threads, long caller, long worker) {
    return threads.getThreadCpuTime(caller) + threads.getThreadCpuTime(worker);
  }
}
