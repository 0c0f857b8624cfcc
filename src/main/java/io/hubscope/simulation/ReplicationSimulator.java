package io.hubscope.simulation;

import io.hubscope.network.LogisticsNetwork;
import io.hubscope.network.RouteTable;
import io.hubscope.scenario.Category;
import io.hubscope.scenario.DistributionSpec;
import io.hubscope.scenario.NetworkSpec;
import io.hubscope.scenario.Scenario;
import io.hubscope.util.RunProgress;
import io.hubscope.world.AliasTable;
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
 * <p>Determinism: every shard draws from its own stream ({@link StreamSeeds}); capacity is resolved sequentially in a
 * fixed order (arrival hour, then row), so the result is identical for any number of threads.
 */
public final class ReplicationSimulator {

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
  private final int[][] routeNodes;
  private final int[][] routeLanes;
  private final int[] routeHubPosition;

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
    routeNodes = new int[n][];
    routeLanes = new int[n][];
    routeHubPosition = new int[n];
    for (int r = 0; r < n; r++) {
      routeNodes[r] = routes.nodes(r);
      routeLanes[r] = routes.lanes(r);
      routeHubPosition[r] = hubPosition(r);
    }
  }

  private int hubPosition(int route) {
    int hub = routes.hub(route);
    int[] nodes = routeNodes[route];
    for (int p = 0; p < nodes.length; p++) {
      if (hub >= 0 ? nodes[p] == hub : network.nodeType(nodes[p]) == NetworkSpec.NodeType.HUB) {
        return p;
      }
    }
    return -1;
  }

  /**
   * Runs the replication.
   *
   * @param executor worker threads
   * @param progress progress receiver
   * @return the shipments
   */
  public ShipmentColumns simulate(ExecutorService executor, RunProgress progress) {
    int days = demand.days();
    double consumerRate = sum(world.consumers().ordersPerDayColumn());
    double businessRate = sum(world.supplyLinks().ordersPerDayColumn());
    UniformRandomProvider dayRng = StreamSeeds.stream(seed, replication, StreamSeeds.Purpose.DAY_COUNTS, 0);
    int[] dayStart = new int[days + 1];
    int[] businessStart = new int[days];
    long total = 0;
    for (int d = 0; d < days; d++) {
      long nc = poisson(dayRng, consumerRate * demand.factor(d));
      long nb = poisson(dayRng, businessRate * demand.factor(d));
      dayStart[d] = (int) total;
      businessStart[d] = (int) (total + nc);
      total += nc + nb;
      if (total > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("more than 2^31 shipments in one replication; shorten the horizon");
      }
    }
    dayStart[days] = (int) total;
    ShipmentColumns s = new ShipmentColumns((int) total);
    ShardPlan plan = new ShardPlan(s.size, shardRows);
    AliasTable consumerTable = consumerRate > 0 ? AliasTable.of(world.consumers().ordersPerDayColumn()) : null;
    AliasTable linkTable = businessRate > 0 ? AliasTable.of(world.supplyLinks().ordersPerDayColumn()) : null;
    int maxHops = 0;
    for (int[] nodes : routeNodes) {
      maxHops = Math.max(maxHops, nodes.length);
    }
    progress.begin(String.format(java.util.Locale.ROOT, "replication %d (%,d shipments)", replication, s.size),
        (long) s.size * (maxHops + 1));
    ParallelShards.run(executor, plan.shards(), shard -> {
      generate(s, plan.from(shard), plan.to(shard), shard, dayStart, businessStart, consumerTable, linkTable);
      progress.advance(plan.to(shard) - plan.from(shard));
    });
    float[] clock = s.tDispatch.clone();
    float[] start = new float[s.size];
    CapacityScheduler capacity = new CapacityScheduler(network, days);
    for (int p = 0; p < maxHops; p++) {
      int position = p;
      System.arraycopy(clock, 0, start, 0, s.size);
      capacity.serve(s, routeNodes, position, start);
      ParallelShards.run(executor, plan.shards(), shard -> {
        hop(s, plan.from(shard), plan.to(shard), shard, position, clock, start);
        progress.advance(plan.to(shard) - plan.from(shard));
      });
    }
    progress.end();
    return s;
  }

  private void generate(ShipmentColumns s, int from, int to, int shard, int[] dayStart, int[] businessStart,
      AliasTable consumerTable, AliasTable linkTable) {
    UniformRandomProvider rng = StreamSeeds.stream(seed, replication, StreamSeeds.Purpose.SHIPMENTS, shard);
    List<Category> categories = scenario.catalogue();
    SamplerFactory.DoubleSampler[] value = new SamplerFactory.DoubleSampler[categories.size()];
    SamplerFactory.DoubleSampler[] weight = new SamplerFactory.DoubleSampler[categories.size()];
    for (int c = 0; c < categories.size(); c++) {
      value[c] = SamplerFactory.of(categories.get(c).value(), rng);
      weight[c] = SamplerFactory.of(categories.get(c).weight(), rng);
    }
    DistributionSpec handlingSpec = scenario.merchants().handlingHours();
    SamplerFactory.DoubleSampler handling =
        SamplerFactory.of(handlingSpec != null ? handlingSpec : DEFAULT_HANDLING, rng);
    var consumers = world.consumers();
    var merchants = world.merchants();
    var links = world.supplyLinks();
    var businesses = world.businesses();
    int consumerCount = consumers.count();
    int[] zoneDestination = world.zones().destinationColumn();
    int day = dayOf(dayStart, from);
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
        int c = consumerTable.sample(rng);
        zone = consumers.zone(c);
        destination = zoneDestination[zone];
        category = consumers.sampleCategory(destination, rng);
        merchant = merchants.sampleSeller(category, rng);
        recipient = c;
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
      s.value[i] = (float) Math.max(0.01, value[category].sample());
      s.weight[i] = (float) Math.max(0.001, weight[category].sample());
      float order = (float) (day * 24.0 + rng.nextDouble() * 24.0);
      s.tOrder[i] = order;
      s.tDispatch[i] = order + (float) Math.max(0, handling.sample());
    }
  }

  private void hop(ShipmentColumns s, int from, int to, int shard, int position, float[] clock, float[] start) {
    UniformRandomProvider rng =
        StreamSeeds.stream(seed, replication, StreamSeeds.Purpose.HOPS, shard * 64 + position);
    int nodeCount = network.nodeCount();
    SamplerFactory.DoubleSampler[] dwell = new SamplerFactory.DoubleSampler[nodeCount];
    for (int n = 0; n < nodeCount; n++) {
      DistributionSpec spec = network.nodeDwell(n);
      dwell[n] = spec == null ? null : SamplerFactory.of(spec, rng);
    }
    SamplerFactory.DoubleSampler[] transit = new SamplerFactory.DoubleSampler[network.laneCount()];
    for (int l = 0; l < transit.length; l++) {
      transit[l] = SamplerFactory.of(network.laneTransit(l), rng);
    }
    for (int i = from; i < to; i++) {
      int r = s.route[i];
      int[] nodes = routeNodes[r];
      if (position >= nodes.length) {
        continue;
      }
      int node = nodes[position];
      float arrival = clock[i];
      float departure = start[i] + (dwell[node] == null ? 0f : (float) Math.max(0, dwell[node].sample()));
      if (position == 0) {
        s.tDeparture[i] = departure;
      }
      if (position == routeHubPosition[r]) {
        s.tHubScan[i] = arrival;
        s.tRelease[i] = departure;
      }
      if (position == nodes.length - 1) {
        s.tHandover[i] = arrival;
        s.tDelivery[i] = departure;
        if (routeHubPosition[r] < 0) {
          s.tHubScan[i] = Float.NaN;
          s.tRelease[i] = Float.NaN;
        }
      } else {
        clock[i] = departure + (float) Math.max(0, transit[routeLanes[r][position]].sample());
      }
    }
  }

  private static int dayOf(int[] dayStart, int row) {
    int d = 0;
    while (d + 1 < dayStart.length && row >= dayStart[d + 1]) {
      d++;
    }
    return Math.min(d, dayStart.length - 2);
  }

  private static long poisson(UniformRandomProvider rng, double mean) {
    return mean <= 0 ? 0 : PoissonSampler.of(rng, mean).sample();
  }

  private static double sum(double[] a) {
    double t = 0;
    for (double v : a) {
      t += v;
    }
    return t;
  }
}
