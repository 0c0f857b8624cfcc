package io.hubscope.metrics;

import io.hubscope.disclosure.DisclosurePlan;
import io.hubscope.disclosure.ObserverView;
import io.hubscope.network.LogisticsNetwork;
import io.hubscope.network.RouteTable;
import io.hubscope.scenario.Scenario;
import io.hubscope.simulation.DisruptedShipments;
import io.hubscope.world.World;

/**
 * What a metric may read for one observer in one replication.
 *
 * @param scenario the (variant-resolved) scenario
 * @param world the replication's world (ground truth about people, firms, suppliers)
 * @param network the logistics network
 * @param routes the route table
 * @param plan the disclosure plan (every party)
 * @param view the observer's view
 * @param seed master seed
 * @param replication replication number
 * @param totalShipments shipments simulated in the replication (the whole market, not only the observer's)
 * @param disruption the same replication re-simulated with the configured node outage (row for row, common random
 *     numbers), or null when no disruption is configured
 */
public record MetricContext(
    Scenario scenario,
    World world,
    LogisticsNetwork network,
    RouteTable routes,
    DisclosurePlan plan,
    ObserverView view,
    long seed,
    int replication,
    int totalShipments,
    DisruptedShipments disruption) {

  /**
   * A context without a disruption experiment.
   *
   * @param scenario the (variant-resolved) scenario
   * @param world the replication's world
   * @param network the logistics network
   * @param routes the route table
   * @param plan the disclosure plan
   * @param view the observer's view
   * @param seed master seed
   * @param replication replication number
   * @param totalShipments shipments simulated in the replication
   */
  public MetricContext(Scenario scenario, World world, LogisticsNetwork network, RouteTable routes,
      DisclosurePlan plan, ObserverView view, long seed, int replication, int totalShipments) {
    this(scenario, world, network, routes, plan, view, seed, replication, totalShipments, null);
  }

  /** Days simulated. */
  public int horizonDays() {
    return scenario.meta().horizonDays();
  }

  /**
   * Real shipments each simulated one stands for: realShipmentsPerDay / (simulated shipments per day); 1 when the
   * scenario gives no real scale.
   */
  public double scaleFactor() {
    var scale = scenario.meta().scale();
    if (scale == null || scale.realShipmentsPerDay() == null || totalShipments == 0) {
      return 1;
    }
    return scale.realShipmentsPerDay() / (totalShipments / (double) horizonDays());
  }
}
