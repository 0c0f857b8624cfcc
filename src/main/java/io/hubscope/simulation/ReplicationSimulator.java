package io.hubscope.simulation;

import io.hubscope.network.Detours;
import io.hubscope.network.LogisticsNetwork;
import io.hubscope.network.RouteTable;
import io.hubscope.scenario.Category;
import io.hubscope.scenario.DistributionSpec;
import io.hubscope.scenario.NetworkSpec;
import io.hubscope.scenario.Scenario;
import io.hubscope.util.HubscopeException;
import io.hubscope.util.RunProgress;
import io.hubscope.world.AliasTable;
import io.hubscope.world.ConsumerSampler;
import io.hubscope.world.World;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;

/**
 * Simulates one replication: daily order counts, then in parallel shards each shipment's buyer, merchant,
 * category, route, value, weight and order/dispatch times, then hop by hop along the routes the dwell and transit
 * times, with each node's daily capacity applied in arrival order (backlog carried to the next day).
 *
 * <p>Orders: consumers and supply links are independent Poisson processes with rates r_i f(d), where f is the
 * {@link DemandCurve}; their superposition gives N_d ~ Poisson(f(d) &Sigma; r_i) orders on day d, each going to
 * buyer i with probability r_i / &Sigma; r_j (sampled with an alias table in O(1)). Each shipment's order time is
 * uniform within its day.
 *
 * <p>Determinism: every shard draws from its own stream ({@link StreamSeeds}); capacity queues parcels in a fixed
 * order (arrival hour, then row) whatever the shards ({@link CapacityScheduler}), so the result is identical for any
 * number of threads.
 */
public final class ReplicationSimulator {

  /** Rows per block of {@link #generateInBlocks}: its scratch arrays (10 KB) stay in the first-level cache. */
  private static final int BLOCK = 256;

  /** Most shipments one replication holds: its columns are Java arrays. */
  private static final long MAX_ROWS = Integer.MAX_VALUE - 8;

  /** Largest mean of a day's order count drawn: Commons RNG's Poisson sampler takes means up to just under 2^30. */
  private static final double MAX_DAY_MEAN = (1 << 30) - 1;

  private static final DistributionSpec DEFAULT_HANDLING =
      new DistributionSpec("triangular", null, 12.0, 72.0, 24.0, null, null, null, null, null, null, null);

  private final Scenario scenario;
  private final World world;
  private final LogisticsNetwork network;
  private final RouteTable routes;
  private final long seed;
  private final int replication;
  private final int shardRows;
  private final DemandCurve demand;
  /** The route table's routes as paths (node, lane and hub-position tables). */
  private final Paths routePaths;
  /**
   * The catalogue's log-normal parameters per category when every category's value and weight are log-normal (so
   * that shards may be generated in blocks), else null.
   */
  private final LogNormals logNormals;
  /** Generate row by row even where blocks apply (for tests: both give the same shipments). */
  private boolean rowByRow;

  /**
   * Prepares a replication.
   *
   * @param scenario scenario
   * @param world the replication's world
   * @param network logistics network
   * @param routes route table
   * @param seed master seed
   * @param replication replication number (from 1)
   * @param shardRows rows per shard
   */
  public ReplicationSimulator(Scenario scenario, World world, LogisticsNetwork network, RouteTable routes,
      long seed, int replication, int shardRows) {
    this.scenario = scenario;
    this.world = world;
    this.network = network;
    this.routes = routes;
    this.seed = seed;
    this.replication = replication;
    this.shardRows = shardRows;
    this.demand = new DemandCurve(scenario.demand(), scenario.meta().startDate(), scenario.meta().horizonDays());
    int n = routes.routeCount();
    int[][] nodes = new int[n][];
    int[][] lanes = new int[n][];
    int[] hubAt = new int[n];
    for (int r = 0; r < n; r++) {
      nodes[r] = routes.nodes(r);
      lanes[r] = routes.lanes(r);
      hubAt[r] = hubPosition(routes.hub(r), nodes[r]);
    }
    routePaths = new Paths(nodes, lanes, hubAt);
    logNormals = LogNormals.of(scenario.catalogue());
  }

  /** Per category, the mu and sigma of its log-normal value and weight. */
  private record LogNormals(double[] valueMu, double[] valueSigma, double[] weightMu, double[] weightSigma) {

    /** The catalogue's parameters, or null when some category's value or weight is not log-normal. */
    static LogNormals of(List<Category> categories) {
      LogNormals p = ofEach(categories);
      for (double mu : p.valueMu) {
        if (Double.isNaN(mu)) {
          return null;
        }
      }
      return p;
    }

    /** Each category's parameters, NaN for a category whose value or weight is not log-normal. */
    static LogNormals ofEach(List<Category> categories) {
      int n = categories.size();
      LogNormals p = new LogNormals(new double[n], new double[n], new double[n], new double[n]);
      for (int c = 0; c < n; c++) {
        DistributionSpec value = categories.get(c).value();
        DistributionSpec weight = categories.get(c).weight();
        boolean both = SamplerFactory.isLogNormal(value) && SamplerFactory.isLogNormal(weight);
        p.valueMu[c] = both ? SamplerFactory.logNormalMu(value) : Double.NaN;
        p.valueSigma[c] = both ? value.sigma() : Double.NaN;
        p.weightMu[c] = both ? SamplerFactory.logNormalMu(weight) : Double.NaN;
        p.weightSigma[c] = both ? weight.sigma() : Double.NaN;
      }
      return p;
    }
  }

  /**
   * Makes this simulator generate every shard row by row, as it does when a category's value or weight is not
   * log-normal (for tests that compare the two ways).
   *
   * @return this simulator
   */
  ReplicationSimulator rowByRow() {
    rowByRow = true;
    return this;
  }

  /** The position of a route's hub on its nodes (its first hub-type node when the route names none), or -1. */
  private int hubPosition(int hub, int[] nodes) {
    if (hub < 0) {
      return firstHub(nodes);
    }
    for (int p = 0; p < nodes.length; p++) {
      if (nodes[p] == hub) {
        return p;
      }
    }
    return -1;
  }

  /**
   * Runs the replication.
   *
   * @param executor worker threads (a one-worker fork-join pool: the calling thread, see {@link ParallelShards})
   * @param progress progress receiver
   * @return the shipments
   */
  public ShipmentColumns simulate(ExecutorService executor, RunProgress progress) {
    int days = demand.days();
    double consumerRate = world.consumers().totalOrdersPerDay();
    double businessRate = world.supplyLinks().totalOrdersPerDay();
    UniformRandomProvider dayRng = StreamSeeds.stream(seed, replication, StreamSeeds.Purpose.DAY_COUNTS, 0);
    int[] dayStart = new int[days + 1];
    int[] businessStart = new int[days];
    long total = 0;
    for (int d = 0; d < days; d++) {
      double consumerMean = consumerRate * demand.factor(d);
      double businessMean = businessRate * demand.factor(d);
      if (consumerMean + businessMean > MAX_DAY_MEAN) {
        throw tooLarge(String.format(java.util.Locale.ROOT, "about %,.0f shipments on day %d alone",
            consumerMean + businessMean, d));
      }
      long nc = poisson(dayRng, consumerMean);
      long nb = poisson(dayRng, businessMean);
      dayStart[d] = (int) total;
      businessStart[d] = (int) (total + nc);
      total += nc + nb;
      if (total > MAX_ROWS) {
        throw tooLarge(String.format(java.util.Locale.ROOT, "more than %,d shipments by day %d", MAX_ROWS, d));
      }
    }
    dayStart[days] = (int) total;
    ShipmentColumns s = new ShipmentColumns((int) total);
    ShardPlan plan = new ShardPlan(s.size, shardRows);
    ConsumerSampler consumerTable = consumerRate > 0 ? world.consumers().buyers() : null;
    AliasTable linkTable = businessRate > 0 ? world.supplyLinks().orders() : null;
    progress.begin(String.format(java.util.Locale.ROOT, "replication %d (%,d shipments)", replication, s.size),
        (long) s.size * (routePaths.maxHops + 1));
    // Each shard, while its rows are still in cache, also notes where they enter the network (the first position's
    // slots and arrival counts, see propagate).
    Departures start = new Departures(s.tDispatch, new CapacityScheduler(network, demand.days()), plan);
    ParallelShards.run(executor, plan.shards(), shard -> {
      int from = plan.from(shard);
      int to = plan.to(shard);
      generate(s, from, to, shard, dayStart, businessStart, consumerTable, linkTable);
      start.enter(s.route, routePaths.nodes, shard, from, to);
      progress.advance(to - from);
    });
    propagate(s, s.route, routePaths, null, executor, progress, plan, start);
    progress.end();
    return s;
  }

  /**
   * The state the hop-by-hop stage starts from: each row's clock (its dispatch time), its (node, hour) slot at the
   * first position and the arrivals per (node, day) cell there, filled shard by shard.
   */
  private static final class Departures {
    final float[] dispatch;
    final float[] clock;
    final int[] slot;
    final CapacityScheduler capacity;
    final int[][] counts;

    Departures(float[] dispatch, CapacityScheduler capacity, ShardPlan plan) {
      this.dispatch = dispatch;
      this.clock = new float[dispatch.length];
      this.slot = new int[dispatch.length];
      this.capacity = capacity;
      this.counts = new int[plan.shards()][];
    }

    /** All shards at once, for rows whose dispatch times are already set. */
    static Departures of(float[] dispatch, CapacityScheduler capacity, int[] path, int[][] pathNodes, ShardPlan plan,
        ExecutorService executor) {
      Departures d = new Departures(dispatch, capacity, plan);
      ParallelShards.run(executor, plan.shards(),
          shard -> d.enter(path, pathNodes, shard, plan.from(shard), plan.to(shard)));
      return d;
    }

    /** Fills one shard's rows from their dispatch times (set by then). */
    void enter(int[] path, int[][] pathNodes, int shard, int from, int to) {
      System.arraycopy(dispatch, from, clock, from, to - from);
      counts[shard] = capacity.countArrivals(path, pathNodes, 0, clock, slot, from, to);
    }
  }

  /**
   * Runs only the hop-by-hop stage on shipments whose orders are already filled in (route and dispatch time are
   * read; departure, hub, hand-over and delivery times are written), with the streams {@link #simulate} uses.
   * For shipments built by hand, e.g. in tests.
   *
   * @param s shipments with {@code route} and {@code tDispatch} set
   * @param executor worker threads (a one-worker fork-join pool: the calling thread, see {@link ParallelShards})
   */
  public void travel(ShipmentColumns s, ExecutorService executor) {
    ShardPlan plan = new ShardPlan(s.size, shardRows);
    Departures start = Departures.of(s.tDispatch, new CapacityScheduler(network, demand.days()), s.route,
        routePaths.nodes, plan, executor);
    propagate(s, s.route, routePaths, null, executor, RunProgress.NONE, plan, start);
  }

  /**
   * Simulates the same replication again with a node outage (common random numbers): the orders are the baseline's,
   * copied row for row; the hop-by-hop times use the same streams as the baseline, so a parcel the outage does not
   * touch gets exactly its baseline times unless it queues behind one that it does.
   *
   * <p>Rule: a parcel whose arrival at the stopped node falls on a down day switches, at the node before it, to its
   * route's detour ({@link Detours}) when there is one and the detour's next node still has room that day (it has
   * taken fewer parcels that day than its daily capacity, counting the detoured ones in order of arrival); it then
   * queues under the capacity of the detour's nodes. Otherwise it travels on and waits at the node until it is back
   * ({@link CapacityScheduler}). Draws for a detour come from their own stream ({@link StreamSeeds.Purpose#DETOURS});
   * the draws its planned route would have made are still taken from the shard's stream and discarded, so the rows
   * after it keep their baseline draws.
   *
   * @param baseline the baseline shipments of this replication (from {@link #simulate})
   * @param outage the stopped node and its down days
   * @param detours the detours around that node for this route table
   * @param executor worker threads (a one-worker fork-join pool: the calling thread, see {@link ParallelShards})
   * @param progress progress receiver
   * @return the disrupted shipments, row for row
   * @throws IllegalArgumentException when the detours are around another node or another route table
   */
  public DisruptedShipments disrupt(ShipmentColumns baseline, NodeOutage outage, Detours detours,
      ExecutorService executor, RunProgress progress) {
    if (detours.node() != outage.node() || detours.routeCount() != routes.routeCount()) {
      throw new IllegalArgumentException("detours do not match the outage's node or the route table");
    }
    int n = baseline.size;
    ShipmentColumns s = new ShipmentColumns(n);
    s.copyOrders(baseline);
    int routeCount = routes.routeCount();
    int total = routeCount + detours.detourCount();
    int[][] nodes = java.util.Arrays.copyOf(routePaths.nodes, total);
    int[][] lanes = java.util.Arrays.copyOf(routePaths.lanes, total);
    int[] hubAt = java.util.Arrays.copyOf(routePaths.hubPosition, total);
    for (int d = 0; d < detours.detourCount(); d++) {
      nodes[routeCount + d] = detours.nodes(d);
      lanes[routeCount + d] = detours.lanes(d);
      hubAt[routeCount + d] = firstHub(nodes[routeCount + d]);
    }
    int[] switchAt = new int[routeCount];
    int[] detourPath = new int[routeCount];
    for (int r = 0; r < routeCount; r++) {
      switchAt[r] = detours.switchPosition(r);
      detourPath[r] = detours.detour(r) < 0 ? -1 : routeCount + detours.detour(r);
    }
    int[] path = s.route.clone();
    ShardPlan plan = new ShardPlan(n, shardRows);
    Paths paths = new Paths(nodes, lanes, hubAt);
    progress.begin(String.format(java.util.Locale.ROOT, "replication %d, %s down %d days", replication,
        network.nodeId(outage.node()), outage.days()), (long) n * paths.maxHops);
    float[] detourArrival = new float[n];
    java.util.Arrays.fill(detourArrival, Float.NaN);
    Departures start = Departures.of(s.tDispatch, new CapacityScheduler(network, demand.days(), outage), path,
        paths.nodes, plan, executor);
    propagate(s, path, paths, new Reroute(outage, switchAt, detourPath, detourArrival), executor, progress, plan,
        start);
    progress.end();
    return new DisruptedShipments(outage, s, path, routeCount);
  }

  private int firstHub(int[] nodes) {
    for (int p = 0; p < nodes.length; p++) {
      if (network.nodeType(nodes[p]) == NetworkSpec.NodeType.HUB) {
        return p;
      }
    }
    return -1;
  }

  /** Node, lane and hub-position tables of every path a row can take (routes, then detours). */
  private static final class Paths {
    final int[][] nodes;
    final int[][] lanes;
    final int[] hubPosition;
    final int maxHops;

    Paths(int[][] nodes, int[][] lanes, int[] hubPosition) {
      this.nodes = nodes;
      this.lanes = lanes;
      this.hubPosition = hubPosition;
      int max = 0;
      for (int[] v : nodes) {
        max = Math.max(max, v.length);
      }
      this.maxHops = max;
    }
  }

  /**
   * What every path does at one position, in flat tables a row reads with one index each: the node there (-1 beyond
   * the path's end), the lane to the next node and that node (-1 at the path's last node).
   */
  private static final class PathSteps {
    final int[] node;
    final int[] lane;
    final int[] next;

    PathSteps(Paths paths, int position) {
      int count = paths.nodes.length;
      node = new int[count];
      lane = new int[count];
      next = new int[count];
      for (int q = 0; q < count; q++) {
        int length = paths.nodes[q].length;
        node[q] = position < length ? paths.nodes[q][position] : -1;
        lane[q] = position < length - 1 ? paths.lanes[q][position] : -1;
        next[q] = position < length - 1 ? paths.nodes[q][position + 1] : -1;
      }
    }
  }

  /**
   * When a row may leave its route for the detour: at {@code switchAt[route]}, if it would reach the node while down;
   * {@code detourArrival[row]} holds, for such a candidate, its arrival at the detour's next node (NaN otherwise).
   */
  private record Reroute(NodeOutage outage, int[] switchAt, int[] detourPath, float[] detourArrival) {}

  private void propagate(ShipmentColumns s, int[] path, Paths paths, Reroute reroute, ExecutorService executor,
      RunProgress progress, ShardPlan plan, Departures start) {
    float[] clock = start.clock;
    CapacityScheduler capacity = start.capacity;
    // slot: each row's (node, hour) at the current position, for the capacity queue; the hop rewrites it for the next
    int[] slot = start.slot;
    int[] counts = capacity.sum(start.counts);
    int shards = plan.shards();
    for (int p = 0; p < paths.maxHops; p++) {
      int position = p;
      // after the last position no row has a next node: no arrivals to count, no detour to take
      boolean last = position + 1 == paths.maxHops;
      PathSteps steps = new PathSteps(paths, position);
      capacity.hold(counts, slot, clock, plan, executor);
      int[][] arrivals = new int[shards][];
      ParallelShards.run(executor, shards, shard -> {
        int[] next = last ? null : capacity.newCounts();
        hop(s, plan.from(shard), plan.to(shard), shard, position, clock, slot, path, paths, steps, reroute,
            capacity, next);
        arrivals[shard] = next;
        progress.advance(plan.to(shard) - plan.from(shard));
      });
      if (!last) {
        counts = capacity.sum(arrivals);
        if (reroute != null) {
          admitDetours(s, position, path, paths, clock, slot, reroute, capacity, counts);
        }
      }
    }
  }

  /**
   * Records the events that happen on arrival at a path position: the hub scan, the last-mile hand-over. The
   * hand-over is the arrival at the path's last node, which is the last arrival written: so every arrival is written
   * there, without asking whether the node is the last (a coin flip for the processor where routes of different
   * lengths mix).
   */
  private static void arrive(ShipmentColumns s, int row, int position, int hubPosition, float time) {
    if (position == hubPosition) {
      s.tHubScan[row] = time;
    }
    s.tHandover[row] = time;
  }

  /**
   * Decides which candidates take their detour at this position, in order of arrival at the detour's next node (then
   * row): a candidate goes when that node has taken fewer parcels that day (at the next position) than its daily
   * capacity, counting those already routed there and the candidates admitted before it; otherwise it keeps its
   * route and waits at the stopped node. Sequential, so the outcome does not depend on the thread count. An admitted
   * row's arrival events and its place in the next position's arrival counts move to the detour.
   */
  private void admitDetours(ShipmentColumns s, int position, int[] path, Paths paths, float[] clock, int[] slot,
      Reroute reroute, CapacityScheduler capacity, int[] counts) {
    float[] candidate = reroute.detourArrival();
    int count = 0;
    for (float t : candidate) {
      count += Float.isNaN(t) ? 0 : 1;
    }
    if (count == 0) {
      return;
    }
    long[] keys = new long[count];
    int k = 0;
    for (int i = 0; i < candidate.length; i++) {
      if (!Float.isNaN(candidate[i])) {
        keys[k++] = ((long) Float.floatToIntBits(Math.max(0f, candidate[i])) << 32) | i;
      }
    }
    // counts holds the arrivals per (node, day) at the next position: at a detour's next node, those of the rows
    // already routed there (candidates are counted at the stopped node) plus the candidates admitted so far
    java.util.Arrays.sort(keys);
    for (long key : keys) {
      int i = (int) (key & 0xffffffffL);
      int detour = reroute.detourPath()[path[i]];
      int next = paths.nodes[detour][position + 1];
      long cap = network.nodeCapacity(next);
      int at = capacity.slot(next, candidate[i]);
      if (cap <= 0 || counts[capacity.cell(at)] < cap) {
        counts[capacity.cell(slot[i])]--;
        counts[capacity.cell(at)]++;
        slot[i] = at;
        path[i] = detour;
        clock[i] = candidate[i];
        arrive(s, i, position + 1, paths.hubPosition[detour], candidate[i]);
      }
      candidate[i] = Float.NaN;
    }
  }

  /**
   * Generates the rows of one shard. Where every category's value and weight are log-normal (their draws then do not
   * depend on the category), rows go in blocks ({@link #generateInBlocks}), otherwise one at a time
   * ({@link #generateRowByRow}); both take the same random numbers in the same order and give the same shipments.
   */
  private void generate(ShipmentColumns s, int from, int to, int shard, int[] dayStart, int[] businessStart,
      ConsumerSampler consumerTable, AliasTable linkTable) {
    UniformRandomProvider rng = StreamSeeds.stream(seed, replication, StreamSeeds.Purpose.SHIPMENTS, shard);
    // the buyers of all the shard's consumer orders first; building a sampler takes no random numbers
    drawBuyers(s, rng, from, to, dayStart, businessStart, consumerTable);
    if (inBlocks()) {
      generateInBlocks(s, from, to, rng, dayStart, businessStart, linkTable);
    } else {
      generateRowByRow(s, from, to, rng, dayStart, businessStart, linkTable);
    }
  }

  /**
   * Whether shards are generated in blocks: every category's value and weight is log-normal (and {@link #rowByRow}
   * was not asked for).
   *
   * @return true for {@link #generateInBlocks}, false for {@link #generateRowByRow}
   */
  boolean inBlocks() {
    return logNormals != null && !rowByRow;
  }

  /**
   * Draws the buyers of all consumer orders of rows {@code from .. to - 1} together, before the rows themselves (their
   * look-ups batched, see {@link ConsumerSampler#draw}), into the rows' {@code recipient} and {@code zone}; day by day,
   * as a day's consumer orders are its first rows.
   */
  private static void drawBuyers(ShipmentColumns s, UniformRandomProvider rng, int from, int to, int[] dayStart,
      int[] businessStart, ConsumerSampler consumerTable) {
    for (int d = dayOf(dayStart, from); d < businessStart.length && dayStart[d] < to; d++) {
      // day d's consumer orders are rows dayStart[d] .. businessStart[d] - 1
      int first = Math.max(from, dayStart[d]);
      int count = Math.min(to, businessStart[d]) - first;
      if (count > 0) {
        consumerTable.draw(rng, count, s.zone, s.recipient, first);
      }
    }
  }

  /** The handling time sampler: the scenario's merchants' handling hours, or {@link #DEFAULT_HANDLING}. */
  private SamplerFactory.DoubleSampler handling(UniformRandomProvider rng) {
    DistributionSpec handlingSpec = scenario.merchants().handlingHours();
    return SamplerFactory.of(handlingSpec != null ? handlingSpec : DEFAULT_HANDLING, rng);
  }

  /**
   * Generates rows one at a time, for any distributions of value and weight (whose draws may depend on the category).
   */
  private void generateRowByRow(ShipmentColumns s, int from, int to, UniformRandomProvider rng, int[] dayStart,
      int[] businessStart, AliasTable linkTable) {
    List<Category> categories = scenario.catalogue();
    SamplerFactory.DoubleSampler[] value = new SamplerFactory.DoubleSampler[categories.size()];
    SamplerFactory.DoubleSampler[] weight = new SamplerFactory.DoubleSampler[categories.size()];
    // a category whose value and weight are both log-normal draws them as generateInBlocks does: two standard
    // normals from one number (NormalZiggurat); its parameters here, NaN for the other categories, which alone need
    // samplers (building one takes no random numbers)
    LogNormals paired = LogNormals.ofEach(categories);
    for (int c = 0; c < categories.size(); c++) {
      if (Double.isNaN(paired.valueMu[c])) {
        value[c] = SamplerFactory.of(categories.get(c).value(), rng);
        weight[c] = SamplerFactory.of(categories.get(c).weight(), rng);
      }
    }
    SamplerFactory.DoubleSampler handling = handling(rng);
    int consumerCount = world.consumers().count();
    int[] zoneDestination = world.zones().destinationColumn();
    int day = dayOf(dayStart, from);
    // One loop body for the whole row (no call per row: a row method gets compiled on its own first and is then
    // too big to inline into this loop).
    var consumers = world.consumers();
    var merchants = world.merchants();
    var links = world.supplyLinks();
    var businesses = world.businesses();
    for (int i = from; i < to; i++) {
      while (i >= dayStart[day + 1]) {
        day++;
      }
      int recipient;
      int zone;
      int merchant;
      int category;
      int destination;
      if (i < businessStart[day]) {
        // buyer and zone drawn before (drawBuyers)
        zone = s.zone[i];
        destination = zoneDestination[zone];
        category = consumers.sampleCategory(destination, rng);
        merchant = merchants.sampleSeller(category, rng);
        recipient = s.recipient[i];
      } else {
        int link = linkTable.sample(rng);
        int b = links.business(link);
        merchant = links.merchant(link);
        category = links.category(link);
        zone = businesses.zone(b);
        destination = zoneDestination[zone];
        recipient = consumerCount + b;
      }
      int pair = routes.pair(merchants.origin(merchant), destination);
      s.recipient[i] = recipient;
      s.zone[i] = zone;
      s.merchant[i] = merchant;
      s.category[i] = (short) category;
      s.route[i] = routes.sampleRoute(pair, rng.nextDouble());
      if (Double.isNaN(paired.valueMu[category])) {
        s.value[i] = (float) Math.max(0.01, value[category].sample());
        s.weight[i] = (float) Math.max(0.001, weight[category].sample());
      } else {
        long normals = rng.nextLong();
        double valueZ = NormalZiggurat.sample((int) normals, rng);
        double weightZ = NormalZiggurat.sample((int) (normals >>> 32), rng);
        s.value[i] = (float) Math.max(0.01,
            SamplerFactory.logNormal(paired.valueMu[category], paired.valueSigma[category], valueZ));
        s.weight[i] = (float) Math.max(0.001,
            SamplerFactory.logNormal(paired.weightMu[category], paired.weightSigma[category], weightZ));
      }
      float order = (float) (day * 24.0 + rng.nextDouble() * 24.0);
      s.tOrder[i] = order;
      s.tDispatch[i] = order + (float) Math.max(0, handling.sample());
    }
  }

  /**
   * Generates rows in blocks of {@value #BLOCK}, where every category's value and weight are log-normal. Per block,
   * three loops: the first takes every random number of the block's rows, row by row in the order
   * {@link #generateRowByRow} takes them (the category's and seller's 64 bits are kept for later, and the standard
   * normals of value and weight, two from one number ({@link NormalZiggurat}), do not depend on the category); the
   * second turns them into each row's category, seller, supply link and route; the third into values and weights. In
   * one loop, each row's chain of table look-ups (destination, category, seller, origin, route) had to end before its
   * draws went on; here rows of the second and third loops do not wait for each other, and the processor overlaps
   * them.
   */
  private void generateInBlocks(ShipmentColumns s, int from, int to, UniformRandomProvider rng, int[] dayStart,
      int[] businessStart, AliasTable linkTable) {
    double[] valueMu = logNormals.valueMu();
    double[] valueSigma = logNormals.valueSigma();
    double[] weightMu = logNormals.weightMu();
    double[] weightSigma = logNormals.weightSigma();
    SamplerFactory.DoubleSampler handling = handling(rng);
    int consumerCount = world.consumers().count();
    int[] zoneDestination = world.zones().destinationColumn();
    var consumers = world.consumers();
    var merchants = world.merchants();
    var links = world.supplyLinks();
    var businesses = world.businesses();
    // per row of the block: the bits of its category (consumer order) or supply link (business order), of its seller,
    // its route's uniform, and the standard normal draws of its value and weight
    long[] choiceBits = new long[BLOCK];
    long[] sellerBits = new long[BLOCK];
    double[] routeU = new double[BLOCK];
    double[] valueZ = new double[BLOCK];
    double[] weightZ = new double[BLOCK];
    int day = dayOf(dayStart, from);
    for (int start = from; start < to; start += BLOCK) {
      int end = Math.min(to, start + BLOCK);
      for (int i = start; i < end; i++) {
        while (i >= dayStart[day + 1]) {
          day++;
        }
        int j = i - start;
        choiceBits[j] = rng.nextLong();
        if (i < businessStart[day]) {
          // its buyer and zone were drawn before (drawBuyers)
          sellerBits[j] = rng.nextLong();
        } else {
          // a business order: its buyer comes from the supply link, in the next loop
          s.recipient[i] = -1;
        }
        routeU[j] = rng.nextDouble();
        // the standard normals of value and weight, from the two halves of one number (NormalZiggurat)
        long normals = rng.nextLong();
        valueZ[j] = NormalZiggurat.sample((int) normals, rng);
        weightZ[j] = NormalZiggurat.sample((int) (normals >>> 32), rng);
        float order = (float) (day * 24.0 + rng.nextDouble() * 24.0);
        s.tOrder[i] = order;
        s.tDispatch[i] = order + (float) Math.max(0, handling.sample());
      }
      for (int i = start; i < end; i++) {
        int j = i - start;
        int merchant;
        int category;
        int destination;
        // a consumer order holds its buyer (drawBuyers, at least 0), a business order the -1 of the first loop
        if (s.recipient[i] >= 0) {
          destination = zoneDestination[s.zone[i]];
          category = consumers.sampleCategory(destination, choiceBits[j]);
          merchant = merchants.sampleSeller(category, sellerBits[j]);
        } else {
          int link = linkTable.sample(choiceBits[j]);
          int b = links.business(link);
          merchant = links.merchant(link);
          category = links.category(link);
          int zone = businesses.zone(b);
          destination = zoneDestination[zone];
          s.zone[i] = zone;
          s.recipient[i] = consumerCount + b;
        }
        s.merchant[i] = merchant;
        s.category[i] = (short) category;
        s.route[i] = routes.sampleRoute(routes.pair(merchants.origin(merchant), destination), routeU[j]);
      }
      for (int i = start; i < end; i++) {
        int j = i - start;
        int c = s.category[i];
        s.value[i] = (float) Math.max(0.01, SamplerFactory.logNormal(valueMu[c], valueSigma[c], valueZ[j]));
        s.weight[i] = (float) Math.max(0.001, SamplerFactory.logNormal(weightMu[c], weightSigma[c], weightZ[j]));
      }
    }
  }

  private void hop(ShipmentColumns s, int from, int to, int shard, int position, float[] clock, int[] slot,
      int[] path, Paths paths, PathSteps steps, Reroute reroute, CapacityScheduler capacity, int[] arrivals) {
    UniformRandomProvider rng =
        StreamSeeds.stream(seed, replication, StreamSeeds.Purpose.HOPS, shard * 64 + position);
    SamplerFactory.DoubleSampler[] dwell = dwellSamplers(rng);
    SamplerFactory.DoubleSampler[] transit = transitSamplers(rng);
    SamplerFactory.DoubleSampler[] detourDwell = null;
    SamplerFactory.DoubleSampler[] detourTransit = null;
    if (reroute != null) {
      UniformRandomProvider detourRng =
          StreamSeeds.stream(seed, replication, StreamSeeds.Purpose.DETOURS, shard * 64 + position);
      detourDwell = dwellSamplers(detourRng);
      detourTransit = transitSamplers(detourRng);
    }
    int[] nodeHere = steps.node;
    int[] laneHere = steps.lane;
    int[] nodeNext = steps.next;
    for (int i = from; i < to; i++) {
      int r = s.route[i];
      int q = path[i];
      boolean planned = q == r;
      if (!planned && nodeHere[r] >= 0) {
        // Take the draws the planned route would take here, so that later rows of the shard keep theirs (paths
        // start with the routes, so a route's index reads its own steps).
        if (dwell[nodeHere[r]] != null) {
          dwell[nodeHere[r]].sample();
        }
        if (laneHere[r] >= 0) {
          transit[laneHere[r]].sample();
        }
      }
      int node = nodeHere[q];
      if (node < 0) {
        slot[i] = -1;
        continue;
      }
      SamplerFactory.DoubleSampler nodeDwell = planned ? dwell[node] : detourDwell[node];
      // the clock holds the service start (capacity applied); arrival events were recorded by the previous hop
      float departure = clock[i] + (nodeDwell == null ? 0f : (float) Math.max(0, nodeDwell.sample()));
      int hubAt = paths.hubPosition[q];
      int lane = laneHere[q];
      if (position == 0) {
        s.tDeparture[i] = departure;
        arrive(s, i, 0, hubAt, s.tDispatch[i]);
      }
      if (position == hubAt) {
        s.tRelease[i] = departure;
      }
      if (lane < 0) {
        slot[i] = -1;
        s.tDelivery[i] = departure;
        if (hubAt < 0) {
          s.tHubScan[i] = Float.NaN;
          s.tRelease[i] = Float.NaN;
        }
      } else {
        SamplerFactory.DoubleSampler onLane = planned ? transit[lane] : detourTransit[lane];
        float next = departure + (float) Math.max(0, onLane.sample());
        if (reroute != null && planned && reroute.switchAt()[r] == position
            && reroute.outage().downAt(next)) {
          // A candidate for the detour: its arrival there, should it be admitted (admitDetours decides).
          int d = reroute.detourPath()[r];
          float detour = departure + (float) Math.max(0, detourTransit[laneHere[d]].sample());
          reroute.detourArrival()[i] = detour;
        }
        clock[i] = next;
        arrive(s, i, position + 1, hubAt, next);
        slot[i] = capacity.slot(nodeNext[q], next);
      }
    }
    // Counted in a loop of its own: in the loop above, each count would wait for the row's whole chain of draws
    // (consecutive rows mostly hit the same cell, so the processor orders each increment after the previous one).
    // At the last position there is nothing to count (no counter).
    if (arrivals != null) {
      capacity.tally(slot, from, to, arrivals);
    }
  }

  private SamplerFactory.DoubleSampler[] dwellSamplers(UniformRandomProvider rng) {
    int nodeCount = network.nodeCount();
    SamplerFactory.DoubleSampler[] dwell = new SamplerFactory.DoubleSampler[nodeCount];
    for (int n = 0; n < nodeCount; n++) {
      DistributionSpec spec = network.nodeDwell(n);
      dwell[n] = spec == null ? null : SamplerFactory.of(spec, rng);
    }
    return dwell;
  }

  private SamplerFactory.DoubleSampler[] transitSamplers(UniformRandomProvider rng) {
    SamplerFactory.DoubleSampler[] transit = new SamplerFactory.DoubleSampler[network.laneCount()];
    for (int l = 0; l < transit.length; l++) {
      transit[l] = SamplerFactory.of(network.laneTransit(l), rng);
    }
    return transit;
  }

  private static int dayOf(int[] dayStart, int row) {
    int d = 0;
    while (d + 1 < dayStart.length && row >= dayStart[d + 1]) {
      d++;
    }
    return Math.min(d, dayStart.length - 2);
  }

  /** The error for a replication too large to simulate: {@code what} says by how much. */
  private HubscopeException tooLarge(String what) {
    return HubscopeException.invalidInput("replication " + replication + " would have " + what
        + ", more than one replication can hold", "shorten meta.horizonDays or lower customers.consumers.count or the "
        + "order rates");
  }

  private static long poisson(UniformRandomProvider rng, double mean) {
    return mean <= 0 ? 0 : PoissonSampler.of(rng, mean).sample();
  }
}
