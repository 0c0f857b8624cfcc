package io.hubscope.report;

import io.hubscope.util.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders an {@link InspectReport} as aligned text for people. Numbers use {@link Numbers} (Locale.ROOT). */
public final class InspectTextFormatter {

  private static final String INDENT = "  ";

  private InspectTextFormatter() {}

  /**
   * Renders the report.
   *
   * @param r the report
   * @return text, ending with a newline
   */
  public static String format(InspectReport r) {
    StringBuilder out = new StringBuilder();
    scenario(out, r);
    parties(out, r);
    regions(out, r);
    network(out, r);
    routes(out, r);
    world(out, r);
    dataFlow(out, r);
    return out.toString();
  }

  private static void scenario(StringBuilder out, InspectReport r) {
    InspectReport.ScenarioInfo s = r.scenario();
    out.append("Scenario: ").append(s.name()).append(" (variant ").append(s.variant()).append(")\n");
    out.append(INDENT).append("file ").append(s.file()).append(", sha256 ").append(s.sha256()).append('\n');
    if (s.description() != null && !s.description().isBlank()) {
      out.append(INDENT).append(s.description().strip().replaceAll("\\s+", " ")).append('\n');
    }
  }

  private static void parties(StringBuilder out, InspectReport r) {
    out.append("\nParties (").append(r.parties().size()).append(")\n");
    TextTable t = new TextTable("id", "role", "group", "jurisdiction", "name");
    r.parties().forEach(p -> t.row(p.id(), p.role(), p.group(), p.jurisdiction(), p.name()));
    t.render(out, INDENT);
  }

  private static void regions(StringBuilder out, InspectReport r) {
    out.append("\nOrigins (").append(r.origins().size()).append(")\n");
    TextTable o = new TextTable("id", "country", "node", "name");
    r.origins().forEach(x -> o.row(x.id(), x.country(), x.node(), x.name()));
    o.render(out, INDENT);
    out.append("\nDestinations (").append(r.destinations().size()).append(")\n");
    TextTable d = new TextTable("id", "zone", "name", "population", "postcodes", "consumers", "node")
        .alignRight(3, 4, 5);
    for (InspectReport.DestinationRow x : r.destinations()) {
      int consumers = x.zones().stream().mapToInt(InspectReport.ZoneRow::consumers).sum();
      d.row(x.id(), x.zones().size() + " zones", x.name(), x.population(), x.postcodes(), consumers, x.node());
      x.zones().forEach(z -> d.row("", z.prefix(), z.name(), z.population(), z.postcodes(), z.consumers(), ""));
    }
    d.render(out, INDENT);
  }

  private static void network(StringBuilder out, InspectReport r) {
    InspectReport.NetworkSize n = r.network();
    out.append("\nNetwork: ").append(n.nodes()).append(" nodes, ").append(n.lanes()).append(" lanes; ")
        .append(n.reachablePairs()).append(" of ").append(n.odPairs()).append(" origin-destination pairs reachable\n");
    TextTable t = new TextTable("node", "type", "operator", "capacity/day", "betweenness", "normalised",
        "all-routes share").alignRight(3, 4, 5, 6);
    for (InspectReport.NodeRow x : r.nodes()) {
      t.row(x.id(), x.type(), x.operator(), x.capacityPerDay() == null ? "unlimited" : x.capacityPerDay(),
          Numbers.human(x.betweenness(), 2), Numbers.human(x.normalisedBetweenness(), 4),
          Numbers.percent(x.allRoutesShare(), 1));
    }
    t.render(out, INDENT);
    out.append(INDENT).append("betweenness: Brandes (2001) on lane costs; all-routes share: pairs that cannot "
        + "avoid the node on any path\n");
    out.append(INDENT).append("articulation points: ")
        .append(r.articulationPoints().isEmpty() ? "none" : String.join(", ", r.articulationPoints())).append('\n');
  }

  private static void routes(StringBuilder out, InspectReport r) {
    int count = r.routes().stream().mapToInt(p -> p.routes().size()).sum();
    out.append("\nRoutes (").append(count).append(" over ").append(r.routes().size()).append(" pairs)\n");
    TextTable t = new TextTable("origin", "destination", "share", "hub", "cost", "shipments/day", "path")
        .alignRight(2, 4, 5);
    for (InspectReport.PairRoutes p : r.routes()) {
      for (InspectReport.RouteRow x : p.routes()) {
        t.row(p.origin(), p.destination(), Numbers.percent(x.share(), 1), x.hub() == null ? "-" : x.hub(),
            Numbers.human(x.cost(), 1), Numbers.human(x.shipmentsPerDay(), 1), String.join(" > ", x.path()));
      }
    }
    t.render(out, INDENT);
  }

  private static void world(StringBuilder out, InspectReport r) {
    InspectReport.WorldSize w = r.world();
    out.append("\nWorld (seed ").append(w.seed()).append(")\n");
    new TextTable("merchants", "consumers", "businesses", "supply links", "zones", "postcodes",
        "shipments per replication (expected)")
        .alignRight(0, 1, 2, 3, 4, 5, 6)
        .row(w.merchants(), w.consumers(), w.businesses(), w.supplyLinks(), w.zones(), w.postcodes(),
            Numbers.count(w.expectedShipments()))
        .render(out, INDENT);
  }

  private static void dataFlow(StringBuilder out, InspectReport r) {
    InspectReport.DataFlow d = r.dataFlow();
    List<String> shown = new ArrayList<>();
    List<String> silent = new ArrayList<>();
    for (String party : d.parties()) {
      boolean any = d.cells().values().stream().anyMatch(row -> !"-".equals(row.get(party)));
      (any ? shown : silent).add(party);
    }
    out.append("\nData flow (field x party: the form each party receives after transforms; \", sends\": it also "
        + "sends the field; (n%): share of traffic when routes differ)\n");
    List<String> headers = new ArrayList<>();
    headers.add("field");
    headers.addAll(shown);
    TextTable t = new TextTable(headers.toArray(String[]::new));
    for (String field : d.fields()) {
      Map<String, String> row = d.cells().get(field);
      List<String> cells = new ArrayList<>();
      cells.add(field);
      shown.forEach(p -> cells.add(row.get(p)));
      t.row(cells.toArray());
    }
    t.render(out, INDENT);
    if (!silent.isEmpty()) {
      out.append(INDENT).append("receive nothing: ").append(String.join(", ", silent)).append('\n');
    }
  }
}
