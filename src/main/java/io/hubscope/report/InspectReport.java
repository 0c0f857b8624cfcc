package io.hubscope.report;

import java.util.List;
import java.util.Map;

/**
 * What {@code hubscope inspect} reports, as plain values: the text and JSON outputs are two renderings of it.
 *
 * @param scenario identity of the scenario
 * @param parties every party
 * @param origins sending regions
 * @param destinations receiving countries with their zones
 * @param network network size
 * @param nodes every node with its chokepoint scores
 * @param articulationPoints ids of the nodes whose removal disconnects the undirected network
 * @param routes routes per origin-destination pair
 * @param world sizes of the synthetic world
 * @param dataFlow the field x party matrix
 */
public record InspectReport(
    ScenarioInfo scenario,
    List<PartyRow> parties,
    List<OriginRow> origins,
    List<DestinationRow> destinations,
    NetworkSize network,
    List<NodeRow> nodes,
    List<String> articulationPoints,
    List<PairRoutes> routes,
    WorldSize world,
    DataFlow dataFlow) {

  /**
   * Scenario identity.
   *
   * @param name name
   * @param description description
   * @param variant applied variant
   * @param file file as given
   * @param sha256 hex SHA-256 of the file
   */
  public record ScenarioInfo(String name, String description, String variant, String file, String sha256) {}

  /**
   * A party.
   *
   * @param id id
   * @param name name
   * @param role role
   * @param group corporate group
   * @param jurisdiction jurisdiction
   */
  public record PartyRow(String id, String name, String role, String group, String jurisdiction) {}

  /**
   * An origin.
   *
   * @param id id
   * @param name name
   * @param country country
   * @param node network node
   */
  public record OriginRow(String id, String name, String country, String node) {}

  /**
   * A destination.
   *
   * @param id id
   * @param name name
   * @param node network node
   * @param postcodeDigits postcode length
   * @param population residents over all zones
   * @param postcodes postcodes over all zones
   * @param zones zones
   */
  public record DestinationRow(String id, String name, String node, Integer postcodeDigits, long population,
      int postcodes, List<ZoneRow> zones) {}

  /**
   * A postcode zone.
   *
   * @param prefix prefix
   * @param name name
   * @param population residents
   * @param postcodes number of postcodes
   * @param consumers simulated consumers living there
   */
  public record ZoneRow(String prefix, String name, long population, int postcodes, int consumers) {}

  /**
   * Network size.
   *
   * @param nodes nodes
   * @param lanes directed lanes (a bidirectional lane counts twice)
   * @param odPairs origin-destination pairs
   * @param reachablePairs pairs whose destination is reachable
   */
  public record NetworkSize(int nodes, int lanes, int odPairs, int reachablePairs) {}

  /**
   * A node and its chokepoint scores.
   *
   * @param id id
   * @param type type
   * @param operator operating party, or null
   * @param capacityPerDay capacity, or null when unlimited
   * @param betweenness betweenness centrality (Brandes), not normalised
   * @param normalisedBetweenness betweenness / ((n-1)(n-2))
   * @param allRoutesShare share of reachable OD pairs whose every path passes the node
   * @param articulationPoint whether removing it disconnects the undirected network
   */
  public record NodeRow(String id, String type, String operator, Long capacityPerDay, double betweenness,
      double normalisedBetweenness, double allRoutesShare, boolean articulationPoint) {}

  /**
   * The routes of one origin-destination pair.
   *
   * @param origin origin id
   * @param destination destination id
   * @param routes its alternatives
   */
  public record PairRoutes(String origin, String destination, List<RouteRow> routes) {}

  /**
   * One route.
   *
   * @param share share of the pair's traffic
   * @param hub hub node id, or null
   * @param path node ids in travel order
   * @param cost routing cost
   * @param shipmentsPerDay expected shipments per day (simulated scale)
   */
  public record RouteRow(double share, String hub, List<String> path, double cost, double shipmentsPerDay) {}

  /**
   * Sizes of the synthetic world.
   *
   * @param seed world seed
   * @param merchants merchants
   * @param consumers consumers
   * @param businesses firms
   * @param supplyLinks supplier-firm links
   * @param zones postcode zones
   * @param postcodes postcodes
   * @param expectedShipments expected shipments per replication: the world's orders per day (consumers' and supply
   *     links' rates) summed over the horizon's days, each weighted by the demand curve
   */
  public record WorldSize(long seed, int merchants, int consumers, int businesses, int supplyLinks, int zones,
      int postcodes, double expectedShipments) {}

  /**
   * The data-flow matrix.
   *
   * @param fields field ids (rows)
   * @param parties party ids (columns), every party
   * @param cells field id to (party id to cell text)
   */
  public record DataFlow(List<String> fields, List<String> parties, Map<String, Map<String, String>> cells) {}
}
