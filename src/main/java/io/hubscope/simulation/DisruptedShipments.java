package io.hubscope.simulation;

/**
 * The same replication simulated again with a node outage, row for row: row i is the same order as row i of the
 * baseline (same buyer, merchant, category, planned route, value, weight, order and dispatch times), with the times
 * it gets when the node stops. {@link ShipmentColumns#route} keeps the planned route; {@link #path(int)} tells which
 * way the parcel actually went.
 */
public final class DisruptedShipments {

  private final NodeOutage outage;
  private final ShipmentColumns shipments;
  private final int[] path;
  private final int routeCount;

  /**
   * Wraps a disrupted run.
   *
   * @param outage the outage
   * @param shipments the disrupted shipments
   * @param path per row: the route index when it kept its route, else {@code routeCount + detour index}
   * @param routeCount number of routes of the route table
   */
  public DisruptedShipments(NodeOutage outage, ShipmentColumns shipments, int[] path, int routeCount) {
    if (path.length != shipments.size) {
      throw new IllegalArgumentException("one path per row expected");
    }
    this.outage = outage;
    this.shipments = shipments;
    this.path = path;
    this.routeCount = routeCount;
  }

  /** The outage. */
  public NodeOutage outage() {
    return outage;
  }

  /** The shipments with their disrupted times (read-only by convention, like every shipment column). */
  public ShipmentColumns shipments() {
    return shipments;
  }

  /**
   * @param row row
   * @return route index, or {@code routeCount + detour index} when the parcel took a detour
   */
  public int path(int row) {
    return path[row];
  }

  /**
   * @param row row
   * @return true when the parcel took a detour around the stopped node
   */
  public boolean rerouted(int row) {
    return path[row] >= routeCount;
  }
}
