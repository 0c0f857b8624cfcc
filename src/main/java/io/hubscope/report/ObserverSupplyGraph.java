package io.hubscope.report;

import io.hubscope.disclosure.FieldForm;
import io.hubscope.disclosure.ObserverView;
import io.hubscope.scenario.Attribute;
import io.hubscope.scenario.TransformSpec;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.world.ScenarioIndex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The supply graph an observer can rebuild from what it holds: a merchant -&gt; business edge for every pair with at
 * least one shipment on which the observer can link both ends.
 *
 * <p>Definition: the observer links the sender of a shipment on route r when it holds some field carrying a sender
 * identity ({@link Attribute.Kind#SENDER_IDENTITY}: name, address, tax id) in a linkable form — in clear, or as a
 * keyed pseudonym (the same merchant always gets the same pseudonym, so its shipments join up); per-shipment
 * pseudonyms, generalised, noised, aggregated or omitted forms do not link. Likewise for the recipient
 * ({@link Attribute.Kind#RECIPIENT_IDENTITY}). An edge (m, b) is seen when some shipment from merchant m to business
 * b travels on a route where the observer links both. Edges carry the number and declared value of the shipments
 * seen and the (true) categories they belong to. Cost O(shipments + routes x fields).
 */
public final class ObserverSupplyGraph {

  /**
   * One edge the observer sees.
   *
   * @param merchant merchant index
   * @param business business index
   * @param shipments shipments seen on the edge
   * @param value their declared value, EUR
   * @param categories category indices of those shipments, ascending
   */
  public record Edge(int merchant, int business, long shipments, double value, List<Integer> categories) {}

  private final List<Edge> edges;

  private ObserverSupplyGraph(List<Edge> edges) {
    this.edges = edges;
  }

  /**
   * Builds the graph an observer can rebuild from one replication.
   *
   * @param view the observer's view
   * @param index scenario indices
   * @param consumers number of consumers (recipients at or above it are businesses)
   * @param routes number of routes
   * @param s the replication's shipments
   * @return the graph
   */
  public static ObserverSupplyGraph of(ObserverView view, ScenarioIndex index, int consumers, int routes,
      ShipmentColumns s) {
    boolean[] linkable = linkableRoutes(view, index, routes);
    Map<Long, long[]> counts = new LinkedHashMap<>();
    Map<Long, double[]> values = new LinkedHashMap<>();
    Map<Long, BitSet> categories = new LinkedHashMap<>();
    for (int i = 0; i < s.size; i++) {
      int r = s.recipient[i];
      if (r < consumers || !linkable[s.route[i]]) {
        continue;
      }
      long key = ((long) s.merchant[i] << 32) | (r - consumers);
      counts.computeIfAbsent(key, k -> new long[1])[0]++;
      values.computeIfAbsent(key, k -> new double[1])[0] += s.value[i];
      categories.computeIfAbsent(key, k -> new BitSet()).set(s.category[i]);
    }
    List<Edge> edges = new ArrayList<>();
    for (Map.Entry<Long, long[]> e : counts.entrySet()) {
      long key = e.getKey();
      List<Integer> cats = categories.get(key).stream().boxed().toList();
      edges.add(new Edge((int) (key >>> 32), (int) key, e.getValue()[0], values.get(key)[0], cats));
    }
    edges.sort((a, b) -> a.merchant() != b.merchant() ? Integer.compare(a.merchant(), b.merchant())
        : Integer.compare(a.business(), b.business()));
    return new ObserverSupplyGraph(Collections.unmodifiableList(edges));
  }

  /**
   * The routes on which the observer links both the sender and the recipient of a shipment.
   *
   * @param view the observer's view
   * @param index scenario indices
   * @param routes number of routes
   * @return one flag per route
   */
  public static boolean[] linkableRoutes(ObserverView view, ScenarioIndex index, int routes) {
    boolean[] out = new boolean[routes];
    for (int r = 0; r < routes; r++) {
      boolean sender = false;
      boolean recipient = false;
      for (int f = 0; f < index.fieldCount(); f++) {
        Attribute a = index.fieldAt(f).carries();
        if (a == null || !linkable(view.form(r, f))) {
          continue;
        }
        sender |= a.kind() == Attribute.Kind.SENDER_IDENTITY;
        recipient |= a.kind() == Attribute.Kind.RECIPIENT_IDENTITY;
      }
      out[r] = sender && recipient;
    }
    return out;
  }

  /**
   * True for forms that identify the same entity across shipments: clear, or a keyed pseudonym.
   *
   * @param form a held form
   * @return whether it links
   */
  static boolean linkable(FieldForm form) {
    return form.op() == TransformSpec.Op.KEEP
        || (form.op() == TransformSpec.Op.PSEUDONYMISE && form.pseudonym() == TransformSpec.Pseudonym.KEYED);
  }

  /** The edges, ordered by merchant then business. */
  public List<Edge> edges() {
    return edges;
  }
}
