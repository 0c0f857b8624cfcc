package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.disclosure.DisclosurePlan;
import io.hubscope.disclosure.DisclosurePlanner;
import io.hubscope.disclosure.ObserverView;
import io.hubscope.network.Detours;
import io.hubscope.network.LogisticsNetwork;
import io.hubscope.network.RoutePlanner;
import io.hubscope.network.RouteTable;
import io.hubscope.scenario.Scenario;
import io.hubscope.simulation.DisruptedShipments;
import io.hubscope.simulation.NodeOutage;
import io.hubscope.simulation.ReplicationSimulator;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.testing.DisruptionFixtures;
import io.hubscope.util.RunProgress;
import io.hubscope.world.HandWorld;
import io.hubscope.world.ScenarioIndex;
import io.hubscope.world.World;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The disruption experiment end to end on the constant-time networks of {@link DisruptionFixtures}: recipient 0 is
 * a consumer, 1 a firm of sector makers, 2 a firm of sector shops, each firm with one input supplied by the one
 * merchant (so all parcels share one origin-destination pair). Horizon 7 days: deadline 14 days = 336 h.
 */
class DisruptionMetricTest {

  static final double EPS = 1e-9;
  final ExecutorService executor = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  Map<String, Double> run(Scenario scenario, double makersCover, double shopsCover, int[] recipient,
      float[] dispatch, String node, int startDay, int days) {
    Setup setup = setUp(scenario, makersCover, shopsCover, recipient, dispatch, node, startDay, days);
    return MarketFixture.measure(new DisruptionMetric(), setup.context(), setup.shipments());
  }

  /** The experiment's context and baseline shipments. */
  record Setup(MetricContext context, ShipmentColumns shipments) {}

  Setup setUp(Scenario scenario, double makersCover, double shopsCover, int[] recipient,
      float[] dispatch, String node, int startDay, int days) {
    ScenarioIndex index = new ScenarioIndex(scenario);
    LogisticsNetwork network = LogisticsNetwork.of(scenario, index);
    RouteTable routes = RoutePlanner.plan(scenario, network, index);
    World world = HandWorld.of(scenario).merchant(0).consumer(0)
        .business(0, 1).input(0, makersCover, 0)
        .business(1, 2).input(0, shopsCover, 0)
        .build();
    ShipmentColumns s = new ShipmentColumns(dispatch.length);
    for (int i = 0; i < dispatch.length; i++) {
      s.recipient[i] = recipient[i];
      s.route[i] = 0;
      s.tOrder[i] = dispatch[i];
      s.tDispatch[i] = dispatch[i];
      s.value[i] = 1;
    }
    ReplicationSimulator sim = new ReplicationSimulator(scenario, world, network, routes, 3, 1, 2);
    sim.travel(s, executor);
    DisruptedShipments d = null;
    if (node != null) {
      NodeOutage outage = new NodeOutage(network.node(node), startDay, days);
      d = sim.disrupt(s, outage, Detours.around(network, routes, outage.node()), executor, RunProgress.NONE);
    }
    DisclosurePlan plan = DisclosurePlanner.plan(index, routes);
    BitSet pool = new BitSet();
    pool.set(index.party("hubco1"));
    MetricContext ctx = new MetricContext(scenario, world, network, routes, plan, ObserverView.of("o", pool, plan),
        3, 1, s.size, d);
    return new Setup(ctx, s);
  }

  private static Map<String, Double> emitted(MetricAccumulator a) {
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    a.emit((measure, group, value, unit) -> out.put(group.isEmpty() ? measure : measure + "|" + group, value));
    return out;
  }

  @Test
  void observersShareAShardsCountsWithoutSeeingEachOthersLaterRows() {
    Setup setup = setUp(DisruptionFixtures.twoHubs(), 1.0, 2.0, new int[] {0, 0, 1, 1, 2},
        new float[] {5, 20, 40, 62, 61.5f}, "H1", 1, 2);
    ShipmentColumns s = setup.shipments();
    DisruptionMetric metric = new DisruptionMetric();
    MetricAccumulator first = metric.newAccumulator(setup.context());
    first.add(s, 0, 5);
    MetricAccumulator second = metric.newAccumulator(setup.context());
    second.add(s, 0, 5);
    // the second observer's accumulator now shares the first one's counts; more rows must not reach the first
    second.add(s, 0, 2);
    assertThat(emitted(first).get("delayed_share")).isCloseTo(3 / 5.0, within(EPS));
    assertThat(emitted(first)).isEqualTo(MarketFixture.measure(metric, setup.context(), s));
    // rows 0 and 1 again: 7 shipments, the second (32 -> 35 h) delayed once more
    assertThat(emitted(second).get("delayed_share")).isCloseTo(4 / 7.0, within(EPS));
  }

  @Test
  void reroutedParcelsAreDelayedByTheLongerDetour() {
    // H1 down on days 1-2. Deliveries (baseline -> disrupted): 17 -> 17, 32 -> 35, 52 -> 55, 74 -> 74,
    // 73.5 -> 76.5 (see DisruptedSimulationTest). Recipients: consumer, consumer, makers, makers, shops.
    Map<String, Double> m = run(DisruptionFixtures.twoHubs(), 1.0, 2.0, new int[] {0, 0, 1, 1, 2},
        new float[] {5, 20, 40, 62, 61.5f}, "H1", 1, 2);
    assertThat(m.get("delayed_share")).isCloseTo(3 / 5.0, within(EPS));
    assertThat(m.get("delayed_share|region=X")).isCloseTo(3 / 5.0, within(EPS));
    assertThat(m.get("delayed_share|sector=makers")).isCloseTo(1 / 2.0, within(EPS));
    assertThat(m.get("delayed_share|sector=shops")).isCloseTo(1, within(EPS));
    assertThat(m.get("delayed_share|sector=consumers")).isCloseTo(1 / 2.0, within(EPS));
    assertThat(m.get("undelivered_share")).isCloseTo(0, within(EPS));
    assertThat(m.get("delay_hours_mean")).isCloseTo(3, within(EPS));
    assertThat(m.get("rerouted_share")).isCloseTo(3 / 5.0, within(EPS));
    // Backlog of late parcels on the pair: never more than one at a time (32-35, 52-55, 73-76); flow 5 parcels in
    // 7 days: TTR = 1 / (5/7) = 1.4 days. Makers cover 1 day (exposed), shops 2 days (not).
    assertThat(m.get("exposed_businesses")).isCloseTo(1, within(EPS));
    assertThat(m.get("exposed_share")).isCloseTo(0.5, within(EPS));
    assertThat(m.get("exposed_share|sector=makers")).isCloseTo(1, within(EPS));
    assertThat(m.get("exposed_share|sector=shops")).isCloseTo(0, within(EPS));
  }

  @Test
  void withoutAnAlternativeTheRecoveryTimeIsTheOutagePlusTheBacklog() {
    // H (one parcel a day) down on days 1-2: 12 -> 12, 32 -> 74, 52 -> 98. Backlog: +1 at 32 h, +1 at 52 h,
    // -1 at 74 h, -1 at 98 h: at most 2 late parcels, flow 3 in 7 days: TTR = 2 / (3/7) = 14/3 days.
    Map<String, Double> m = run(DisruptionFixtures.oneHub(), 4.0, 5.0, new int[] {0, 1, 2},
        new float[] {0, 20, 40}, "H", 1, 2);
    assertThat(m.get("delayed_share")).isCloseTo(2 / 3.0, within(EPS));
    assertThat(m.get("delay_hours_mean")).isCloseTo((42 + 46) / 2.0, within(EPS));
    assertThat(m.get("rerouted_share")).isCloseTo(0, within(EPS));
    // makers: 4 days of cover < 14/3 (exposed); shops: 5 days (not)
    assertThat(m.get("exposed_businesses")).isCloseTo(1, within(EPS));
    assertThat(m.get("exposed_share|sector=makers")).isCloseTo(1, within(EPS));
    assertThat(m.get("exposed_share|sector=shops")).isCloseTo(0, within(EPS));
  }

  @Test
  void aLateOutagePushesParcelsPastTheDeadline() {
    // 12 parcels reach H at 120 + k h (day 5). Baseline, one a day: parcel k leaves on day 5 + k, delivered at
    // (5 + k) 24 + 2 (parcel 0 at 122); k >= 9 are already past 336 h. H down on days 5-6: parcel k leaves on day
    // 7 + k, so k = 7 and 8 now miss the deadline too. Everyone is 48 h late.
    float[] dispatch = new float[12];
    int[] consumer = new int[12];
    for (int k = 0; k < 12; k++) {
      dispatch[k] = 110 + k;
    }
    Map<String, Double> m = run(DisruptionFixtures.oneHub(), 1, 1, consumer, dispatch, "H", 5, 2);
    assertThat(m.get("undelivered_share")).isCloseTo(2 / 12.0, within(EPS));
    assertThat(m.get("undelivered_share|sector=consumers")).isCloseTo(2 / 12.0, within(EPS));
    assertThat(m.get("delayed_share")).isCloseTo(1, within(EPS));
    assertThat(m.get("delay_hours_mean")).isCloseTo(48, within(EPS));
    // The firms bought nothing, but their pair carries the consumer parcels: late parcels are due 24 h apart and
    // 48 h late, so at most 2 are outstanding at once; flow 12 in 7 days: TTR = 2 / (12/7) = 7/6 days, longer than
    // the firms' 1 day of cover.
    assertThat(m.get("exposed_businesses")).isCloseTo(2, within(EPS));
  }

  @Test
  void nothingIsEmittedWithoutADisruption() {
    Map<String, Double> m = run(DisruptionFixtures.twoHubs(), 1, 1, new int[] {0}, new float[] {5}, null, 0, 0);
    assertThat(m).isEmpty();
  }
}
