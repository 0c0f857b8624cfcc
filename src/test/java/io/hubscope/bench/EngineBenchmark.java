package io.hubscope.bench;

import io.hubscope.engine.ReplicationListener;
import io.hubscope.engine.RunEngine;
import io.hubscope.engine.VariantModel;
import io.hubscope.metrics.MetricRegistry;
import io.hubscope.scenario.LoadedScenario;
import io.hubscope.scenario.ScenarioLoader;
import io.hubscope.scenario.CustomerSpec;
import io.hubscope.scenario.NetworkSpec;
import io.hubscope.scenario.Scenario;
import io.hubscope.simulation.ReplicationSimulator;
import io.hubscope.simulation.ShardPlan;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.util.RunProgress;
import io.hubscope.world.World;
import io.hubscope.world.WorldBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Throughput of one replication of {@code scenarios/liege-baseline.yaml} on ONE thread: shipment generation, timed
 * hops with capacity, disclosure (each observer's view) and the metrics selected by {@code metrics} — the engine
 * issue's set ({@code coverage,exposure}) or every metric ({@code all}). The consumer population and the nodes' daily
 * capacities are scaled so a replication has about {@code shipments} shipments on a network as loaded as the
 * scenario's; the world is built once in setup (not measured).
 *
 * <p>Run: {@code bench/run EngineBenchmark -f 1 -wi 6 -i 10 -p metrics=coverage+exposure} (add
 * {@code -p shipments=1000000,10000000} for both points). Each operation is one replication (single shot), so the
 * warm-up iterations are what let the JIT compile the hot loops: with two, the first measured replications still run
 * partly interpreted code. Shipments per second per core = {@code shipmentsProcessed} / iterations / time per
 * operation; the README records the time per operation and that ratio. After each iteration, untimed, the issue's
 * yardstick loop ({@link Yardstick}) runs and both speeds are printed; at the end, the engine's mean per band of the
 * yardstick's speed, to read the figures by how fast the shared machine was at each replication.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class EngineBenchmark {

  /** Target shipments per replication. */
  @Param({"1000000", "10000000"})
  public int shipments;

  /** Metric selection: the engine issue's metrics, or all. */
  @Param({"coverage+exposure", "all"})
  public String metrics;

  VariantModel model;
  World world;
  ForkJoinPool single;
  MetricRegistry registry;
  int replication;
  Yardstick yardstick;
  /** Wall time of the last replication, and the measured iterations' engine and yardstick speeds. */
  long lastNanos;
  long lastShipments;
  final List<double[]> measured = new ArrayList<>();

  /** Per-iteration counters JMH reports beside the time. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Counters {
    /** Shipments processed. */
    public long shipmentsProcessed;
  }

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    LoadedScenario base = ScenarioLoader.load(Path.of("scenarios/liege-baseline.yaml"), null);
    // liege-baseline simulates ~1.9M shipments per replication with its consumer count; scale it linearly.
    double volume = shipments / 1_900_000.0;
    Scenario s = base.scenario();
    CustomerSpec.Consumers c = s.customers().consumers();
    int scaled = (int) Math.round(c.count() * volume);
    CustomerSpec customers = new CustomerSpec(new CustomerSpec.Consumers(scaled, c.ordersPerYear(),
        c.categoryPreferences(), c.byDestination()), s.customers().businesses());
    // node capacities scale with the volume too, so every size is the same network at a different scale (a fixed
    // network would be overloaded at 10M and the benchmark would time backlogs, not throughput)
    NetworkSpec net = s.network();
    List<NetworkSpec.Node> nodes = net.nodes().stream().map(n -> new NetworkSpec.Node(n.id(), n.name(), n.type(),
        n.operator(), n.capacityPerDay() == null ? null : Math.max(1L, Math.round(n.capacityPerDay() * volume)),
        n.dwellHours())).toList();
    NetworkSpec scaledNetwork = new NetworkSpec(nodes, net.lanes(), net.routing());
    Scenario bench = new Scenario(s.meta(), s.regions(), s.parties(), scaledNetwork, s.catalogue(), s.merchants(),
        customers, s.demand(), s.fields(), s.messages(), s.transforms(), s.observers(), s.needs(), s.disruption(),
        s.analysis(), s.variants());
    model = VariantModel.of(new LoadedScenario(base.file(), base.sha256(), "bench", base.tree(), bench,
        List.of()));
    world = WorldBuilder.build(model.scenario(), RunEngine.worldSeed(1, 1));
    // a pool of one worker, as `--threads 1` makes: the benchmark's thread runs the shards itself (ParallelShards) and
    // the worker runs the metrics' emit with their own parallel folds (the JVM's common pool would add a core)
    single = new ForkJoinPool(1);
    registry = metrics.equals("all") ? MetricRegistry.standard()
        : MetricRegistry.standard().select(List.of(metrics.split("[+]")));
    yardstick = new Yardstick();
  }

  /**
   * After each iteration (not timed): the yardstick loop ({@link Yardstick}), printed beside the replication's
   * speed, to read each replication by how fast the shared machine was at that moment.
   *
   * @param iteration the iteration's parameters (warm-up or measurement)
   */
  @TearDown(Level.Iteration)
  public void timeYardstick(IterationParams iteration) {
    double engine = lastShipments * 1e3 / lastNanos;
    double loop = yardstick.shipmentsPerSecond() / 1e6;
    boolean measurement = iteration.getType() == IterationType.MEASUREMENT;
    if (measurement) {
      measured.add(new double[] {engine, loop});
    }
    System.out.printf(Locale.ROOT, "%n  (%s: engine %.2f M/s, yardstick %.1f M/s)%n",
        measurement ? "measured" : "warm-up", engine, loop);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    single.shutdownNow();
    if (!measured.isEmpty()) {
      System.out.printf(Locale.ROOT, "%n  engine against yardstick (M shipments/s, measured iterations):%n");
      // the issue measured its yardstick at about 20 M/s: bands of the machine's speed at each replication
      String[] labels = {String.format(Locale.ROOT, "yardstick >= %.0f", Yardstick.BANDS[0]),
          String.format(Locale.ROOT, "yardstick %.0f-%.0f", Yardstick.BANDS[1], Yardstick.BANDS[0]),
          String.format(Locale.ROOT, "yardstick %.0f-%.0f", 0.0, Yardstick.BANDS[1])};
      for (int band = 0; band < labels.length; band++) {
        double engine = 0;
        double loop = 0;
        int n = 0;
        for (double[] m : measured) {
          if (Yardstick.band(m[1]) == band) {
            engine += m[0];
            loop += m[1];
            n++;
          }
        }
        System.out.printf(Locale.ROOT, "  %-16s %2d iterations%s%n", labels[band], n, n == 0 ? ""
            : String.format(Locale.ROOT, ", engine mean %.2f, yardstick mean %.1f", engine / n, loop / n));
      }
      System.out.println("  (yardstick checksum " + yardstick.sink() + ")");
    }
  }

  @Benchmark
  public int replication(Counters counters) {
    long t0 = System.nanoTime();
    replication++;
    ShipmentColumns s = new ReplicationSimulator(model.scenario(), world, model.network(), model.routes(), 1,
        replication, ShardPlan.DEFAULT_SHARD_ROWS).simulate(single, RunProgress.NONE);
    RunEngine.Request request = new RunEngine.Request(List.of(model), 1, 1, 1, ShardPlan.DEFAULT_SHARD_ROWS,
        registry, RunProgress.NONE, ReplicationListener.NONE);
    int rows = RunEngine.measure(model, world, s, null, request, replication, single).size();
    counters.shipmentsProcessed += s.size;
    lastShipments = s.size;
    lastNanos = System.nanoTime() - t0;
    return rows;
  }
}
