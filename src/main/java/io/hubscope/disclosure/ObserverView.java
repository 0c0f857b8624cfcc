package io.hubscope.disclosure;

import io.hubscope.scenario.ObserverSpec;
import io.hubscope.world.ScenarioIndex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What one observer holds of each field, per route: the union of what the parties it pools hold, keeping the most
 * revealing form ({@link FormRevealingOrder}).
 *
 * <p>Holding rule: a party holds a field in the form in which it receives it. A party that sends a field without
 * ever receiving it on that route is its originator (it created the data, e.g. the consolidator filing the ENS) and
 * holds it in clear. A party that receives a field in a reduced form and passes it on forwards it sealed: sending
 * does not give it more than it received.
 *
 * <p>Layout: {@code formIndex[route * fields + field]} indexes {@link #forms()} (0 = not held);
 * {@code code[route * fields + field]} is the form's code; {@code touches[route]} is true when the observer holds
 * any field of shipments on that route.
 */
public final class ObserverView {

  private final String id;
  private final BitSet pool;
  private final int fields;
  private final byte[] code;
  private final int[] formIndex;
  private final List<FieldForm> forms;
  private final boolean[] touches;

  private ObserverView(String id, BitSet pool, int fields, byte[] code, int[] formIndex, List<FieldForm> forms,
      boolean[] touches) {
    this.id = id;
    this.pool = pool;
    this.fields = fields;
    this.code = code;
    this.formIndex = formIndex;
    this.forms = forms;
    this.touches = touches;
  }

  /**
   * Builds an observer's view from the disclosure plan.
   *
   * @param observer the observer
   * @param index scenario indices
   * @param plan the disclosure plan
   * @return the view
   */
  public static ObserverView of(ObserverSpec observer, ScenarioIndex index, DisclosurePlan plan) {
    return of(observer.id(), ObserverPools.of(observer, index), plan);
  }

  /**
   * Builds the view of a set of pooled parties.
   *
   * @param id observer id
   * @param pool party indices pooled
   * @param plan the disclosure plan
   * @return the view
   */
  public static ObserverView of(String id, BitSet pool, DisclosurePlan plan) {
    int routes = plan.routeCount();
    int fields = plan.fieldCount();
    byte[] code = new byte[routes * fields];
    int[] formIndex = new int[routes * fields];
    boolean[] touches = new boolean[routes];
    List<FieldForm> forms = new ArrayList<>();
    forms.add(FieldForm.NONE);
    for (int r = 0; r < routes; r++) {
      for (int f = 0; f < fields; f++) {
        FieldForm best = FieldForm.NONE;
        for (int p = pool.nextSetBit(0); p >= 0; p = pool.nextSetBit(p + 1)) {
          best = FormRevealingOrder.mostRevealing(best, held(plan, r, f, p));
        }
        int k = forms.indexOf(best);
        if (k < 0) {
          k = forms.size();
          forms.add(best);
        }
        formIndex[r * fields + f] = k;
        code[r * fields + f] = best.code();
        touches[r] |= best.received();
      }
    }
    return new ObserverView(id, (BitSet) pool.clone(), fields, code, formIndex, List.copyOf(forms), touches);
  }

  /**
   * What a single party holds of a field on a route (see the holding rule above).
   *
   * @param plan disclosure plan
   * @param route route
   * @param field field
   * @param party party
   * @return the form held
   */
  public static FieldForm held(DisclosurePlan plan, int route, int field, int party) {
    FieldForm received = plan.form(route, field, party);
    if (received.received()) {
      return received;
    }
    return plan.sends(route, field, party) ? FieldForm.KEEP : FieldForm.NONE;
  }

  /** Observer id. */
  public String id() {
    return id;
  }

  /** Pooled party indices (a copy). */
  public BitSet pool() {
    return (BitSet) pool.clone();
  }

  /** Number of fields. */
  public int fieldCount() {
    return fields;
  }

  /**
   * @param route route
   * @param field field
   * @return the code of the form held (op ordinal, or {@link FieldForm#NONE_CODE})
   */
  public byte code(int route, int field) {
    return code[route * fields + field];
  }

  /**
   * @param route route
   * @param field field
   * @return the form held
   */
  public FieldForm form(int route, int field) {
    return forms.get(formIndex[route * fields + field]);
  }

  /**
   * @param route route
   * @return true when the observer holds any field of shipments on the route
   */
  public boolean touches(int route) {
    return touches[route];
  }

  /** Distinct forms; index 0 is {@link FieldForm#NONE}. */
  public List<FieldForm> forms() {
    return forms;
  }
}
