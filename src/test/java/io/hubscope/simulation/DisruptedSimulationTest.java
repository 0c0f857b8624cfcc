package io.hubscope.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.network.Detours;
import io.hubscope.network.LogisticsNetwork;
import io.hubscope.network.RoutePlanner;
import io.hubscope.network.RouteTable;
import io.hubscope.scenario.Scenario;
import io.hubscope.testing.DisruptionFixtures;
import io.hubscope.world.HandWorld;
import io.hubscope.world.ScenarioIndex;
import io.hubscope.world.World;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Node outages worked out by hand on the constant-time networks of {@link DisruptionFixtures}. */
class DisruptedSimulationTest {

  final ExecutorService executor = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  record Run(Scenario scenario, LogisticsNetwork network, RouteTable routes, ReplicationSimulator simulator) {
    static Run of(Scenario scenario, int shardRows) {
      ScenarioIndex index = new ScenarioIndex(scenario);
      LogisticsNetwork network = LogisticsNetwork.of(scenario, index);
      RouteTable routes = RoutePlanner.plan(scenario, network, index);
      World world = HandWorld.of(scenario).merchant(0).consumer(0).build();
      return new Run(scenario, network, routes,
          new ReplicationSimulator(scenario, world, network, routes, 3, 1, shardRows));
    }

    ShipmentColumns dispatched(float... dispatch) {
      ShipmentColumns s = new ShipmentColumns(dispatch.length);
      for (int i = 0; i < dispatch.length; i++) {
        s.route[i] = 0;
        s.tOrder[i] = dispatch[i];
        s.tDispatch[i] = dispatch[i];
      }
      return s;
    }

    DisruptedShipments disrupt(ShipmentColumns base, String node, int startDay, int days, ExecutorService ex) {
      NodeOutage outage = new NodeOutage(network.node(node), startDay, days);
      return simulator.disrupt(base, outage, Detours.around(network, routes, outage.node()), ex,
          io.hubscope.util.RunProgress.NONE);
    }
  }

  @Test
  void parcelsThatWouldReachTheStoppedHubTakeTheOtherOne() {
    // H1 is down on days 1 and 2, i.e. hours [24, 72). Planned route O-H1-D takes 12 h; the detour O-H2-D 15 h.
    Run run = Run.of(DisruptionFixtures.twoHubs(), 2);
    assertThat(run.routes().routeCount()).isEqualTo(1);
    ShipmentColumns base = run.dispatched(5, 20, 40, 62, 61.5f);
    run.simulator().travel(base, executor);
    assertThat(base.tDelivery).containsExactly(17f, 32f, 52f, 74f, 73.5f);
    DisruptedShipments d = run.disrupt(base, "H1", 1, 2, executor);
    // row 0 reaches H1 at 15 (before), row 3 at 72 (back up): unchanged. Rows 1, 2, 4 would reach H1 at 30, 50,
    // 71.5: they leave O for H2 instead and arrive 3 h later.
    assertThat(d.shipments().tDelivery).containsExactly(17f, 35f, 55f, 74f, 76.5f);
    assertThat(d.rerouted(0)).isFalse();
    assertThat(d.rerouted(1)).isTrue();
    assertThat(d.rerouted(3)).isFalse();
    assertThat(d.rerouted(4)).isTrue();
    assertThat(d.shipments().tHubScan[1]).isEqualTo(32f);
    assertThat(d.shipments().route[1]).isEqualTo(0);
    assertThat(d.path(1)).isEqualTo(1);
  }

  @Test
  void onlyAsManyParcelsDetourAsTheOtherHubHasRoomFor() {
    // H2 takes one parcel a day. Candidates would reach H2 at 32 and 33 (day 1) and 52 (day 2), in that order:
    // the first of day 1 and the one of day 2 detour; the second of day 1 keeps its route, reaches H1 at 31 and
    // waits there until it reopens at 72, delivered at 74.
    Run run = Run.of(DisruptionFixtures.twoHubs(1), 2);
    ShipmentColumns base = run.dispatched(21, 20, 40);
    run.simulator().travel(base, executor);
    assertThat(base.tDelivery).containsExactly(33f, 32f, 52f);
    DisruptedShipments d = run.disrupt(base, "H1", 1, 2, executor);
    assertThat(d.shipments().tDelivery).containsExactly(74f, 35f, 55f);
    assertThat(d.rerouted(0)).isFalse();
    assertThat(d.rerouted(1)).isTrue();
    assertThat(d.rerouted(2)).isTrue();
  }

  @Test
  void withoutAnotherHubParcelsWaitAndTheBacklogDrainsAtCapacity() {
    // H handles one parcel a day and is down on days 1 and 2. Row 0 reaches H at 10 (day 0, served at once).
    // Rows 1 and 2 reach it at 30 and 50 (down): the first is served when it reopens (72 h), the second the next
    // day (96 h), since the day's one slot is taken.
    Run run = Run.of(DisruptionFixtures.oneHub(), 65536);
    ShipmentColumns base = run.dispatched(0, 20, 40);
    run.simulator().travel(base, executor);
    assertThat(base.tDelivery).containsExactly(12f, 32f, 52f);
    DisruptedShipments d = run.disrupt(base, "H", 1, 2, executor);
    assertThat(d.shipments().tDelivery).containsExactly(12f, 74f, 98f);
    assertThat(d.rerouted(1)).isFalse();
    assertThat(d.shipments().tHubScan[1]).isEqualTo(30f);
    assertThat(d.shipments().tRelease[1]).isEqualTo(72f);
  }

  @Test
  void anOutageOfANodeNobodyUsesChangesNothing() {
    Run run = Run.of(DisruptionFixtures.twoHubs(), 3);
    ShipmentColumns base = run.dispatched(5, 20, 40, 62, 61.5f);
    run.simulator().travel(base, executor);
    DisruptedShipments d = run.disrupt(base, "H2", 0, 7, executor);
    assertThat(d.shipments().tDelivery).containsExactly(base.tDelivery);
    assertThat(d.shipments().tHubScan).containsExactly(base.tHubScan);
  }

  @Test
  void detoursLeaveFromTheNodeBeforeTheStoppedOne() {
    Run run = Run.of(DisruptionFixtures.twoHubs(), 3);
    Detours around = Detours.around(run.network(), run.routes(), run.network().node("H1"));
    assertThat(around.switchPosition(0)).isEqualTo(0);
    assertThat(around.nodes(around.detour(0))).containsExactly(run.network().node("O"), run.network().node("H2"),
        run.network().node("D"));
    assertThat(around.cost(around.detour(0))).isEqualTo(15.0);
    // The destination's own depot has no way around it.
    assertThat(Detours.around(run.network(), run.routes(), run.network().node("D")).detour(0)).isEqualTo(-1);
  }
}
