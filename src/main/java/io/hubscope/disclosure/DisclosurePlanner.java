package io.hubscope.disclosure;

import io.hubscope.network.RouteTable;
import io.hubscope.scenario.MessageSpec;
import io.hubscope.world.ScenarioIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Precomputes the {@link DisclosurePlan}: for each route and each message, resolves sender and recipient tokens to
 * parties; each recipient gets each field in the form of the last matching transform ({@link TransformResolver});
 * a party that receives a field several times holds the most revealing form ({@link FormRevealingOrder}). Senders
 * are recorded apart ({@link DisclosurePlan#sends}): sending a field is not receiving it, so a mitigation that
 * pseudonymises what a hub receives shows even when the hub also relays the field onwards. O(routes x messages x
 * fields x recipients x transforms).
 */
public final class DisclosurePlanner {

  private DisclosurePlanner() {}

  /**
   * Builds the plan.
   *
   * @param index scenario indices
   * @param routes route table
   * @return the plan
   * @throws IllegalArgumentException for unknown field, party or token references
   */
  public static DisclosurePlan plan(ScenarioIndex index, RouteTable routes) {
    TransformResolver resolver = new TransformResolver(index, routes);
    int nRoutes = routes.routeCount();
    int nFields = index.fieldCount();
    int nParties = index.partyCount();
    int nMessages = index.messageCount();
    FieldForm[] held = new FieldForm[nRoutes * nFields * nParties];
    java.util.Arrays.fill(held, FieldForm.NONE);
    boolean[] sends = new boolean[held.length];
    int[][] senders = new int[nRoutes * nMessages][];
    int[][] recipients = new int[nRoutes * nMessages][];
    for (int r = 0; r < nRoutes; r++) {
      for (int m = 0; m < nMessages; m++) {
        MessageSpec msg = index.messageAt(m);
        int[] from = msg.sender() == null ? new int[0] : routes.resolve(r, msg.sender());
        Set<Integer> to = new LinkedHashSet<>();
        for (String rec : msg.recipients() == null ? List.<String>of() : msg.recipients()) {
          for (int p : routes.resolve(r, rec)) {
            to.add(p);
          }
        }
        senders[r * nMessages + m] = from;
        recipients[r * nMessages + m] = to.stream().mapToInt(Integer::intValue).toArray();
        for (String fieldId : msg.fields() == null ? List.<String>of() : msg.fields()) {
          int f = index.field(fieldId);
          for (int p : from) {
            int slot = (r * nFields + f) * nParties + p;
            sends[slot] = true;
          }
          for (int p : to) {
            int slot = (r * nFields + f) * nParties + p;
            held[slot] = FormRevealingOrder.mostRevealing(held[slot], resolver.effective(r, msg, f, p));
          }
        }
      }
    }
    List<FieldForm> forms = new ArrayList<>();
    Map<FieldForm, Integer> ids = new HashMap<>();
    forms.add(FieldForm.NONE);
    ids.put(FieldForm.NONE, 0);
    byte[] code = new byte[held.length];
    int[] formId = new int[held.length];
    for (int i = 0; i < held.length; i++) {
      code[i] = held[i].code();
      formId[i] = ids.computeIfAbsent(held[i], f -> {
        forms.add(f);
        return forms.size() - 1;
      });
    }
    return new DisclosurePlan(nRoutes, nFields, nParties, nMessages, code, formId, sends, forms, senders,
        recipients);
  }
}
