package io.hubscope.scenario;

import java.util.List;
import java.util.Map;

/**
 * The logistics network: nodes, lanes between them, and how shipments are routed.
 *
 * @param nodes airports, hubs, sorting centres, depots
 * @param lanes directed transport links
 * @param routing routing rule
 */
public record NetworkSpec(List<Node> nodes, List<Lane> lanes, Routing routing) {

  /** Kinds of node. */
  public enum NodeType {
    AIRPORT("airport"), HUB("hub"), SORTING_CENTRE("sortingCentre"), DEPOT("depot"), WAREHOUSE("warehouse");

    private final String yamlName;

    NodeType(String yamlName) {
      this.yamlName = yamlName;
    }

    /** The spelling used in scenario files. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String yamlName() {
      return yamlName;
    }
  }

  /** Transport modes of a lane. */
  public enum Mode {
    AIR("air"), ROAD("road"), RAIL("rail"), SEA("sea");

    private final String yamlName;

    Mode(String yamlName) {
      this.yamlName = yamlName;
    }

    /** The spelling used in scenario files. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String yamlName() {
      return yamlName;
    }
  }

  /**
   * A network node.
   *
   * @param id identifier (e.g. IATA code)
   * @param name human-readable name
   * @param type kind of node
   * @param operator party operating it (receives scan data of parcels passing through)
   * @param capacityPerDay parcels it can handle per day; excess waits for the next day (unlimited when absent)
   * @param dwellHours hours a parcel spends in the node when it is not held by capacity (sorting, scanning,
   *     customs release at the first EU node); 0 when absent
   */
  public record Node(
      String id, String name, NodeType type, String operator, Long capacityPerDay, DistributionSpec dwellHours) {}

  /**
   * A directed lane.
   *
   * @param from source node
   * @param to target node
   * @param mode transport mode
   * @param carrier party operating the lane
   * @param transitHours transit-time distribution in hours
   * @param capacityPerDay parcels per day the lane can carry; recorded and exported, not enforced by the engine (node
   *     capacity is)
   * @param cost routing cost (defaults to the mean transit time)
   * @param bidirectional when true, the reverse lane exists with the same attributes
   */
  public record Lane(
      String from,
      String to,
      Mode mode,
      String carrier,
      DistributionSpec transitHours,
      Long capacityPerDay,
      Double cost,
      Boolean bidirectional) {}

  /** Routing methods. */
  public enum Method {
    CHEAPEST("cheapest"), HUB_SHARES("hubShares");

    private final String yamlName;

    Method(String yamlName) {
      this.yamlName = yamlName;
    }

    /** The spelling used in scenario files. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String yamlName() {
      return yamlName;
    }
  }

  /**
   * Routing rule.
   *
   * @param method cheapest path, or traffic shares over alternative hubs
   * @param hubShares with {@code hubShares}: hub node id to the share of traffic routed through it (sums to 1)
   */
  public record Routing(Method method, Map<String, Double> hubShares) {}
}
