package io.hubscope.scenario;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Route tokens: stand-ins for parties in message senders, recipients and transform targets, resolved per shipment
 * from the nodes and lanes of its route. Node tokens name the operator of a node ({@code @hub}, {@code @sorting},
 * {@code @airport}, {@code @lastMile}); lane tokens name the carrier of a lane ({@code @lineHaul} for air lanes,
 * {@code @road} for road lanes).
 */
public enum RouteToken {
  /** Operators of hub nodes. */
  HUB("@hub"),
  /** Operators of sorting-centre nodes. */
  SORTING("@sorting"),
  /** Operators of airport nodes. */
  AIRPORT("@airport"),
  /** Operators of the last-mile depot, the node serving the destination country. */
  LAST_MILE("@lastMile"),
  /** Carriers of air lanes. */
  LINE_HAUL("@lineHaul"),
  /** Carriers of road lanes. */
  ROAD("@road");

  /** The prefix that marks a route token. */
  public static final String PREFIX = "@";
  /** In a transform's {@code to}: every recipient. */
  public static final String EVERYONE = "*";

  private final String token;

  RouteToken(String token) {
    this.token = token;
  }

  /** The spelling used in scenario files, e.g. {@code @hub}. */
  public String token() {
    return token;
  }

  /**
   * Reads a token.
   *
   * @param text a sender, recipient or transform target
   * @return the token, or empty when the text is not a known token (a party id, or a misspelt token)
   */
  public static Optional<RouteToken> parse(String text) {
    return Arrays.stream(values()).filter(t -> t.token.equals(text)).findFirst();
  }

  /**
   * True when the text is written as a token (starts with {@code @}), known or not.
   *
   * @param text a sender, recipient or transform target
   * @return whether it claims to be a token
   */
  public static boolean looksLikeToken(String text) {
    return text != null && text.startsWith(PREFIX);
  }

  /** Every token spelling, in declaration order. */
  public static List<String> spellings() {
    return Arrays.stream(values()).map(RouteToken::token).toList();
  }

  /** True for tokens resolved from nodes; false for tokens resolved from lanes. */
  public boolean isNodeToken() {
    return this != LINE_HAUL && this != ROAD;
  }

  /**
   * Whether a node's operator answers to this token.
   *
   * @param node a node on the route
   * @param lastMileNodes ids of nodes that serve a destination (for {@code @lastMile})
   * @return true when the node matches
   */
  public boolean matches(NetworkSpec.Node node, Set<String> lastMileNodes) {
    switch (this) {
      case HUB:
        return node.type() == NetworkSpec.NodeType.HUB;
      case SORTING:
        return node.type() == NetworkSpec.NodeType.SORTING_CENTRE;
      case AIRPORT:
        return node.type() == NetworkSpec.NodeType.AIRPORT;
      case LAST_MILE:
        return lastMileNodes.contains(node.id());
      default:
        return false;
    }
  }

  /**
   * Whether a lane's carrier answers to this token.
   *
   * @param lane a lane on the route
   * @return true when the lane matches
   */
  public boolean matches(NetworkSpec.Lane lane) {
    switch (this) {
      case LINE_HAUL:
        return lane.mode() == NetworkSpec.Mode.AIR;
      case ROAD:
        return lane.mode() == NetworkSpec.Mode.ROAD;
      default:
        return false;
    }
  }

  /**
   * The parties this token stands for over some nodes and lanes (a route, or the whole network).
   *
   * @param nodes nodes to consider
   * @param lanes lanes to consider
   * @param lastMileNodes ids of nodes that serve a destination
   * @return party ids, in the order met; nodes without an operator and lanes without a carrier add nothing
   */
  public Set<String> resolve(
      Collection<NetworkSpec.Node> nodes, Collection<NetworkSpec.Lane> lanes, Set<String> lastMileNodes) {
    Set<String> parties = new LinkedHashSet<>();
    if (isNodeToken()) {
      for (NetworkSpec.Node n : nodes) {
        if (n != null && n.operator() != null && matches(n, lastMileNodes)) {
          parties.add(n.operator());
        }
      }
    } else {
      for (NetworkSpec.Lane l : lanes) {
        if (l != null && l.carrier() != null && matches(l)) {
          parties.add(l.carrier());
        }
      }
    }
    return parties;
  }

  /**
   * Every party this token can stand for in a scenario: resolved over the whole network, with the nodes of all
   * destinations as last-mile nodes.
   *
   * @param scenario a bound scenario
   * @return party ids
   */
  public Set<String> resolve(Scenario scenario) {
    Set<String> lastMile = new LinkedHashSet<>();
    if (scenario.regions() != null && scenario.regions().destinations() != null) {
      scenario.regions().destinations().forEach(d -> lastMile.add(d.node()));
    }
    NetworkSpec net = scenario.network();
    List<NetworkSpec.Node> nodes = net == null || net.nodes() == null ? List.of() : net.nodes();
    List<NetworkSpec.Lane> lanes = net == null || net.lanes() == null ? List.of() : net.lanes();
    return resolve(nodes, lanes, lastMile);
  }
}
