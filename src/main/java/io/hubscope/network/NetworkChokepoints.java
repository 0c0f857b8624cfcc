package io.hubscope.network;

import io.hubscope.scenario.Regions;
import io.hubscope.scenario.Scenario;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsUndirectedGraph;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * Where the network can be watched or cut: betweenness centrality, the share of origin-destination pairs that
 * cannot avoid a node, and articulation points.
 *
 * <ul>
 *   <li><b>Betweenness</b> of node v (Freeman 1977), computed with Brandes' algorithm (U. Brandes, "A faster
 *       algorithm for betweenness centrality", J. Math. Sociology 25(2), 2001) as implemented by JGraphT's
 *       {@link BetweennessCentrality} on the directed graph weighted by lane cost:
 *       {@code C_B(v) = sum over ordered pairs s != v != t of sigma_st(v) / sigma_st}, where {@code sigma_st} is the
 *       number of minimum-cost s-t paths and {@code sigma_st(v)} those through v. Normalised: divided by
 *       {@code (n-1)(n-2)}, the number of ordered pairs excluding v. O(n m + n^2 log n).</li>
 *   <li><b>All-routes share</b> of node v: among the scenario's origin-destination pairs whose destination node is
 *       reachable from the origin node, the share for which every path (not just the chosen route) passes v: v is
 *       the origin or destination node, or the destination is unreachable once v is removed (a {@link MaskSubgraph}
 *       hiding v, then breadth-first search). O(n x origins x (n + m)).</li>
 *   <li><b>Articulation points</b>: nodes whose removal disconnects the undirected version of the network
 *       (JGraphT {@link BiconnectivityInspector}, Hopcroft-Tarjan, O(n + m)).</li>
 * </ul>
 */
public final class NetworkChokepoints {

  private final double[] betweenness;
  private final double[] normalised;
  private final double[] allRoutesShare;
  private final int reachablePairs;
  private final int[] articulationPoints;

  private NetworkChokepoints(double[] betweenness, double[] normalised, double[] allRoutesShare, int reachablePairs,
      int[] articulationPoints) {
    this.betweenness = betweenness;
    this.normalised = normalised;
    this.allRoutesShare = allRoutesShare;
    this.reachablePairs = reachablePairs;
    this.articulationPoints = articulationPoints;
  }

  /**
   * Analyses a network for a scenario's origin-destination pairs.
   *
   * @param scenario the scenario (its origins and destinations)
   * @param network the network
   * @return the analysis
   */
  public static NetworkChokepoints analyse(Scenario scenario, LogisticsNetwork network) {
    Graph<Integer, LaneEdge> graph = network.graph();
    int n = network.nodeCount();
    Map<Integer, Double> scores = new BetweennessCentrality<>(graph, false).getScores();
    double[] raw = new double[n];
    double[] norm = new double[n];
    for (int v = 0; v < n; v++) {
      raw[v] = scores.getOrDefault(v, 0.0);
      norm[v] = n > 2 ? raw[v] / ((double) (n - 1) * (n - 2)) : 0;
    }
    List<Regions.Origin> origins = scenario.regions().origins();
    List<Regions.Destination> destinations = scenario.regions().destinations();
    int[] src = origins.stream().mapToInt(o -> network.node(o.node())).toArray();
    int[] dst = destinations.stream().mapToInt(d -> network.node(d.node())).toArray();
    boolean[][] reachable = new boolean[src.length][];
    int reachablePairs = 0;
    for (int o = 0; o < src.length; o++) {
      reachable[o] = reach(graph, src[o], dst, Set.of());
      for (boolean r : reachable[o]) {
        reachablePairs += r ? 1 : 0;
      }
    }
    double[] share = new double[n];
    for (int v = 0; v < n; v++) {
      int pairs = 0;
      for (int o = 0; o < src.length; o++) {
        for (boolean u : unavoidable(graph, src[o], dst, reachable[o], Set.of(v))) {
          pairs += u ? 1 : 0;
        }
      }
      share[v] = reachablePairs == 0 ? 0 : (double) pairs / reachablePairs;
    }
    Set<Integer> cut = new BiconnectivityInspector<>(new AsUndirectedGraph<>(graph)).getCutpoints();
    int[] articulation = cut.stream().mapToInt(Integer::intValue).sorted().toArray();
    return new NetworkChokepoints(raw, norm, share, reachablePairs, articulation);
  }

  /**
   * Which origin-destination pairs cannot avoid a set of nodes: for pair {@code p = origin * destinations +
   * destination} (the {@link RouteTable} numbering), true when the destination's node is reachable from the origin's
   * node and every path passes one of the nodes (one of them is the origin's or the destination's node, or the
   * destination is unreachable once all of them are removed). O(origins x (n + m)).
   *
   * @param scenario the scenario (its origins and destinations)
   * @param network the network
   * @param nodes node indices removed together
   * @return one flag per pair
   */
  public static boolean[] unavoidablePairs(Scenario scenario, LogisticsNetwork network, Set<Integer> nodes) {
    Graph<Integer, LaneEdge> graph = network.graph();
    List<Regions.Origin> origins = scenario.regions().origins();
    List<Regions.Destination> destinations = scenario.regions().destinations();
    int[] dst = destinations.stream().mapToInt(d -> network.node(d.node())).toArray();
    boolean[] out = new boolean[origins.size() * dst.length];
    for (int o = 0; o < origins.size(); o++) {
      int src = network.node(origins.get(o).node());
      boolean[] u = unavoidable(graph, src, dst, reach(graph, src, dst, Set.of()), nodes);
      System.arraycopy(u, 0, out, o * dst.length, dst.length);
    }
    return out;
  }

  /**
   * For one origin: which reachable destinations cannot avoid the nodes (one of them is the origin or the destination,
   * or the destination is unreachable once they are removed).
   */
  private static boolean[] unavoidable(Graph<Integer, LaneEdge> graph, int src, int[] dst, boolean[] reachable,
      Set<Integer> nodes) {
    boolean[] without = nodes.contains(src) ? null : reach(graph, src, dst, nodes);
    boolean[] out = new boolean[dst.length];
    for (int d = 0; d < dst.length; d++) {
      out[d] = reachable[d] && (without == null || nodes.contains(dst[d]) || !without[d]);
    }
    return out;
  }

  private static boolean[] reach(Graph<Integer, LaneEdge> graph, int from, int[] targets, Set<Integer> removed) {
    Graph<Integer, LaneEdge> g = removed.isEmpty() ? graph : new MaskSubgraph<>(graph, removed::contains, e -> false);
    Set<Integer> seen = new HashSet<>();
    new BreadthFirstIterator<>(g, from).forEachRemaining(seen::add);
    boolean[] out = new boolean[targets.length];
    for (int i = 0; i < targets.length; i++) {
      out[i] = seen.contains(targets[i]);
    }
    return out;
  }

  /**
   * @param node node index
   * @return betweenness centrality (sum of pair-dependencies, not normalised)
   */
  public double betweenness(int node) {
    return betweenness[node];
  }

  /**
   * @param node node index
   * @return betweenness divided by {@code (n-1)(n-2)}
   */
  public double normalisedBetweenness(int node) {
    return normalised[node];
  }

  /**
   * @param node node index
   * @return share of reachable origin-destination pairs for which every path passes the node
   */
  public double allRoutesShare(int node) {
    return allRoutesShare[node];
  }

  /** Number of origin-destination pairs whose destination is reachable from the origin. */
  public int reachablePairs() {
    return reachablePairs;
  }

  /** Articulation points of the undirected network, as ascending node indices. */
  public int[] articulationPoints() {
    return articulationPoints.clone();
  }
}
