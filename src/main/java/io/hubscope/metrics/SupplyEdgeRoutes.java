package io.hubscope.metrics;

import io.hubscope.disclosure.ObserverView;
import io.hubscope.scenario.Scenario;

/**
 * The routes on which an observer can draw a supplier &rarr; business edge from a shipment: it touches the route,
 * links the merchant, links the buyer and recognises the buyer as a business, by the rules of
 * {@link ObserverKnowledge} (a sender identity kept or keyed-pseudonymised; a recipient identity kept or
 * keyed-pseudonymised; {@code recipient.type} kept, {@code recipient.taxId} kept or keyed-pseudonymised, or
 * {@code recipient.name} kept). The one definition behind the {@code supply.*} metrics ({@link SupplyMetric}) and
 * the observer supply graph that {@code hubscope export} writes, so the two always agree.
 */
public final class SupplyEdgeRoutes {

  private SupplyEdgeRoutes() {}

  /**
   * One flag per route: true when a shipment to a firm on it gives the observer the (merchant, firm) edge.
   *
   * @param view the observer's view
   * @param scenario the (variant-resolved) scenario the view was planned from
   * @param routes number of routes
   * @return one flag per route
   */
  public static boolean[] of(ObserverView view, Scenario scenario, int routes) {
    ObserverKnowledge know = new ObserverKnowledge(view, scenario.fields(), scenario.catalogue(), routes);
    boolean[] out = new boolean[routes];
    for (int r = 0; r < routes; r++) {
      out[r] = know.drawsSupplyEdge(r);
    }
    return out;
  }
}
