package io.hubscope.scenario;

import static io.hubscope.scenario.CheckContext.at;
import static io.hubscope.scenario.CheckContext.list;

import java.util.List;

/**
 * Needs that cannot be met (warnings): a party that needs a field no message can deliver to it, or that receives the
 * field only omitted by a transform. A recipient delivers to a party when it is the party's id, or a route token that
 * can resolve to the party somewhere in the network.
 */
final class NeedCheck {

  private final CheckContext ctx;

  NeedCheck(CheckContext ctx) {
    this.ctx = ctx;
  }

  void run() {
    List<NeedSpec> needs = list(ctx.scenario().needs());
    for (int i = 0; i < needs.size(); i++) {
      NeedSpec need = needs.get(i);
      if (need == null || !ctx.parties.containsKey(need.party())) {
        continue;
      }
      List<String> fields = list(need.fields());
      for (int j = 0; j < fields.size(); j++) {
        String field = fields.get(j);
        if (ctx.fields.containsKey(field)) {
          check(at("needs", i, "fields", j), need.party(), field);
        }
      }
    }
  }

  private void check(String pointer, String party, String field) {
    int deliveries = 0;
    int omitted = 0;
    for (MessageSpec m : list(ctx.scenario().messages())) {
      if (m == null || !list(m.fields()).contains(field) || !reaches(list(m.recipients()), party, false)) {
        continue;
      }
      deliveries++;
      TransformSpec last = lastTransform(m.id(), field, party);
      if (last != null && last.op() == TransformSpec.Op.OMIT) {
        omitted++;
      }
    }
    if (deliveries == 0) {
      ctx.warning(pointer, "party '" + party + "' needs field '" + field + "' but no message sends it to them",
          "add '" + party + "' (or a route token that stands for it) to the recipients of a message carrying '"
              + field + "', or add the field to a message it receives");
    } else if (omitted == deliveries) {
      ctx.warning(pointer, "party '" + party + "' needs field '" + field + "' but receives it only omitted by a "
          + "transform", "narrow the omit transform's 'to' or 'message', or use a milder op");
    }
  }

  /** The last transform of the field that applies to this message and party, or null. */
  private TransformSpec lastTransform(String message, String field, String party) {
    TransformSpec found = null;
    for (TransformSpec t : list(ctx.scenario().transforms())) {
      if (t != null && field.equals(t.field()) && (t.message() == null || t.message().equals(message))
          && reaches(list(t.to()), party, true)) {
        found = t;
      }
    }
    return found;
  }

  private boolean reaches(List<String> targets, String party, boolean everyoneAllowed) {
    for (String target : targets) {
      if ((everyoneAllowed && RouteToken.EVERYONE.equals(target)) || ctx.standsFor(target).contains(party)) {
        return true;
      }
    }
    return false;
  }
}
