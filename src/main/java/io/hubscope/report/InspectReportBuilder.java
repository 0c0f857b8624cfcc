package io.hubscope.report;

import io.hubscope.disclosure.DataFlowMatrix;
import io.hubscope.network.LogisticsNetwork;
import io.hubscope.network.NetworkChokepoints;
import io.hubscope.network.RouteTable;
import io.hubscope.scenario.Party;
import io.hubscope.scenario.Regions;
import io.hubscope.scenario.Scenario;
import io.hubscope.simulation.DemandCurve;
import io.hubscope.world.ScenarioIndex;
import io.hubscope.world.World;
import io.hubscope.world.ZoneTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a {@link ScenarioInspection} into an {@link InspectReport}. */
public final class InspectReportBuilder {

  private InspectReportBuilder() {}

  /**
   * Builds the report.
   *
   * @param in the inspection
   * @return the report
   */
  public static InspectReport build(ScenarioInspection in) {
    Scenario s = in.loaded().scenario();
    World world = in.world();
    ScenarioIndex index = world.index();
    LogisticsNetwork net = in.network();
    NetworkChokepoints cp = in.chokepoints();
    var info = new InspectReport.ScenarioInfo(s.meta() == null ? null : s.meta().name(),
        s.meta() == null ? null : s.meta().description(), in.loaded().variant(), in.loaded().file().toString(),
        in.loaded().sha256());
    List<InspectReport.PartyRow> parties = s.parties().stream()
        .map(p -> new InspectReport.PartyRow(p.id(), p.name(), p.role() == null ? null : p.role().yamlName(),
            p.group(), p.jurisdiction()))
        .toList();
    List<InspectReport.OriginRow> origins = s.regions().origins().stream()
        .map(o -> new InspectReport.OriginRow(o.id(), o.name(), o.country(), o.node())).toList();
    List<InspectReport.DestinationRow> destinations = destinations(s, world);
    var size = new InspectReport.NetworkSize(net.nodeCount(), net.laneCount(), in.routes().pairCount(),
        cp.reachablePairs());
    int[] articulation = cp.articulationPoints();
    List<InspectReport.NodeRow> nodes = new ArrayList<>();
    for (int v = 0; v < net.nodeCount(); v++) {
      int op = net.nodeOperator(v);
      final int node = v;
      nodes.add(new InspectReport.NodeRow(net.nodeId(v), net.nodeType(v) == null ? null : net.nodeType(v).yamlName(),
          op < 0 ? null : index.partyAt(op).id(), net.nodeCapacity(v) < 0 ? null : net.nodeCapacity(v),
          cp.betweenness(v), cp.normalisedBetweenness(v), cp.allRoutesShare(v),
          Arrays.stream(articulation).anyMatch(a -> a == node)));
    }
    List<String> articulationIds = Arrays.stream(articulation).mapToObj(net::nodeId).toList();
    var worldSize = new InspectReport.WorldSize(world.seed(), world.merchantCount(), world.consumerCount(),
        world.businessCount(), world.supplyLinkCount(), world.zones().zoneCount(), world.zones().postcodeCount(),
        expectedShipments(s, world));
    return new InspectReport(info, parties, origins, destinations, size, nodes, articulationIds,
        routes(in, index), worldSize, dataFlow(in.matrix(), index));
  }

  /**
   * Expected shipments per replication: orders arrive as Poisson processes whose day-d rate is the world's total
   * orders per day (consumers and supply links) times the demand curve's factor f(d), so the expectation is
   * &Sigma;<sub>d</sub> f(d) &middot; (consumer rate + supply-link rate), as {@code ReplicationSimulator} draws them.
   *
   * @param s the scenario (its demand curve and horizon)
   * @param world the world (its purchase rates)
   * @return expected shipments per replication
   */
  static double expectedShipments(Scenario s, World world) {
    DemandCurve demand = new DemandCurve(s.demand(), s.meta().startDate(), s.meta().horizonDays());
    double perDay = world.consumers().totalOrdersPerDay() + world.supplyLinks().totalOrdersPerDay();
    double total = 0;
    for (int d = 0; d < demand.days(); d++) {
      total += perDay * demand.factor(d);
    }
    return total;
  }

  private static List<InspectReport.DestinationRow> destinations(Scenario s, World world) {
    ZoneTable zones = world.zones();
    List<InspectReport.DestinationRow> out = new ArrayList<>();
    List<Regions.Destination> list = s.regions().destinations();
    for (int d = 0; d < list.size(); d++) {
      Regions.Destination dest = list.get(d);
      List<InspectReport.ZoneRow> rows = new ArrayList<>();
      long population = 0;
      int postcodes = 0;
      for (int z = zones.firstZone(d); z < zones.firstZone(d) + zones.zoneCount(d); z++) {
        rows.add(new InspectReport.ZoneRow(zones.prefix(z), zones.name(z), zones.population(z),
            zones.postcodeCount(z), world.consumers().consumerCount(z)));
        population += zones.population(z);
        postcodes += zones.postcodeCount(z);
      }
      out.add(new InspectReport.DestinationRow(dest.id(), dest.name(), dest.node(), dest.postcodeDigits(),
          population, postcodes, rows));
    }
    return out;
  }

  private static List<InspectReport.PairRoutes> routes(ScenarioInspection in, ScenarioIndex index) {
    RouteTable routes = in.routes();
    LogisticsNetwork net = in.network();
    List<InspectReport.PairRoutes> out = new ArrayList<>();
    for (int p = 0; p < routes.pairCount(); p++) {
      List<InspectReport.RouteRow> rows = new ArrayList<>();
      for (int r = routes.firstRoute(p); r < routes.firstRoute(p + 1); r++) {
        List<String> path = Arrays.stream(routes.nodes(r)).mapToObj(net::nodeId).toList();
        rows.add(new InspectReport.RouteRow(routes.share(r), routes.hub(r) < 0 ? null : net.nodeId(routes.hub(r)),
            path, routes.cost(r), in.shipmentsPerDay()[r]));
      }
      out.add(new InspectReport.PairRoutes(index.originAt(routes.pairOrigin(p)).id(),
          index.destinationAt(routes.pairDestination(p)).id(), rows));
    }
    return out;
  }

  private static InspectReport.DataFlow dataFlow(DataFlowMatrix matrix, ScenarioIndex index) {
    List<String> fields = new ArrayList<>();
    List<String> parties = index.scenario().parties().stream().map(Party::id).toList();
    Map<String, Map<String, String>> cells = new LinkedHashMap<>();
    for (int f = 0; f < matrix.fieldCount(); f++) {
      String field = index.fieldAt(f).id();
      fields.add(field);
      Map<String, String> row = new LinkedHashMap<>();
      for (int p = 0; p < matrix.partyCount(); p++) {
        row.put(parties.get(p), matrix.label(f, p));
      }
      cells.put(field, row);
    }
    return new InspectReport.DataFlow(fields, parties, cells);
  }
}
