package io.hubscope.scenario;

import static io.hubscope.scenario.CheckContext.at;
import static io.hubscope.scenario.CheckContext.list;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * Routes: every origin-destination pair is connected by lanes (from the origin's node to the destination's node,
 * using bidirectional lanes both ways), and with {@code hubShares} routing every named hub is a node of type hub and
 * at least one of them lies on a route of each pair.
 */
final class RouteCheck {

  private final CheckContext ctx;
  private final Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
  private final Map<String, Set<String>> reachable = new HashMap<>();

  RouteCheck(CheckContext ctx) {
    this.ctx = ctx;
  }

  void run() {
    Scenario s = ctx.scenario();
    if (s.network() == null || s.regions() == null) {
      return;
    }
    ctx.nodes.keySet().forEach(graph::addVertex);
    for (NetworkSpec.Lane l : list(s.network().lanes())) {
      if (l == null) {
        continue;
      }
      if (!graph.containsVertex(l.from()) || !graph.containsVertex(l.to())) {
        return; // a lane names an unknown node (reported already): routes are checked once lanes are right
      }
      graph.addEdge(l.from(), l.to());
      if (Boolean.TRUE.equals(l.bidirectional())) {
        graph.addEdge(l.to(), l.from());
      }
    }
    NetworkSpec.Routing routing = s.network().routing();
    List<String> hubs = routing != null && routing.method() == NetworkSpec.Method.HUB_SHARES
        && routing.hubShares() != null ? hubs(routing.hubShares()) : null;
    if (hubs != null && hubs.isEmpty()) {
      return; // no valid hub to route through (reported already)
    }
    List<Regions.Destination> dests = list(s.regions().destinations());
    for (int i = 0; i < dests.size(); i++) {
      Regions.Destination d = dests.get(i);
      if (d != null && graph.containsVertex(d.node())) {
        destination(i, d, hubs);
      }
    }
  }

  /** The hubs of hubShares that are nodes of type hub; reports the others. */
  private List<String> hubs(Map<String, Double> shares) {
    List<String> hubs = new ArrayList<>();
    for (String id : shares.keySet()) {
      NetworkSpec.Node node = ctx.nodes.get(id);
      if (node == null) {
        continue;
      }
      if (node.type() != NetworkSpec.NodeType.HUB) {
        ctx.errorAtKey(at("network", "routing", "hubShares", id), "node '" + id + "' is "
                + (node.type() == null ? "untyped" : "of type " + node.type().yamlName()) + ", not a hub",
            "hubShares name nodes of type hub");
      } else {
        hubs.add(id);
      }
    }
    return hubs;
  }

  private void destination(int index, Regions.Destination d, List<String> hubs) {
    List<String> unreachable = new ArrayList<>();
    for (Regions.Origin o : list(ctx.scenario().regions().origins())) {
      if (o == null || !graph.containsVertex(o.node())) {
        continue;
      }
      boolean connected = hubs == null ? reach(o.node()).contains(d.node())
          : hubs.stream().anyMatch(h -> reach(o.node()).contains(h) && reach(h).contains(d.node()));
      if (!connected) {
        unreachable.add(o.id() + " (node " + o.node() + ")");
      }
    }
    if (unreachable.isEmpty()) {
      return;
    }
    String origins = (unreachable.size() == 1 ? "origin " : "origins ") + String.join(", ", unreachable);
    if (hubs == null) {
      ctx.error(at("regions", "destinations", index, "node"),
          "no route from " + origins + " to destination " + d.id() + " (node " + d.node() + ")",
          "add lanes that lead to " + d.node() + ", or set bidirectional: true on a lane that leaves it");
    } else {
      ctx.error(at("regions", "destinations", index, "node"),
          "no route through a hub of routing.hubShares from " + origins + " to destination " + d.id()
              + " (node " + d.node() + ")",
          "add lanes from the origin to one of " + String.join(", ", hubs) + " and on to " + d.node());
    }
  }

  /** Nodes reachable from {@code start} (itself included), computed once per node. */
  private Set<String> reach(String start) {
    return reachable.computeIfAbsent(start, s -> {
      Set<String> seen = new LinkedHashSet<>();
      new BreadthFirstIterator<>(graph, s).forEachRemaining(seen::add);
      return seen;
    });
  }
}
