package io.hubscope.network;

import io.hubscope.scenario.NetworkSpec;
import io.hubscope.scenario.Regions;
import io.hubscope.scenario.RouteToken;
import io.hubscope.scenario.Scenario;
import io.hubscope.world.ScenarioIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;

/**
 * Precomputes the routes of every origin-destination pair.
 *
 * <ul>
 *   <li>{@code routing.method: cheapest} (also when routing is absent): one route per pair, the minimum-cost path
 *       from the origin's node to the destination's node (JGraphT Dijkstra; ties resolved by lane order).</li>
 *   <li>{@code hubShares}: for each listed hub with a positive share and reachable on both legs, the cheapest path
 *       origin -> hub followed by the cheapest path hub -> destination; the hub's share is renormalised over the
 *       reachable hubs of the pair (a pair that cannot reach hub B sends all traffic through A).</li>
 * </ul>
 * Cost: one Dijkstra per origin node and per hub, O(s (m + n log n)) for s sources.
 */
public final class RoutePlanner {

  private RoutePlanner() {}

  /**
   * Plans the routes.
   *
   * @param scenario the scenario
   * @param network its network
   * @param index its indices
   * @return the route table
   * @throws IllegalArgumentException when a pair has no route
   */
  public static RouteTable plan(Scenario scenario, LogisticsNetwork network, ScenarioIndex index) {
    Graph<Integer, LaneEdge> graph = network.graph();
    DijkstraShortestPath<Integer, LaneEdge> dijkstra = new DijkstraShortestPath<>(graph);
    Map<Integer, ShortestPathAlgorithm.SingleSourcePaths<Integer, LaneEdge>> fromSource = new HashMap<>();
    NetworkSpec.Routing routing = scenario.network().routing();
    boolean byHub = routing != null && routing.method() == NetworkSpec.Method.HUB_SHARES;
    if (byHub && (routing.hubShares() == null || routing.hubShares().isEmpty())) {
      throw new IllegalArgumentException("routing.method hubShares needs routing.hubShares");
    }
    List<Regions.Origin> origins = scenario.regions().origins();
    List<Regions.Destination> destinations = scenario.regions().destinations();
    int pairs = origins.size() * destinations.size();
    int[] pairFirst = new int[pairs + 1];
    List<Integer> routePair = new ArrayList<>();
    List<GraphPath<Integer, LaneEdge>> paths = new ArrayList<>();
    List<Integer> hubs = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    for (int o = 0; o < origins.size(); o++) {
      for (int d = 0; d < destinations.size(); d++) {
        int pair = o * destinations.size() + d;
        pairFirst[pair] = paths.size();
        int src = network.node(origins.get(o).node());
        int dst = network.node(destinations.get(d).node());
        String what = "origin " + origins.get(o).id() + " (node " + origins.get(o).node() + ") to destination "
            + destinations.get(d).id() + " (node " + destinations.get(d).node() + ")";
        if (!byHub) {
          GraphPath<Integer, LaneEdge> path = path(fromSource, dijkstra, src, dst);
          if (path == null) {
            throw new IllegalArgumentException("no route from " + what);
          }
          paths.add(path);
          hubs.add(firstHub(network, path.getVertexList()));
          shares.add(1.0);
          routePair.add(pair);
          continue;
        }
        double total = 0;
        int first = paths.size();
        for (Map.Entry<String, Double> e : routing.hubShares().entrySet()) {
          int h = network.node(e.getKey());
          double s = e.getValue() == null ? 0 : e.getValue();
          GraphPath<Integer, LaneEdge> in = path(fromSource, dijkstra, src, h);
          GraphPath<Integer, LaneEdge> out = path(fromSource, dijkstra, h, dst);
          if (s <= 0 || in == null || out == null) {
            continue;
          }
          paths.add(concat(in, out));
          hubs.add(h);
          shares.add(s);
          routePair.add(pair);
          total += s;
        }
        if (paths.size() == first) {
          throw new IllegalArgumentException("no route from " + what + " through any hub of routing.hubShares");
        }
        for (int r = first; r < paths.size(); r++) {
          shares.set(r, shares.get(r) / total);
        }
      }
    }
    pairFirst[pairs] = paths.size();
    int n = paths.size();
    int[][] nodes = new int[n][];
    int[][] lanes = new int[n][];
    double[] cost = new double[n];
    int[][][] tokenParties = new int[n][][];
    for (int r = 0; r < n; r++) {
      GraphPath<Integer, LaneEdge> p = paths.get(r);
      nodes[r] = p.getVertexList().stream().mapToInt(Integer::intValue).toArray();
      lanes[r] = p.getEdgeList().stream().mapToInt(LaneEdge::lane).toArray();
      for (int l : lanes[r]) {
        cost[r] += network.laneWeight(l);
      }
      tokenParties[r] = tokenParties(network, nodes[r], lanes[r]);
    }
    return new RouteTable(index, destinations.size(), pairFirst,
        routePair.stream().mapToInt(Integer::intValue).toArray(), nodes, lanes,
        hubs.stream().mapToInt(Integer::intValue).toArray(),
        shares.stream().mapToDouble(Double::doubleValue).toArray(), cost, tokenParties);
  }

  private static GraphPath<Integer, LaneEdge> path(
      Map<Integer, ShortestPathAlgorithm.SingleSourcePaths<Integer, LaneEdge>> cache,
      DijkstraShortestPath<Integer, LaneEdge> dijkstra, int src, int dst) {
    return cache.computeIfAbsent(src, dijkstra::getPaths).getPath(dst);
  }

  private static GraphPath<Integer, LaneEdge> concat(GraphPath<Integer, LaneEdge> a, GraphPath<Integer, LaneEdge> b) {
    List<Integer> vertices = new ArrayList<>(a.getVertexList());
    vertices.addAll(b.getVertexList().subList(1, b.getVertexList().size()));
    List<LaneEdge> edges = new ArrayList<>(a.getEdgeList());
    edges.addAll(b.getEdgeList());
    return new org.jgrapht.graph.GraphWalk<>(a.getGraph(), a.getStartVertex(), b.getEndVertex(), vertices, edges,
        a.getWeight() + b.getWeight());
  }

  private static int firstHub(LogisticsNetwork network, List<Integer> vertices) {
    for (int v : vertices) {
      if (network.nodeType(v) == NetworkSpec.NodeType.HUB) {
        return v;
      }
    }
    return -1;
  }

  private static int[][] tokenParties(LogisticsNetwork network, int[] nodes, int[] lanes) {
    List<Set<Integer>> sets = new ArrayList<>();
    for (int t = 0; t < RouteToken.values().length; t++) {
      sets.add(new LinkedHashSet<>());
    }
    for (int v : nodes) {
      int op = network.nodeOperator(v);
      if (op < 0 || network.nodeType(v) == null) {
        continue;
      }
      switch (network.nodeType(v)) {
        case HUB -> sets.get(RouteToken.HUB.ordinal()).add(op);
        case SORTING_CENTRE -> sets.get(RouteToken.SORTING.ordinal()).add(op);
        case AIRPORT -> sets.get(RouteToken.AIRPORT.ordinal()).add(op);
        default -> { }
      }
    }
    int last = nodes[nodes.length - 1];
    if (network.nodeOperator(last) >= 0) {
      sets.get(RouteToken.LAST_MILE.ordinal()).add(network.nodeOperator(last));
    }
    for (int l : lanes) {
      int carrier = network.laneCarrier(l);
      if (carrier < 0) {
        continue;
      }
      if (network.laneMode(l) == NetworkSpec.Mode.AIR) {
        sets.get(RouteToken.LINE_HAUL.ordinal()).add(carrier);
      } else if (network.laneMode(l) == NetworkSpec.Mode.ROAD) {
        sets.get(RouteToken.ROAD.ordinal()).add(carrier);
      }
    }
    int[][] out = new int[sets.size()][];
    for (int t = 0; t < sets.size(); t++) {
      out[t] = sets.get(t).stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }
}
