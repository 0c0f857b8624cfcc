package io.hubscope.disclosure;

import io.hubscope.network.RouteTable;
import io.hubscope.scenario.Attribute;
import io.hubscope.scenario.FieldSpec;
import io.hubscope.scenario.Regions;
import io.hubscope.scenario.RouteToken;
import io.hubscope.scenario.MessageSpec;
import io.hubscope.scenario.TransformSpec;
import io.hubscope.world.ScenarioIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the transform that applies to one field sent to one recipient in one message on one route.
 *
 * <p>Rule: the LAST transform in the file that matches wins; with none, the field is kept in clear. A transform
 * matches when its {@code field} is the field, its {@code message} is absent or the message's id, and its
 * {@code to} contains {@code *}, the recipient's party id, or a route token that resolves to the recipient on this
 * route (so {@code to: [@hub]} reaches the hub operator of each route, whatever the message calls it).
 *
 * <p>A generalisation that keeps a whole postcode (as many digits as the postcodes of the route's destination have)
 * changes nothing, so on such a route the field is kept in clear; e.g. 4 digits generalise French postcodes (5
 * digits) but leave Belgian ones (4) whole.
 */
public final class TransformResolver {

  private final ScenarioIndex index;
  private final RouteTable routes;
  private final List<TransformSpec> transforms;
  private final FieldForm[] forms;
  private final int[] fieldOf;
  /** Per destination, the length of its longest full postcodes ({@link Regions.Destination#postcodeLength}). */
  private final int[] postcodeLength;

  /**
   * Prepares the resolver; every transform's parameters are checked here.
   *
   * @param index scenario indices
   * @param routes route table (token resolution)
   * @throws IllegalArgumentException for a transform naming an unknown field or party, or missing a parameter
   */
  public TransformResolver(ScenarioIndex index, RouteTable routes) {
    this.index = index;
    this.routes = routes;
    this.transforms = new ArrayList<>(index.scenario().transforms());
    this.forms = new FieldForm[transforms.size()];
    this.fieldOf = new int[transforms.size()];
    this.postcodeLength = new int[index.destinationCount()];
    for (int d = 0; d < postcodeLength.length; d++) {
      Regions.Destination dest = index.destinationAt(d);
      postcodeLength[d] = dest.zones().stream().mapToInt(dest::postcodeLength).max().orElse(0);
    }
    for (int i = 0; i < transforms.size(); i++) {
      TransformSpec t = transforms.get(i);
      fieldOf[i] = index.field(t.field());
      forms[i] = FieldForm.of(t, index.fieldAt(fieldOf[i]));
      for (String target : t.to() == null ? List.<String>of() : t.to()) {
        if (!target.equals("*") && RouteToken.parse(target).isEmpty()) {
          index.party(target);
        }
      }
    }
  }

  /**
   * The effective form of a field for a recipient.
   *
   * @param route route index
   * @param message the message carrying the field
   * @param field field index
   * @param party recipient party index
   * @return the last matching transform's form, else {@link FieldForm#KEEP}
   */
  public FieldForm effective(int route, MessageSpec message, int field, int party) {
    for (int i = transforms.size() - 1; i >= 0; i--) {
      TransformSpec t = transforms.get(i);
      if (fieldOf[i] == field && (t.message() == null || t.message().equals(message.id()))
          && targets(t, route, party)) {
        return keepsWholePostcode(forms[i], field, route) ? FieldForm.KEEP : forms[i];
      }
    }
    return FieldForm.KEEP;
  }

  private boolean keepsWholePostcode(FieldForm form, int field, int route) {
    FieldSpec spec = index.fieldAt(field);
    return form.op() == TransformSpec.Op.GENERALISE && spec.carries() != null
        && spec.carries().kind() == Attribute.Kind.POSTCODE
        && form.digits() >= postcodeLength[routes.pairDestination(routes.routePair(route))];
  }

  private boolean targets(TransformSpec t, int route, int party) {
    if (t.to() == null) {
      return false;
    }
    for (String target : t.to()) {
      if (target.equals("*")) {
        return true;
      }
      if (RouteToken.parse(target).isPresent()) {
        for (int p : routes.resolve(route, target)) {
          if (p == party) {
            return true;
          }
        }
      } else if (index.party(target) == party) {
        return true;
      }
    }
    return false;
  }
}
