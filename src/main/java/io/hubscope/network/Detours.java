package io.hubscope.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.MaskSubgraph;

/**
 * The detours around a stopped node: for every route that passes the node, the cheapest way to its destination that
 * avoids the node, taken from the node just before it.
 *
 * <p>Definition: let route r visit nodes {@code v_0 .. v_n} and let {@code v_k} (k &gt;= 1) be the first visit of the
 * stopped node x. The detour of r keeps {@code v_0 .. v_{k-1}} and lanes {@code 0 .. k-2}, then follows the
 * minimum-cost path from {@code v_{k-1}} to {@code v_n} in the network with x removed (a JGraphT {@link MaskSubgraph}
 * hiding x; Dijkstra, lane cost as weight, ties resolved by JGraphT's deterministic order). A parcel switches at
 * position {@code k - 1}, the last node both paths share. A route has no detour when it does not pass x, when x is
 * its first node (nothing to switch from) or when no path avoids x (x is its destination, or a cut vertex for it):
 * its parcels wait until x is back.
 *
 * <p>Cost: one Dijkstra per distinct switch node, O(s (m + n log n)), plus O(routes &middot; hops).
 */
public final class Detours {

  private final int node;
  private final int routeCount;
  private final int[] switchPosition;
  private final int[] detour;
  private final int[][] nodes;
  private final int[][] lanes;
  private final double[] cost;

  private Detours(int node, int routeCount, int[] switchPosition, int[] detour, int[][] nodes, int[][] lanes,
      double[] cost) {
    this.node = node;
    this.routeCount = routeCount;
    this.switchPosition = switchPosition;
    this.detour = detour;
    this.nodes = nodes;
    this.lanes = lanes;
    this.cost = cost;
  }

  /**
   * Plans the detours around a node.
   *
   * @param network the network
   * @param routes its route table
   * @param stopped index of the node that stops
   * @return the detours
   * @throws IllegalArgumentException when the node index is out of range
   */
  public static Detours around(LogisticsNetwork network, RouteTable routes, int stopped) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(routes, "routes");
    if (stopped < 0 || stopped >= network.nodeCount()) {
      throw new IllegalArgumentException("no node " + stopped + " in a network of " + network.nodeCount());
    }
    Graph<Integer, LaneEdge> masked = new MaskSubgraph<>(network.graph(), v -> v == stopped, e -> false);
    DijkstraShortestPath<Integer, LaneEdge> dijkstra = new DijkstraShortestPath<>(masked);
    Map<Integer, ShortestPathAlgorithm.SingleSourcePaths<Integer, LaneEdge>> fromNode = new HashMap<>();
    int n = routes.routeCount();
    int[] switchAt = new int[n];
    int[] detour = new int[n];
    Arrays.fill(switchAt, -1);
    Arrays.fill(detour, -1);
    List<int[]> pathNodes = new ArrayList<>();
    List<int[]> pathLanes = new ArrayList<>();
    List<Double> pathCost = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      int[] v = routes.nodes(r);
      int k = indexOf(v, stopped);
      if (k < 1 || v[v.length - 1] == stopped) {
        continue;
      }
      int from = v[k - 1];
      GraphPath<Integer, LaneEdge> p = fromNode.computeIfAbsent(from, dijkstra::getPaths).getPath(v[v.length - 1]);
      if (p == null) {
        continue;
      }
      List<Integer> tail = p.getVertexList();
      int[] dn = new int[k + tail.size() - 1];
      System.arraycopy(v, 0, dn, 0, k);
      for (int j = 1; j < tail.size(); j++) {
        dn[k - 1 + j] = tail.get(j);
      }
      int[] l = routes.lanes(r);
      int[] dl = new int[dn.length - 1];
      System.arraycopy(l, 0, dl, 0, k - 1);
      List<LaneEdge> edges = p.getEdgeList();
      double c = 0;
      for (int j = 0; j < k - 1; j++) {
        c += network.laneWeight(dl[j]);
      }
      for (int j = 0; j < edges.size(); j++) {
        dl[k - 1 + j] = edges.get(j).lane();
        c += network.laneWeight(dl[k - 1 + j]);
      }
      switchAt[r] = k - 1;
      detour[r] = pathNodes.size();
      pathNodes.add(dn);
      pathLanes.add(dl);
      pathCost.add(c);
    }
    return new Detours(stopped, n, switchAt, detour, pathNodes.toArray(new int[0][]),
        pathLanes.toArray(new int[0][]), pathCost.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static int indexOf(int[] a, int x) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == x) {
        return i;
      }
    }
    return -1;
  }

  /** The stopped node. */
  public int node() {
    return node;
  }

  /** Number of routes of the route table the detours were planned for. */
  public int routeCount() {
    return routeCount;
  }

  /** Number of detours (routes that have one). */
  public int detourCount() {
    return nodes.length;
  }

  /**
   * @param route route index
   * @return its detour index, or -1 when it has none (it does not pass the node, or its parcels must wait)
   */
  public int detour(int route) {
    return detour[route];
  }

  /**
   * @param route route index
   * @return the route position at which its parcels switch to the detour (the node before the stopped one), or -1
   *     when it has no detour
   */
  public int switchPosition(int route) {
    return switchPosition[route];
  }

  /**
   * @param detour detour index
   * @return copy of its node indices in travel order
   */
  public int[] nodes(int detour) {
    return nodes[detour].clone();
  }

  /**
   * @param detour detour index
   * @return copy of its lane indices in travel order
   */
  public int[] lanes(int detour) {
    return lanes[detour].clone();
  }

  /**
   * @param detour detour index
   * @return total routing cost of the whole detoured path
   */
  public double cost(int detour) {
    return cost[detour];
  }
}
