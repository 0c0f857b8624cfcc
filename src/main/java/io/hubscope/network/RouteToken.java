package io.hubscope.network;

/**
 * Route tokens: placeholders in message senders, recipients and transform targets that stand for the parties a
 * shipment's route passes (see {@code MessageSpec}).
 */
public enum RouteToken {
  /** Operators of the route's hub nodes. */
  HUB("@hub"),
  /** Operators of the route's sorting centres. */
  SORTING("@sorting"),
  /** Operators of the route's airports. */
  AIRPORT("@airport"),
  /** Operator of the route's final node (the destination depot). */
  LAST_MILE("@lastMile"),
  /** Carriers of the route's air lanes. */
  LINE_HAUL("@lineHaul"),
  /** Carriers of the route's road lanes. */
  ROAD("@road");

  private final String text;

  RouteToken(String text) {
    this.text = text;
  }

  /** The spelling in scenario files, e.g. {@code @hub}. */
  public String text() {
    return text;
  }

  /**
   * Parses a token.
   *
   * @param s a party id or a token
   * @return the token, or null when {@code s} is not a token
   */
  public static RouteToken parse(String s) {
    if (s == null || !s.startsWith("@")) {
      return null;
    }
    for (RouteToken t : values()) {
      if (t.text.equals(s)) {
        return t;
      }
    }
    return null;
  }
}
