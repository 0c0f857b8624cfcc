package io.hubscope.metrics;

import io.hubscope.disclosure.DisclosurePlan;
import io.hubscope.disclosure.FieldForm;
import io.hubscope.disclosure.ObserverView;
import io.hubscope.scenario.Attribute;
import io.hubscope.scenario.NeedSpec;
import io.hubscope.scenario.PartyRole;
import io.hubscope.scenario.TransformSpec;
import io.hubscope.world.ScenarioIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Utility: whether each party that declares {@code needs} still receives what it needs to do its job, so that a
 * mitigation that breaks sorting, clearance or delivery shows up next to the exposure it removes.
 *
 * <p>Definition, for party p with needed fields F (the union of its needs; also per need): p <b>handles</b> a
 * shipment when it holds any field of it ({@link ObserverView#held}, per party, not per observer). Measures:
 * <ul>
 *   <li>{@code needs_met}: share of the shipments p handles for which it holds every field of F in a usable form;</li>
 *   <li>{@code needs_met_clear}: the same with every field of F in clear.</li>
 * </ul>
 * Group {@code party=<id>} for the union of the party's needs, and {@code party=<id>;purpose=<purpose>} per need.
 * NaN when the party handles no shipment.
 *
 * <p>Usable forms (the rule, since needs do not say how precise a field must be):
 * <ul>
 *   <li>clear (kept): always usable;</li>
 *   <li>keyed pseudonym: usable only for the shipment key ({@code parcel.trackingId}): a consistent token still
 *       matches a parcel's events, but a pseudonymous name, address or tax id cannot be delivered to or declared;</li>
 *   <li>generalised postcode with at least 2 digits: usable by hub operators and line-haul carriers, which route
 *       parcels to a region or sorting centre; not by anyone else (delivery, declarations and orders need the full
 *       postcode);</li>
 *   <li>generalised (binned) weight: usable by hub operators, line-haul and last-mile carriers (loading and tariffs
 *       go by weight class); a binned value, a generalised HS code or a rounded time is not usable (valuation,
 *       classification and time stamps need the exact figure);</li>
 *   <li>noised, per-shipment pseudonym, aggregate only, omitted or not received: not usable.</li>
 * </ul>
 * The metric does not depend on the observer: every observer gets the same rows. Cost O(n) to count shipments per
 * route, then O(routes &middot; needed fields) per party. Reference: data minimisation (GDPR Art. 5(1)(c)): a
 * mitigation should leave every party what its purpose needs.
 */
public final class UtilityMetric implements Metric {

  /** Fewest postcode digits a routing party can sort on. */
  public static final int ROUTING_POSTCODE_DIGITS = 2;

  @Override
  public String name() {
    return "utility";
  }

  @Override
  public String description() {
    return "Share of the shipments each party handles for which it receives every field it needs in a usable form, "
        + "and in clear.";
  }

  @Override
  public MetricAccumulator newAccumulator(MetricContext context) {
    return new Accumulator(context);
  }

  /**
   * Whether a party can do its job with a field in the form it holds (rule in the class comment).
   *
   * @param form the form held
   * @param attribute the field's attribute
   * @param role the party's role
   * @return true when usable
   */
  static boolean usable(FieldForm form, Attribute attribute, PartyRole role) {
    if (!form.received() || form.op() == null) {
      return false;
    }
    return switch (form.op()) {
      case KEEP -> true;
      case PSEUDONYMISE -> form.pseudonym() == TransformSpec.Pseudonym.KEYED
          && attribute == Attribute.PARCEL_TRACKING_ID;
      case GENERALISE -> switch (attribute) {
        case RECIPIENT_POSTCODE -> form.digits() >= ROUTING_POSTCODE_DIGITS
            && (role == PartyRole.HUB_OPERATOR || role == PartyRole.LINE_HAUL_CARRIER);
        case PARCEL_WEIGHT -> role == PartyRole.HUB_OPERATOR || role == PartyRole.LINE_HAUL_CARRIER
            || role == PartyRole.LAST_MILE_CARRIER;
        default -> attribute != null && attribute.kind() == Attribute.Kind.CATEGORICAL;
      };
      default -> false;
    };
  }

  private static final class Accumulator extends RouteCountAccumulator {

    Accumulator(MetricContext context) {
      super(context);
    }

    @Override
    public void emit(MetricSink sink) {
      ScenarioIndex index = context.world().index();
      List<NeedSpec> needs = context.scenario().needs() == null ? List.of() : context.scenario().needs();
      Map<String, Set<String>> byParty = new LinkedHashMap<>();
      for (NeedSpec n : needs) {
        byParty.computeIfAbsent(n.party(), k -> new LinkedHashSet<>()).addAll(n.fields());
      }
      for (Map.Entry<String, Set<String>> e : byParty.entrySet()) {
        String party = e.getKey();
        emit(sink, index, party, new ArrayList<>(e.getValue()), Groups.of("party", party));
        for (NeedSpec n : needs) {
          if (n.party().equals(party) && n.purpose() != null) {
            emit(sink, index, party, n.fields(), Groups.of("party", party, "purpose", n.purpose()));
          }
        }
      }
    }

    private void emit(MetricSink sink, ScenarioIndex index, String partyId, List<String> fieldIds, String group) {
      DisclosurePlan plan = context.plan();
      int party = index.party(partyId);
      PartyRole role = index.partyAt(party).role();
      int[] needed = fieldIds.stream().mapToInt(index::field).toArray();
      long handled = 0;
      long met = 0;
      long clear = 0;
      for (int r = 0; r < perRoute.length; r++) {
        if (perRoute[r] == 0 || !handles(plan, r, party)) {
          continue;
        }
        handled += perRoute[r];
        boolean allUsable = true;
        boolean allClear = true;
        for (int f : needed) {
          FieldForm form = ObserverView.held(plan, r, f, party);
          allUsable &= usable(form, index.fieldAt(f).carries(), role);
          allClear &= form.op() == TransformSpec.Op.KEEP;
        }
        met += allUsable ? perRoute[r] : 0;
        clear += allClear ? perRoute[r] : 0;
      }
      sink.accept("needs_met", group, CoverageMetric.ratio(met, handled), "share");
      sink.accept("needs_met_clear", group, CoverageMetric.ratio(clear, handled), "share");
    }

    private static boolean handles(DisclosurePlan plan, int route, int party) {
      for (int f = 0; f < plan.fieldCount(); f++) {
        if (ObserverView.held(plan, route, f, party).received()) {
          return true;
        }
      }
      return false;
    }
  }
}
