package io.hubscope.metrics;

import io.hubscope.network.RouteTable;
import io.hubscope.scenario.CustomerSpec;
import io.hubscope.simulation.DisruptedShipments;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.world.BusinessTable;
import io.hubscope.world.SupplyLinkTable;
import io.hubscope.world.World;
import java.lang.ref.WeakReference;
import java.util.List;

/**
 * The disruption experiment: what happens to deliveries, and which firms run out of a critical input, when the
 * configured node stops for D days ({@code disruption} in the scenario, or {@code hubscope run --disrupt}).
 *
 * <p>The engine simulates each replication twice with the same random streams (common random numbers): as planned,
 * and with the node's capacity at 0 on its down days, parcels that would reach it then switching to the cheapest
 * detour around it where one exists and the detour's next node has room that day, and waiting for it otherwise
 * ({@link io.hubscope.simulation.ReplicationSimulator#disrupt}). Row i is the same order in both runs, so each
 * shipment's delay is {@code delta_i = t_delivery(disrupted) - t_delivery(baseline)}.
 *
 * <p>Measures (groups: empty for all shipments, {@code region=<destination id>}, {@code sector=<id>} for firms of a
 * sector, {@code sector=consumers}):
 * <ul>
 *   <li>{@code delayed_share}: share of shipments with delta &gt;= 1 hour;</li>
 *   <li>{@code undelivered_share}: share of shipments delivered by the deadline in the baseline but not in the
 *       disrupted run; deadline = end of the horizon + 7 days of grace (a parcel ordered on the last day normally
 *       arrives within a week);</li>
 *   <li>{@code delay_hours_mean} (empty group only): mean delta over delayed shipments, hours;</li>
 *   <li>{@code rerouted_share} (empty group only): share of shipments that took a detour;</li>
 *   <li>{@code exposed_businesses} (count) and {@code exposed_share} (share of firms; empty group and
 *       {@code sector=<id>}): firms with a critical input whose time-to-survive is shorter than its time-to-recover
 *       (Simchi-Levi et al., "Identifying risks and mitigating disruptions in the automotive supply chain",
 *       Interfaces 45(5), 2015).</li>
 * </ul>
 *
 * <p><b>Time-to-survive</b> (TTS) of a firm's input: its {@code inventoryDays} (days of cover; inputs without one
 * are not assessed). <b>Time-to-recover</b> (TTR): the longest supply gap the outage opens on the input's flow. For
 * an origin-destination pair with baseline flow lambda (shipments per day over the horizon), the backlog at time t is
 * the number of its delayed shipments that were due by t (baseline delivery) but have not arrived (disrupted
 * delivery); TTR(pair) = max<sub>t</sub> backlog(t) / lambda, in days of the pair's flow (hourly resolution). Where
 * parcels must wait for the node this is about D plus the days needed to clear the backlog once it reopens; where
 * they can reroute it shrinks to what the detour costs. A firm's parcels are a thinning of the pair's flow, so the
 * input's TTR is the largest TTR over its suppliers' pairs; the firm is exposed if TTS &lt; TTR for any input.
 *
 * <p>Observers: the experiment does not depend on who observes, so every observer gets the same rows (they keep the
 * per-observer tables complete; each shard is counted once, by the first observer's accumulator, and its counts shared
 * with the others); nothing is emitted when no disruption is configured. Cost O(n) per replication with integer
 * counters and hourly backlog histograms per pair (delays in whole minutes), merged by addition.
 */
public final class DisruptionMetric implements Metric {

  /** A shipment counts as delayed from this many hours late. */
  public static final double DELAY_THRESHOLD_HOURS = 1.0;
  /** Days after the horizon by which a shipment still counts as delivered. */
  public static final int GRACE_DAYS = 7;
  /** Days after the horizon covered by the backlog histograms (later deliveries fall in the last hour). */
  static final int HISTOGRAM_MARGIN_DAYS = 120;

  @Override
  public String name() {
    return "disruption";
  }

  @Override
  public String description() {
    return "Delayed and undelivered shipments by region and sector, and firms whose inventory cover is shorter than "
        + "the time to recover, when the configured node stops (common random numbers).";
  }

  @Override
  public MetricAccumulator newAccumulator(MetricContext context) {
    return new Accumulator(context);
  }

  /**
   * The state after the last shard a thread added: the experiment does not depend on the observer, and the engine
   * runs every observer's accumulator of a shard in a row on one thread, so the first one adds the rows and the
   * others share its (copy-on-write) counts instead of adding them again ({@link ShardLocal}, which also checks the
   * rows).
   */
  private record Shard(WeakReference<DisruptedShipments> disrupted, Counts state) {}

  /**
   * An accumulator's counts, per group (destinations, then business sectors, then consumers) and per route pair
   * (shipments, and the late shipments' change per hour of the number still on their way, created when first needed).
   */
  private static final class Counts {
    final long[] total;
    final long[] delayed;
    final long[] undelivered;
    final long[] pairCount;
    final int[][] backlog;
    long delayMinutes;
    long delayedCount;
    long rerouted;

    Counts(int groups, int pairs) {
      this(new long[groups], new long[groups], new long[groups], new long[pairs], new int[pairs][]);
    }

    private Counts(long[] total, long[] delayed, long[] undelivered, long[] pairCount, int[][] backlog) {
      this.total = total;
      this.delayed = delayed;
      this.undelivered = undelivered;
      this.pairCount = pairCount;
      this.backlog = backlog;
    }

    /** A private copy (for an accumulator that shared these counts and is about to change them). */
    Counts copy() {
      int[][] histograms = backlog.clone();
      for (int p = 0; p < histograms.length; p++) {
        histograms[p] = histograms[p] == null ? null : histograms[p].clone();
      }
      Counts c = new Counts(total.clone(), delayed.clone(), undelivered.clone(), pairCount.clone(), histograms);
      c.delayMinutes = delayMinutes;
      c.delayedCount = delayedCount;
      c.rerouted = rerouted;
      return c;
    }

    /** Adds another accumulator's counts. */
    void add(Counts o) {
      addInto(total, o.total);
      addInto(delayed, o.delayed);
      addInto(undelivered, o.undelivered);
      addInto(pairCount, o.pairCount);
      delayMinutes += o.delayMinutes;
      delayedCount += o.delayedCount;
      rerouted += o.rerouted;
      for (int p = 0; p < backlog.length; p++) {
        if (o.backlog[p] == null) {
          continue;
        }
        if (backlog[p] == null) {
          backlog[p] = o.backlog[p].clone();
        } else {
          for (int h = 0; h < backlog[p].length; h++) {
            backlog[p][h] += o.backlog[p][h];
          }
        }
      }
    }

    private static void addInto(long[] a, long[] b) {
      for (int i = 0; i < a.length; i++) {
        a[i] += b[i];
      }
    }
  }

  private static final ShardLocal<Shard> SAME_SHARD = new ShardLocal<>();

  private static final class Accumulator implements MetricAccumulator {
    private final MetricContext context;
    private final DisruptedShipments disrupted;
    private final World world;
    private final int destinations;
    private final int sectors;
    private final int hours;
    private final double deadline;
    private final int[] routePair;
    private final int[] routeDestination;
    private Counts counts;
    /** Nothing added or merged yet. */
    private boolean fresh = true;
    /** The counts are shared with other observers' accumulators of the same shard: copy before changing them. */
    private boolean shared;

    Accumulator(MetricContext context) {
      this.context = context;
      this.disrupted = context.disruption();
      this.world = context.world();
      this.destinations = world.index().destinationCount();
      this.sectors = sectorList(context).size();
      this.hours = (context.horizonDays() + HISTOGRAM_MARGIN_DAYS) * 24;
      this.deadline = (context.horizonDays() + GRACE_DAYS) * 24.0;
      RouteTable routes = context.routes();
      routePair = new int[routes.routeCount()];
      for (int r = 0; r < routePair.length; r++) {
        routePair[r] = routes.routePair(r);
      }
      routeDestination = EconomicMetric.routeDestinations(context);
      counts = new Counts(destinations + sectors + 1, routes.pairCount());
    }

    @Override
    public void add(ShipmentColumns s, int from, int to) {
      if (disrupted == null) {
        return;
      }
      if (fresh) {
        fresh = false;
        // the first accumulator of the shard adds the rows (taking its own counts back changes nothing)
        counts = SAME_SHARD.get(s, from, to, done -> done.disrupted().get() == disrupted, () -> {
          addRows(s, from, to);
          return new Shard(new WeakReference<>(disrupted), counts);
        }).state();
        shared = true;
        return;
      }
      unshare();
      addRows(s, from, to);
    }

    /** Takes a private copy of shared counts before a change. */
    private void unshare() {
      fresh = false;
      if (shared) {
        counts = counts.copy();
        shared = false;
      }
    }

    private void addRows(ShipmentColumns s, int from, int to) {
      Counts c = counts;
      ShipmentColumns d = disrupted.shipments();
      int consumers = world.consumerCount();
      BusinessTable firms = world.businesses();
      for (int i = from; i < to; i++) {
        int r = s.recipient[i];
        int sector = r < consumers ? sectors : firms.sector(r - consumers);
        int region = routeDestination[s.route[i]];
        int sectorGroup = destinations + sector;
        int pair = routePair[s.route[i]];
        c.pairCount[pair]++;
        c.total[region]++;
        c.total[sectorGroup]++;
        if (disrupted.rerouted(i)) {
          c.rerouted++;
        }
        double base = s.tDelivery[i];
        double late = d.tDelivery[i];
        double delta = late - base;
        if (base <= deadline && late > deadline) {
          c.undelivered[region]++;
          c.undelivered[sectorGroup]++;
        }
        if (delta >= DELAY_THRESHOLD_HOURS) {
          c.delayed[region]++;
          c.delayed[sectorGroup]++;
          c.delayedCount++;
          c.delayMinutes += Math.round(delta * 60);
          int[] h = c.backlog[pair];
          if (h == null) {
            h = new int[hours];
            c.backlog[pair] = h;
          }
          h[bin(base)]++;
          h[bin(late)]--;
        }
      }
    }

    private int bin(double t) {
      return (int) Math.max(0, Math.min(hours - 1, Math.floor(t)));
    }

    @Override
    public void merge(MetricAccumulator other) {
      unshare();
      counts.add(((Accumulator) other).counts);
    }

    @Override
    public void emit(MetricSink sink) {
      if (disrupted == null) {
        return;
      }
      List<CustomerSpec.Sector> sectorSpecs = sectorList(context);
      Counts c = counts;
      long all = 0;
      long allDelayed = 0;
      long allUndelivered = 0;
      for (int g = 0; g < destinations; g++) {
        all += c.total[g];
        allDelayed += c.delayed[g];
        allUndelivered += c.undelivered[g];
      }
      sink.accept("delayed_share", "", CoverageMetric.ratio(allDelayed, all), "share");
      sink.accept("undelivered_share", "", CoverageMetric.ratio(allUndelivered, all), "share");
      for (int g = 0; g < destinations + sectors + 1; g++) {
        String group = g < destinations ? Groups.of("region", world.index().destinationAt(g).id())
            : Groups.of("sector", g - destinations < sectors ? sectorSpecs.get(g - destinations).id() : "consumers");
        sink.accept("delayed_share", group, CoverageMetric.ratio(c.delayed[g], c.total[g]), "share");
        sink.accept("undelivered_share", group, CoverageMetric.ratio(c.undelivered[g], c.total[g]), "share");
      }
      sink.accept("delay_hours_mean", "", c.delayedCount == 0 ? Double.NaN : c.delayMinutes / 60.0 / c.delayedCount,
          "hours");
      sink.accept("rerouted_share", "", CoverageMetric.ratio(c.rerouted, all), "share");
      double[] ttr = pairRecoveryDays();
      BusinessTable firms = world.businesses();
      SupplyLinkTable links = world.supplyLinks();
      RouteTable routes = context.routes();
      long exposed = 0;
      long[] exposedBySector = new long[sectors];
      for (int b = 0; b < firms.count(); b++) {
        if (exposed(b, firms, links, routes, ttr)) {
          exposed++;
          exposedBySector[firms.sector(b)]++;
        }
      }
      sink.accept("exposed_businesses", "", exposed, "count");
      sink.accept("exposed_share", "", CoverageMetric.ratio(exposed, firms.count()), "share");
      for (int sec = 0; sec < sectors; sec++) {
        int n = firms.firstBusiness(sec + 1) - firms.firstBusiness(sec);
        sink.accept("exposed_share", Groups.of("sector", sectorSpecs.get(sec).id()),
            CoverageMetric.ratio(exposedBySector[sec], n), "share");
      }
    }

    /** TTR per origin-destination pair, days: largest backlog of late shipments over the pair's daily flow. */
    private double[] pairRecoveryDays() {
      int[][] backlog = counts.backlog;
      long[] pairCount = counts.pairCount;
      double[] ttr = new double[backlog.length];
      for (int p = 0; p < backlog.length; p++) {
        if (backlog[p] == null || pairCount[p] == 0) {
          continue;
        }
        long running = 0;
        long max = 0;
        for (int h = 0; h < hours; h++) {
          running += backlog[p][h];
          max = Math.max(max, running);
        }
        ttr[p] = max / (pairCount[p] / (double) context.horizonDays());
      }
      return ttr;
    }

    private boolean exposed(int b, BusinessTable firms, SupplyLinkTable links, RouteTable routes, double[] ttr) {
      int destination = firms.destination(b);
      for (int in = firms.firstInput(b); in < firms.firstInput(b + 1); in++) {
        double tts = firms.inventoryDays(in);
        if (Double.isNaN(tts)) {
          continue;
        }
        double recover = 0;
        for (int l = firms.firstLink(in); l < firms.firstLink(in + 1); l++) {
          int pair = routes.pair(world.merchants().origin(links.merchant(l)), destination);
          recover = Math.max(recover, ttr[pair]);
        }
        if (tts < recover) {
          return true;
        }
      }
      return false;
    }
  }

  private static List<CustomerSpec.Sector> sectorList(MetricContext context) {
    CustomerSpec customers = context.scenario().customers();
    return customers == null || customers.businesses() == null ? List.of() : customers.businesses();
  }
}
