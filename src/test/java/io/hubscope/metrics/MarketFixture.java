package io.hubscope.metrics;

import static io.hubscope.testing.ScenarioFixtures.category;
import static io.hubscope.testing.ScenarioFixtures.destination;
import static io.hubscope.testing.ScenarioFixtures.field;
import static io.hubscope.testing.ScenarioFixtures.lane;
import static io.hubscope.testing.ScenarioFixtures.message;
import static io.hubscope.testing.ScenarioFixtures.mix;
import static io.hubscope.testing.ScenarioFixtures.node;
import static io.hubscope.testing.ScenarioFixtures.origin;
import static io.hubscope.testing.ScenarioFixtures.party;
import static io.hubscope.testing.ScenarioFixtures.zone;

import io.hubscope.disclosure.DisclosurePlan;
import io.hubscope.disclosure.DisclosurePlanner;
import io.hubscope.disclosure.ObserverView;
import io.hubscope.network.LogisticsNetwork;
import io.hubscope.network.RoutePlanner;
import io.hubscope.network.RouteTable;
import io.hubscope.scenario.AnalysisSpec;
import io.hubscope.scenario.Attribute;
import io.hubscope.scenario.CustomerSpec;
import io.hubscope.scenario.DistributionSpec;
import io.hubscope.scenario.MerchantSpec;
import io.hubscope.scenario.Meta;
import io.hubscope.scenario.NeedSpec;
import io.hubscope.scenario.NetworkSpec;
import io.hubscope.scenario.NetworkSpec.Mode;
import io.hubscope.scenario.NetworkSpec.NodeType;
import io.hubscope.scenario.PartyRole;
import io.hubscope.scenario.Regions;
import io.hubscope.scenario.Scenario;
import io.hubscope.scenario.TransformSpec;
import io.hubscope.scenario.TransformSpec.Op;
import io.hubscope.simulation.DisruptedShipments;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.world.HandWorld;
import io.hubscope.world.ScenarioIndex;
import io.hubscope.world.World;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small market written out by hand for the economic, supply, targetable and utility metrics.
 *
 * <pre>
 *   O1 (origin A) --air 10--> H1 (hub, hubco1) --road--> DX (depot, postX, destination X)
 *        \--------air 12--> H2 (hub, hubco2) --road--> DY (depot, postY, destination Y)
 *   O2 (origin B) --air 11--> H2                 (both hubs reach both depots)
 * </pre>
 * Routing by hub shares 50/50; O2 cannot reach H1. Routes: r0 A-X via H1, r1 A-X via H2, r2 A-Y via H1, r3 A-Y via
 * H2, r4 B-X via H2, r5 B-Y via H2. Categories: c0 gadgets 851770, c1 chips 854231, c2 memory 854232 (c1 and c2
 * share the heading 8542).
 *
 * <p>Messages: {@code ens} from shipper to @hub and customs (name, type, postcode, seller, hs, value, tracking,
 * weight); {@code handover} from @hub to @lastMile (name, postcode, tracking, weight); {@code order} from consumers
 * to shop (name, postcode, desc, value, seller). Transforms: hubco2 gets hs at 4 digits, value in bins of 10, name
 * and seller as keyed pseudonyms, no type, postcode at 2 digits; postY gets the postcode at 2 digits.
 *
 * <p>World: merchants m0, m1 (origin A), m2 (origin B); consumers k0, k1 (X), k2 (Y) = recipients 0-2; firms (=
 * recipients 3-5) b0 (sector makers, X) buying c1 from m0 and m2 (3 days of cover), b1 (makers, Y) buying c1 from m1
 * (10 days) and c2 from m2 (1 day), b2 (sector shops, X) buying c1 from m0 (2 days).
 */
final class MarketFixture {

  static final int K0 = 0;
  static final int K1 = 1;
  static final int K2 = 2;
  static final int B0 = 3;
  static final int B1 = 4;
  static final int B2 = 5;

  final Scenario scenario;
  final ScenarioIndex index;
  final LogisticsNetwork network;
  final RouteTable routes;
  final DisclosurePlan plan;
  final World world;

  MarketFixture() {
    this(List.of());
  }

  /**
   * The market with extra transforms appended (the last matching transform wins).
   *
   * @param extra transforms appended to the fixture's
   */
  MarketFixture(List<TransformSpec> extra) {
    this(extra, MarketFixture::standardWorld);
  }

  /**
   * The market with extra transforms and another world.
   *
   * @param extra transforms appended to the fixture's
   * @param worldMaker builds the world from the scenario
   */
  MarketFixture(List<TransformSpec> extra, java.util.function.Function<Scenario, World> worldMaker) {
    List<TransformSpec> transforms = new ArrayList<>(baseTransforms());
    transforms.addAll(extra);
    scenario = scenario(transforms);
    index = new ScenarioIndex(scenario);
    network = LogisticsNetwork.of(scenario, index);
    routes = RoutePlanner.plan(scenario, network, index);
    plan = DisclosurePlanner.plan(index, routes);
    world = worldMaker.apply(scenario);
  }

  /** The world of the class comment. */
  static World standardWorld(Scenario scenario) {
    return HandWorld.of(scenario)
        .merchant(0).merchant(0).merchant(1)
        .consumer(0).consumer(1).consumer(10)
        .business(0, 2).input(1, 3, 0, 2)
        .business(0, 12).input(1, 10, 1).input(2, 1, 2)
        .business(1, 3).input(1, 2, 0)
        .build();
  }

  static List<TransformSpec> baseTransforms() {
    return List.of(
        new TransformSpec("hs", List.of("hubco2"), null, Op.GENERALISE, null, 4, null, null, null, null),
        new TransformSpec("value", List.of("hubco2"), null, Op.GENERALISE, null, null, 10.0, null, null, null),
        new TransformSpec("name", List.of("hubco2"), null, Op.PSEUDONYMISE, TransformSpec.Pseudonym.KEYED, null,
            null, null, null, null),
        new TransformSpec("seller", List.of("hubco2"), null, Op.PSEUDONYMISE, TransformSpec.Pseudonym.KEYED, null,
            null, null, null, null),
        new TransformSpec("type", List.of("hubco2"), null, Op.OMIT, null, null, null, null, null, null),
        new TransformSpec("postcode", List.of("hubco2"), null, Op.GENERALISE, null, 2, null, null, null, null),
        new TransformSpec("postcode", List.of("postY"), null, Op.GENERALISE, null, 2, null, null, null, null));
  }

  static Scenario scenario(List<TransformSpec> transforms) {
    Regions regions = new Regions(List.of(origin("A", "O1"), origin("B", "O2")),
        List.of(destination("X", "DX", zone("1", 100, 10)), destination("Y", "DY", zone("2", 100, 10))));
    NetworkSpec network = new NetworkSpec(List.of(
        node("O1", NodeType.AIRPORT, "airline"), node("O2", NodeType.AIRPORT, "airline"),
        node("H1", NodeType.HUB, "hubco1"), node("H2", NodeType.HUB, "hubco2"),
        node("DX", NodeType.DEPOT, "postX"), node("DY", NodeType.DEPOT, "postY")),
        List.of(lane("O1", "H1", Mode.AIR, "airline", 10), lane("O1", "H2", Mode.AIR, "airline", 12),
            lane("O2", "H2", Mode.AIR, "airline", 11),
            lane("H1", "DX", Mode.ROAD, "postX", 2), lane("H1", "DY", Mode.ROAD, "postY", 3),
            lane("H2", "DX", Mode.ROAD, "postX", 2), lane("H2", "DY", Mode.ROAD, "postY", 3)),
        new NetworkSpec.Routing(NetworkSpec.Method.HUB_SHARES, mix("H1", 0.5, "H2", 0.5)));
    var parties = List.of(
        party("shop", PartyRole.MARKETPLACE, "g1"), party("shipper", PartyRole.FULFILMENT, "g1"),
        party("airline", PartyRole.LINE_HAUL_CARRIER, "air"), party("hubco1", PartyRole.HUB_OPERATOR, "g1"),
        party("hubco2", PartyRole.HUB_OPERATOR, "g2"), party("postX", PartyRole.LAST_MILE_CARRIER, "px"),
        party("postY", PartyRole.LAST_MILE_CARRIER, "py"), party("customs", PartyRole.CUSTOMS_AUTHORITY, "state"),
        party("consumers", PartyRole.CONSUMERS, "public"));
    var catalogue = List.of(category("gadgets", "851770"), category("chips", "854231"),
        category("memory", "854232"));
    var fields = List.of(field("name", Attribute.RECIPIENT_NAME), field("type", Attribute.RECIPIENT_TYPE),
        field("postcode", Attribute.RECIPIENT_POSTCODE), field("seller", Attribute.SENDER_NAME),
        field("hs", Attribute.ITEM_HS), field("value", Attribute.ITEM_VALUE),
        field("tracking", Attribute.PARCEL_TRACKING_ID), field("desc", Attribute.ITEM_DESCRIPTION),
        field("weight", Attribute.PARCEL_WEIGHT));
    var messages = List.of(
        message("ens", "shipper", List.of("@hub", "customs"),
            List.of("name", "type", "postcode", "seller", "hs", "value", "tracking", "weight")),
        message("handover", "@hub", List.of("@lastMile"), List.of("name", "postcode", "tracking", "weight")),
        message("order", "consumers", List.of("shop"), List.of("name", "postcode", "desc", "value", "seller")));
    var needs = List.of(
        new NeedSpec("hubco1", "sorting", List.of("postcode", "weight", "tracking")),
        new NeedSpec("hubco2", "sorting", List.of("postcode", "weight", "tracking")),
        new NeedSpec("hubco2", "declaration", List.of("name", "hs", "value")),
        new NeedSpec("postX", "delivery X", List.of("name", "postcode", "tracking")),
        new NeedSpec("postY", "delivery Y", List.of("name", "postcode", "tracking")),
        new NeedSpec("customs", "clearance", List.of("name", "seller", "hs", "value")));
    var sectors = List.of(sector("makers", "chips", "memory"), sector("shops", "chips"));
    var customers = new CustomerSpec(new CustomerSpec.Consumers(3, DistributionSpec.constant(365), null, List.of()),
        sectors);
    var merchants = new MerchantSpec(3, mix("A", 1), DistributionSpec.constant(1), null, 1, null);
    return new Scenario(new Meta("market", "hand-built market", 1L, 7, 1, "2025-01-06", null), regions, parties,
        network, catalogue, merchants, customers, null, fields, messages, transforms, List.of(), needs, null,
        new AnalysisSpec(null, new AnalysisSpec.Economic(2)), List.of());
  }

  static CustomerSpec.Sector sector(String id, String... inputs) {
    return new CustomerSpec.Sector(id, id, 1, List.of(inputs), DistributionSpec.constant(1),
        DistributionSpec.constant(30), DistributionSpec.constant(5), null);
  }

  /** The view of a pool of parties. */
  ObserverView view(String... parties) {
    BitSet pool = new BitSet();
    for (String p : parties) {
      pool.set(index.party(p));
    }
    return ObserverView.of(String.join("+", parties), pool, plan);
  }

  /** The route of a pair through a hub. */
  int route(String origin, String destination, String hub) {
    int pair = routes.pair(index.origin(origin), index.destination(destination));
    for (int r = routes.firstRoute(pair); r < routes.firstRoute(pair + 1); r++) {
      if (network.nodeId(routes.hub(r)).equals(hub)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no route " + origin + "-" + destination + " via " + hub);
  }

  /**
   * The ten hand-written shipments (value in EUR, order hour; horizon 7 days so the halves split at 84 h):
   * <pre>
   *  row recipient merchant category route value  order
   *   0   k0 (X)    m0       c0       r0    10     1
   *   1   k1 (X)    m1       c0       r1    20     2
   *   2   k2 (Y)    m0       c1       r2    30     3
   *   3   k2 (Y)    m2       c2       r5    40   100
   *   4   b0 (X)    m0       c1       r0    50     5
   *   5   b0 (X)    m2       c1       r4    60    90
   *   6   b1 (Y)    m1       c1       r3    70     6
   *   7   b1 (Y)    m2       c2       r5    80    95
   *   8   b2 (X)    m0       c1       r0    15   100
   *   9   k0 (X)    m1       c2       r1    25   110
   * </pre>
   */
  ShipmentColumns tenShipments() {
    int[][] rows = {
        {K0, 0, 0, route("A", "X", "H1"), 10, 1}, {K1, 1, 0, route("A", "X", "H2"), 20, 2},
        {K2, 0, 1, route("A", "Y", "H1"), 30, 3}, {K2, 2, 2, route("B", "Y", "H2"), 40, 100},
        {B0, 0, 1, route("A", "X", "H1"), 50, 5}, {B0, 2, 1, route("B", "X", "H2"), 60, 90},
        {B1, 1, 1, route("A", "Y", "H2"), 70, 6}, {B1, 2, 2, route("B", "Y", "H2"), 80, 95},
        {B2, 0, 1, route("A", "X", "H1"), 15, 100}, {K0, 1, 2, route("A", "X", "H2"), 25, 110}};
    return shipments(rows);
  }

  /** Shipments from rows of {recipient, merchant, category, route, value, order hour}. */
  static ShipmentColumns shipments(int[][] rows) {
    ShipmentColumns s = new ShipmentColumns(rows.length);
    for (int i = 0; i < rows.length; i++) {
      s.recipient[i] = rows[i][0];
      s.merchant[i] = rows[i][1];
      s.category[i] = (short) rows[i][2];
      s.route[i] = rows[i][3];
      s.value[i] = rows[i][4];
      s.weight[i] = 1;
      s.tOrder[i] = rows[i][5];
      s.tDispatch[i] = rows[i][5];
      s.tDelivery[i] = rows[i][5] + 24;
    }
    return s;
  }

  /** Runs a metric for a view. */
  Map<String, Double> measure(Metric metric, ObserverView view, ShipmentColumns s) {
    return measure(metric, context(view, s, null), s);
  }

  MetricContext context(ObserverView view, ShipmentColumns s, DisruptedShipments disrupted) {
    return new MetricContext(scenario, world, network, routes, plan, view, 7, 1, s.size, disrupted);
  }

  /**
   * Runs a metric with the rows split over shards of every size from 1 to 3, merged in order, and checks that every
   * split gives the same values as one shard (what makes results independent of the thread count).
   *
   * @return "measure" or "measure|group" to value
   */
  static Map<String, Double> measure(Metric metric, MetricContext context, ShipmentColumns s) {
    Map<String, Double> whole = once(metric, context, s, s.size);
    for (int shard = 1; shard <= 3; shard++) {
      Map<String, Double> split = once(metric, context, s, shard);
      if (!split.keySet().equals(whole.keySet())) {
        throw new AssertionError("shards of " + shard + " rows give other rows: " + split.keySet());
      }
      for (var e : whole.entrySet()) {
        double a = e.getValue();
        double b = split.get(e.getKey());
        if (!(a == b || (Double.isNaN(a) && Double.isNaN(b)))) {
          throw new AssertionError(e.getKey() + ": " + a + " in one shard, " + b + " in shards of " + shard);
        }
      }
    }
    return whole;
  }

  /** Runs a metric in one shard (no merge check; for properties that run many times). */
  Map<String, Double> measureOnce(Metric metric, ObserverView view, ShipmentColumns s) {
    return once(metric, context(view, s, null), s, s.size);
  }

  private static Map<String, Double> once(Metric metric, MetricContext context, ShipmentColumns s, int shardRows) {
    MetricAccumulator merged = metric.newAccumulator(context);
    for (int from = 0; from < Math.max(1, s.size); from += Math.max(1, shardRows)) {
      MetricAccumulator a = metric.newAccumulator(context);
      a.add(s, from, Math.min(s.size, from + shardRows));
      merged.merge(a);
    }
    Map<String, Double> out = new LinkedHashMap<>();
    merged.emit((measure, group, value, unit) -> {
      String key = group.isEmpty() ? measure : measure + "|" + group;
      if (out.put(key, value) != null) {
        throw new AssertionError("emitted twice: " + key);
      }
    });
    return out;
  }
}
