package io.hubscope.network;

import io.hubscope.scenario.DistributionSpec;
import io.hubscope.scenario.NetworkSpec;
import io.hubscope.scenario.Scenario;
import io.hubscope.world.DistributionFactory;
import io.hubscope.world.ScenarioIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The logistics network: nodes and directed lanes as primitive columns, and the same network as a JGraphT directed
 * weighted multigraph for graph algorithms.
 *
 * <p>Vertices are node indices ({@code 0..nodeCount-1}, scenario order); edges are {@link LaneEdge}s. A scenario lane
 * gives lane {@code i}; a {@code bidirectional} one also gives its reverse as the next lane, with the same
 * attributes. Edge weight = the lane's {@code cost}, else the mean of its {@code transitHours} distribution.
 *
 * <p>Node columns: {@code nodeType}, {@code nodeOperator} (party index, -1 when none), {@code nodeCapacity} (parcels
 * per day, -1 when unlimited). Lane columns: {@code laneFrom}, {@code laneTo} (node indices), {@code laneMode},
 * {@code laneCarrier} (party index or -1), {@code laneCapacity} (-1 when unlimited), {@code laneTransit}
 * (distribution), {@code laneMeanTransitHours} (NaN when no distribution), {@code laneWeight},
 * {@code laneSpecIndex} (position in {@code network.lanes}).
 */
public final class LogisticsNetwork {

  private final String[] nodeId;
  private final String[] nodeName;
  private final NetworkSpec.NodeType[] nodeType;
  private final int[] nodeOperator;
  private final long[] nodeCapacity;
  private final DistributionSpec[] nodeDwell;
  private final Map<String, Integer> nodeIndex = new HashMap<>();
  private final int[] laneFrom;
  private final int[] laneTo;
  private final NetworkSpec.Mode[] laneMode;
  private final int[] laneCarrier;
  private final long[] laneCapacity;
  private final DistributionSpec[] laneTransit;
  private final double[] laneMeanTransitHours;
  private final double[] laneWeight;
  private final int[] laneSpecIndex;
  private final Graph<Integer, LaneEdge> graph;

  private LogisticsNetwork(NetworkSpec spec, ScenarioIndex index) {
    List<NetworkSpec.Node> nodes = spec.nodes() == null ? List.of() : spec.nodes();
    int n = nodes.size();
    nodeId = new String[n];
    nodeName = new String[n];
    nodeType = new NetworkSpec.NodeType[n];
    nodeOperator = new int[n];
    nodeCapacity = new long[n];
    nodeDwell = new DistributionSpec[n];
    for (int i = 0; i < n; i++) {
      NetworkSpec.Node node = nodes.get(i);
      nodeId[i] = node.id();
      nodeName[i] = node.name();
      nodeType[i] = node.type();
      nodeOperator[i] = node.operator() == null ? -1 : index.party(node.operator());
      nodeCapacity[i] = node.capacityPerDay() == null ? -1 : node.capacityPerDay();
      nodeDwell[i] = node.dwellHours();
      if (nodeIndex.putIfAbsent(node.id(), i) != null) {
        throw new IllegalArgumentException("duplicate node id '" + node.id() + "'");
      }
    }
    List<NetworkSpec.Lane> specLanes = spec.lanes() == null ? List.of() : spec.lanes();
    List<int[]> ends = new ArrayList<>();
    List<Integer> specIndex = new ArrayList<>();
    for (int i = 0; i < specLanes.size(); i++) {
      NetworkSpec.Lane lane = specLanes.get(i);
      int from = node(lane.from());
      int to = node(lane.to());
      ends.add(new int[] {from, to});
      specIndex.add(i);
      if (Boolean.TRUE.equals(lane.bidirectional())) {
        ends.add(new int[] {to, from});
        specIndex.add(i);
      }
    }
    int m = ends.size();
    laneFrom = new int[m];
    laneTo = new int[m];
    laneMode = new NetworkSpec.Mode[m];
    laneCarrier = new int[m];
    laneCapacity = new long[m];
    laneTransit = new DistributionSpec[m];
    laneMeanTransitHours = new double[m];
    laneWeight = new double[m];
    laneSpecIndex = new int[m];
    graph = GraphTypeBuilder.<Integer, LaneEdge>directed().allowingMultipleEdges(true).allowingSelfLoops(true)
        .weighted(true).buildGraph();
    for (int v = 0; v < n; v++) {
      graph.addVertex(v);
    }
    for (int l = 0; l < m; l++) {
      NetworkSpec.Lane lane = specLanes.get(specIndex.get(l));
      laneFrom[l] = ends.get(l)[0];
      laneTo[l] = ends.get(l)[1];
      laneMode[l] = lane.mode();
      laneCarrier[l] = lane.carrier() == null ? -1 : index.party(lane.carrier());
      laneCapacity[l] = lane.capacityPerDay() == null ? -1 : lane.capacityPerDay();
      laneTransit[l] = lane.transitHours();
      laneMeanTransitHours[l] = lane.transitHours() == null ? Double.NaN
          : DistributionFactory.mean(lane.transitHours());
      laneSpecIndex[l] = specIndex.get(l);
      if (lane.cost() != null) {
        laneWeight[l] = lane.cost();
      } else if (lane.transitHours() != null) {
        laneWeight[l] = laneMeanTransitHours[l];
      } else {
        throw new IllegalArgumentException("lane " + lane.from() + " -> " + lane.to()
            + " has neither a cost nor a transitHours distribution");
      }
      if (!(laneWeight[l] >= 0) || Double.isInfinite(laneWeight[l])) {
        throw new IllegalArgumentException("lane " + lane.from() + " -> " + lane.to()
            + " has a routing cost that is not a finite number >= 0: " + laneWeight[l]);
      }
      LaneEdge e = new LaneEdge(l);
      graph.addEdge(laneFrom[l], laneTo[l], e);
      graph.setEdgeWeight(e, laneWeight[l]);
    }
  }

  /**
   * Builds the network of a scenario.
   *
   * @param scenario the scenario
   * @param index its indices (for party ids)
   * @return the network
   * @throws IllegalArgumentException on unknown node or party ids, or a lane without cost
   */
  public static LogisticsNetwork of(Scenario scenario, ScenarioIndex index) {
    Objects.requireNonNull(scenario, "scenario");
    if (scenario.network() == null) {
      throw new IllegalArgumentException("the scenario has no network");
    }
    return new LogisticsNetwork(scenario.network(), index);
  }

  /** The network as an unmodifiable JGraphT graph (vertices: node indices; edges: lanes; weights: costs). */
  public Graph<Integer, LaneEdge> graph() {
    return new AsUnmodifiableGraph<>(graph);
  }

  /** Number of nodes. */
  public int nodeCount() {
    return nodeId.length;
  }

  /** Number of directed lanes (bidirectional scenario lanes count twice). */
  public int laneCount() {
    return laneFrom.length;
  }

  /**
   * @param id node id
   * @return node index
   * @throws IllegalArgumentException when unknown
   */
  public int node(String id) {
    Integer i = nodeIndex.get(id);
    if (i == null) {
      throw new IllegalArgumentException("unknown node '" + id + "'");
    }
    return i;
  }

  /**
   * @param node node index
   * @return its id
   */
  public String nodeId(int node) {
    return nodeId[node];
  }

  /**
   * @param node node index
   * @return its name
   */
  public String nodeName(int node) {
    return nodeName[node];
  }

  /**
   * @param node node index
   * @return its type
   */
  public NetworkSpec.NodeType nodeType(int node) {
    return nodeType[node];
  }

  /**
   * @param node node index
   * @return operator party index, or -1
   */
  public int nodeOperator(int node) {
    return nodeOperator[node];
  }

  /**
   * @param node node index
   * @return parcels per day, or -1 when unlimited
   */
  public long nodeCapacity(int node) {
    return nodeCapacity[node];
  }

  /**
   * @param node node index
   * @return hours a parcel dwells in the node when not held by capacity, or null for none
   */
  public DistributionSpec nodeDwell(int node) {
    return nodeDwell[node];
  }

  /**
   * @param lane lane index
   * @return source node
   */
  public int laneFrom(int lane) {
    return laneFrom[lane];
  }

  /**
   * @param lane lane index
   * @return target node
   */
  public int laneTo(int lane) {
    return laneTo[lane];
  }

  /**
   * @param lane lane index
   * @return transport mode
   */
  public NetworkSpec.Mode laneMode(int lane) {
    return laneMode[lane];
  }

  /**
   * @param lane lane index
   * @return carrier party index, or -1
   */
  public int laneCarrier(int lane) {
    return laneCarrier[lane];
  }

  /**
   * @param lane lane index
   * @return parcels per day, or -1 when unlimited
   */
  public long laneCapacity(int lane) {
    return laneCapacity[lane];
  }

  /**
   * @param lane lane index
   * @return transit-time distribution in hours, or null
   */
  public DistributionSpec laneTransit(int lane) {
    return laneTransit[lane];
  }

  /**
   * @param lane lane index
   * @return mean transit hours, or NaN
   */
  public double laneMeanTransitHours(int lane) {
    return laneMeanTransitHours[lane];
  }

  /**
   * @param lane lane index
   * @return routing weight (cost, else mean transit hours)
   */
  public double laneWeight(int lane) {
    return laneWeight[lane];
  }

  /**
   * @param lane lane index
   * @return position of the lane in the scenario's {@code network.lanes}
   */
  public int laneSpecIndex(int lane) {
    return laneSpecIndex[lane];
  }
}
