package io.hubscope.network;

import io.hubscope.scenario.RouteToken;
import io.hubscope.util.BranchFree;
import io.hubscope.world.ScenarioIndex;

/**
 * The routes of every origin-destination pair, precomputed, with their traffic shares and the parties along them.
 *
 * <p>Pairs: {@code pair = origin * destinationCount + destination}. Routes are numbered pair by pair; pair {@code p}
 * owns routes {@code firstRoute(p) .. firstRoute(p + 1) - 1} (its alternatives). Per route: {@code nodes(r)} and
 * {@code lanes(r)} (node and lane indices in travel order, {@code lanes.length == nodes.length - 1}),
 * {@code hub(r)} (the hub node the route is assigned to, or -1), {@code share(r)} (share of the pair's traffic;
 * shares of a pair sum to 1), a cumulative share for sampling, and per {@link RouteToken} the distinct parties it
 * stands for on this route, in travel order.
 *
 * <p>Sampling a route for a shipment: {@link #sampleRoute(int, double)} with a uniform number, O(k) for k
 * alternatives (k is 1 with cheapest-path routing, the number of hubs with hub shares).
 */
public final class RouteTable {

  private final ScenarioIndex index;
  private final int destinationCount;
  private final int[] pairFirstRoute;
  private final int[] routePair;
  private final int[][] nodes;
  private final int[][] lanes;
  private final int[] hub;
  private final double[] share;
  private final double[] cumulative;
  private final double[] cost;
  private final int[][][] tokenParties;

  RouteTable(ScenarioIndex index, int destinationCount, int[] pairFirstRoute, int[] routePair, int[][] nodes,
      int[][] lanes, int[] hub, double[] share, double[] cost, int[][][] tokenParties) {
    this.index = index;
    this.destinationCount = destinationCount;
    this.pairFirstRoute = pairFirstRoute;
    this.routePair = routePair;
    this.nodes = nodes;
    this.lanes = lanes;
    this.hub = hub;
    this.share = share;
    this.cost = cost;
    this.tokenParties = tokenParties;
    this.cumulative = new double[share.length];
    for (int p = 0; p < pairFirstRoute.length - 1; p++) {
      double c = 0;
      for (int r = pairFirstRoute[p]; r < pairFirstRoute[p + 1]; r++) {
        c += share[r];
        cumulative[r] = c;
      }
      if (pairFirstRoute[p + 1] > pairFirstRoute[p]) {
        cumulative[pairFirstRoute[p + 1] - 1] = 1.0;
      }
    }
  }

  /** Number of origin-destination pairs. */
  public int pairCount() {
    return pairFirstRoute.length - 1;
  }

  /** Number of routes over all pairs. */
  public int routeCount() {
    return routePair.length;
  }

  /**
   * @param origin origin index
   * @param destination destination index
   * @return pair index
   */
  public int pair(int origin, int destination) {
    return origin * destinationCount + destination;
  }

  /**
   * @param pair pair index
   * @return origin index
   */
  public int pairOrigin(int pair) {
    return pair / destinationCount;
  }

  /**
   * @param pair pair index
   * @return destination index
   */
  public int pairDestination(int pair) {
    return pair % destinationCount;
  }

  /**
   * @param pair pair index (or the pair count)
   * @return its first route
   */
  public int firstRoute(int pair) {
    return pairFirstRoute[pair];
  }

  /**
   * @param pair pair index
   * @return number of alternative routes
   */
  public int routeCount(int pair) {
    return pairFirstRoute[pair + 1] - pairFirstRoute[pair];
  }

  /**
   * @param route route index
   * @return its pair
   */
  public int routePair(int route) {
    return routePair[route];
  }

  /**
   * @param route route index
   * @return copy of the node indices in travel order
   */
  public int[] nodes(int route) {
    return nodes[route].clone();
  }

  /**
   * @param route route index
   * @return copy of the lane indices in travel order
   */
  public int[] lanes(int route) {
    return lanes[route].clone();
  }

  /**
   * @param route route index
   * @return number of lanes
   */
  public int laneCount(int route) {
    return lanes[route].length;
  }

  /**
   * @param route route index
   * @param k position along the route
   * @return lane index
   */
  public int lane(int route, int k) {
    return lanes[route][k];
  }

  /**
   * @param route route index
   * @return the hub node it goes through (with hub shares: the hub it was routed to; with cheapest path: the first
   *     hub-type node), or -1
   */
  public int hub(int route) {
    return hub[route];
  }

  /**
   * @param route route index
   * @return share of its pair's traffic
   */
  public double share(int route) {
    return share[route];
  }

  /**
   * @param route route index
   * @return cumulative share within its pair (the pair's last route has exactly 1)
   */
  public double cumulativeShare(int route) {
    return cumulative[route];
  }

  /**
   * @param route route index
   * @return total routing cost
   */
  public double cost(int route) {
    return cost[route];
  }

  /**
   * Picks a route of a pair for a uniform number.
   *
   * @param pair pair index
   * @param u uniform in [0,1)
   * @return route index
   */
  public int sampleRoute(int pair, double u) {
    // the first route whose cumulative share exceeds u (else the last): the pair's first route plus the number of
    // cumulative shares at or below u (they do not decrease), counted without a branch on u (see BranchFree)
    int first = pairFirstRoute[pair];
    int last = pairFirstRoute[pair + 1] - 1;
    int route = first;
    for (int r = first; r < last; r++) {
      route += 1 + (int) BranchFree.lessMask(u, cumulative[r]);
    }
    return route;
  }

  /**
   * The parties a token stands for on a route.
   *
   * @param route route index
   * @param token token
   * @return copy of the party indices, distinct, in travel order (possibly empty)
   */
  public int[] parties(int route, RouteToken token) {
    return tokenParties[route][token.ordinal()].clone();
  }

  /**
   * Resolves a message sender/recipient or transform target on a route: a token gives its parties on the route, a
   * party id gives that party.
   *
   * @param route route index
   * @param partyOrToken party id or route token
   * @return party indices (empty when a token stands for nobody on this route)
   * @throws IllegalArgumentException for an unknown party id or an unknown {@code @token}
   */
  public int[] resolve(int route, String partyOrToken) {
    RouteToken token = RouteToken.parse(partyOrToken).orElse(null);
    if (token != null) {
      return tokenParties[route][token.ordinal()].clone();
    }
    if (RouteToken.looksLikeToken(partyOrToken)) {
      throw new IllegalArgumentException("unknown route token '" + partyOrToken + "' (known: "
          + String.join(", ", RouteToken.spellings()) + ")");
    }
    return new int[] {index.party(partyOrToken)};
  }
}
