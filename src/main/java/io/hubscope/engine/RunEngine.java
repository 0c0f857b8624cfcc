package io.hubscope.engine;

import io.hubscope.disclosure.ObserverView;
import io.hubscope.metrics.Metric;
import io.hubscope.metrics.MetricAccumulator;
import io.hubscope.metrics.MetricContext;
import io.hubscope.metrics.MetricRegistry;
import io.hubscope.network.Detours;
import io.hubscope.results.MetricRow;
import io.hubscope.scenario.DisruptionSpec;
import io.hubscope.simulation.DisruptedShipments;
import io.hubscope.simulation.NodeOutage;
import io.hubscope.simulation.ParallelShards;
import io.hubscope.simulation.ReplicationSimulator;
import io.hubscope.simulation.ShardPlan;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.simulation.StreamSeeds;
import io.hubscope.util.Numbers;
import io.hubscope.util.RunProgress;
import io.hubscope.world.World;
import io.hubscope.world.WorldBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * Runs replications of one or more variants and computes every metric for every observer.
 *
 * <p>Per replication r: the world is built with seed {@code derive(seed, r, WORLD)}, shipments are simulated with
 * streams derived from (seed, r), then for every shard one accumulator per (observer, metric) reads the shard's
 * rows; accumulators are merged in shard order. Variants use the same derived seeds (common random numbers): a
 * variant that changes only what parties receive sees exactly the same shipments as the baseline.
 *
 * <p>Disruption experiment: when a disruption is configured (the request's override, else the variant's
 * {@code disruption} section) each replication is simulated a second time with the node stopped, row for row with
 * the same streams ({@link ReplicationSimulator#disrupt}); metrics see both runs. Its time counts in
 * {@code simulateMillis}.
 */
public final class RunEngine {

  /** The most workers a fork-join pool takes. */
  private static final int MAX_POOL_THREADS = 0x7fff;

  /**
   * What to run.
   *
   * @param variants variants, baseline first
   * @param replications replications per variant
   * @param seed master seed
   * @param threads worker threads
   * @param shardRows rows per shard
   * @param metrics metrics to compute
   * @param progress progress receiver
   * @param listener sees each replication's shipments
   * @param disruption node outage for the disruption experiment, overriding every variant's {@code disruption}
   *     section; null to use the scenario's own (if any)
   */
  public record Request(
      List<VariantModel> variants,
      int replications,
      long seed,
      int threads,
      int shardRows,
      MetricRegistry metrics,
      RunProgress progress,
      ReplicationListener listener,
      DisruptionSpec disruption) {

    /**
     * A request that uses the scenario's own disruption section, if any.
     *
     * @param variants variants, baseline first
     * @param replications replications per variant
     * @param seed master seed
     * @param threads worker threads
     * @param shardRows rows per shard
     * @param metrics metrics to compute
     * @param progress progress receiver
     * @param listener sees each replication's shipments
     */
    public Request(List<VariantModel> variants, int replications, long seed, int threads, int shardRows,
        MetricRegistry metrics, RunProgress progress, ReplicationListener listener) {
      this(variants, replications, seed, threads, shardRows, metrics, progress, listener, null);
    }

    /**
     * The disruption a variant runs: the request's override, else the variant's own section.
     *
     * @param model the variant
     * @return the disruption, or null for none
     */
    public DisruptionSpec disruptionOf(VariantModel model) {
      return disruption != null ? disruption : model.scenario().disruption();
    }
  }

  /** Timing and size of one replication. */
  public record ReplicationStats(
      String variant, int replication, long worldSeed, int shipments, long simulateMillis, long metricsMillis) {}

  /** What came out. */
  public record Result(List<MetricRow> rows, List<ReplicationStats> stats) {}

  private RunEngine() {}

  /**
   * Runs.
   *
   * @param request what to run
   * @return metric rows in (variant, replication, observer, metric) order, and per-replication statistics
   */
  public static Result run(Request request) {
    // A fork-join pool, so metrics that fold their buckets with parallel streams do it on these workers too (see
    // measure): the run uses at most --threads cores.
    ForkJoinPool executor = new ForkJoinPool(Math.min(Math.max(1, request.threads()), MAX_POOL_THREADS),
        RunEngine::worker, null, false);
    try {
      List<MetricRow> rows = new ArrayList<>();
      List<ReplicationStats> stats = new ArrayList<>();
      for (VariantModel model : request.variants()) {
        // the outage experiment and its detours depend on the variant only
        DisruptionSpec disruption = request.disruptionOf(model);
        NodeOutage outage = disruption == null ? null : NodeOutage.of(disruption, model.network());
        Detours detours = outage == null ? null : Detours.around(model.network(), model.routes(), outage.node());
        for (int rep = 1; rep <= request.replications(); rep++) {
          long worldSeed = worldSeed(request.seed(), rep);
          long t0 = System.nanoTime();
          World world = WorldBuilder.build(model.scenario(), worldSeed);
          ReplicationSimulator simulator = new ReplicationSimulator(model.scenario(), world, model.network(),
              model.routes(), request.seed(), rep, request.shardRows());
          ShipmentColumns shipments = simulator.simulate(executor, request.progress());
          DisruptedShipments disrupted = outage == null ? null
              : simulator.disrupt(shipments, outage, detours, executor, request.progress());
          long t1 = System.nanoTime();
          rows.addAll(measure(model, world, shipments, disrupted, request, rep, executor));
          long t2 = System.nanoTime();
          request.listener().replicationDone(model, rep, world, shipments);
          stats.add(new ReplicationStats(model.variant(), rep, worldSeed, shipments.size,
              (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000));
        }
      }
      return new Result(rows, stats);
    } finally {
      executor.shutdownNow();
    }
  }

  /**
   * The world seed of a replication.
   *
   * @param seed master seed
   * @param replication replication number
   * @return derived seed
   */
  public static long worldSeed(long seed, int replication) {
    return StreamSeeds.derive(seed, replication, StreamSeeds.Purpose.WORLD, 0);
  }

  /**
   * Computes every metric for every observer of one replication.
   *
   * @param model variant
   * @param world world
   * @param shipments shipments
   * @param disrupted the replication re-simulated with the disruption, or null
   * @param request request (metrics, seed, shard size)
   * @param rep replication number
   * @param executor workers; a fork-join pool (as {@link #run} makes) also carries the metrics' own parallel folds,
   *     any other executor leaves those to the JVM's common pool
   * @return rows in (observer, metric) order
   */
  public static List<MetricRow> measure(VariantModel model, World world, ShipmentColumns shipments,
      DisruptedShipments disrupted, Request request, int rep, ExecutorService executor) {
    List<Metric> metrics = request.metrics().all();
    List<ObserverView> views = model.views();
    int perShard = views.size() * metrics.size();
    ShardPlan plan = new ShardPlan(shipments.size, request.shardRows());
    int shards = plan.shards();
    List<MetricContext> contexts = new ArrayList<>();
    for (ObserverView view : views) {
      contexts.add(new MetricContext(model.scenario(), world, model.network(), model.routes(), model.plan(), view,
          request.seed(), rep, shipments.size, disrupted));
    }
    MetricAccumulator[] merged = new MetricAccumulator[perShard];
    for (int o = 0; o < views.size(); o++) {
      for (int m = 0; m < metrics.size(); m++) {
        merged[o * metrics.size() + m] = metrics.get(m).newAccumulator(contexts.get(o));
      }
    }
    // Shards run in waves of a few per thread; each wave is merged in shard order, which bounds memory to a
    // wave's accumulators and keeps the merge order (and so the result) independent of the thread count.
    int wave = Math.max(2, 2 * request.threads());
    for (int first = 0; first < shards; first += wave) {
      int waveStart = first;
      int waveSize = Math.min(wave, shards - first);
      MetricAccumulator[][] acc = new MetricAccumulator[waveSize][perShard];
      ParallelShards.run(executor, waveSize, k -> {
        int shard = waveStart + k;
        for (int o = 0; o < views.size(); o++) {
          for (int m = 0; m < metrics.size(); m++) {
            MetricAccumulator a = metrics.get(m).newAccumulator(contexts.get(o));
            a.add(shipments, plan.from(shard), plan.to(shard));
            acc[k][o * metrics.size() + m] = a;
          }
        }
      });
      for (int k = 0; k < waveSize; k++) {
        for (int j = 0; j < perShard; j++) {
          merged[j].merge(acc[k][j]);
        }
      }
    }
    List<MetricRow> rows = new ArrayList<>();
    String scenarioName = model.scenario().meta().name();
    // Some metrics fold their buckets with parallel streams, which run on the fork-join pool of the task that starts
    // them: run as a task of the engine's pool, they use its workers, not the JVM-wide common pool.
    ParallelShards.inPool(executor, () -> {
      for (int o = 0; o < views.size(); o++) {
        for (int m = 0; m < metrics.size(); m++) {
          int k = o * metrics.size() + m;
          String observer = views.get(o).id();
          String prefix = metrics.get(m).name() + ".";
          merged[k].emit((measure, group, value, unit) -> rows.add(new MetricRow(scenarioName, model.variant(),
              observer, rep, prefix + measure, group, Numbers.canonical(value), unit)));
        }
      }
    });
    return rows;
  }

  /** A worker of the engine's pool, named for thread dumps and profiles. */
  private static ForkJoinWorkerThread worker(ForkJoinPool pool) {
    ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
    t.setName("hubscope-worker-" + t.getPoolIndex());
    return t;
  }
}
