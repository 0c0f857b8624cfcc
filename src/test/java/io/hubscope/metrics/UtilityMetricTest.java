package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.disclosure.FieldForm;
import io.hubscope.scenario.Attribute;
import io.hubscope.scenario.PartyRole;
import io.hubscope.scenario.TransformSpec;
import io.hubscope.scenario.TransformSpec.Op;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Utility on {@link MarketFixture}: routes carry r0 3, r1 2, r2 1, r3 1, r4 1, r5 2 of the ten shipments. hubco1
 * handles r0 and r2, hubco2 the other four, postX the routes to X (r0, r1, r4), postY those to Y (r2, r3, r5).
 */
class UtilityMetricTest {

  static final double EPS = 1e-9;

  Map<String, Double> run(MarketFixture m) {
    // Utility is per party: the observer does not matter.
    return m.measure(new UtilityMetric(), m.view("customs"), m.tenShipments());
  }

  @Test
  void aTwoDigitPostcodeStillSortsButCannotDeliver() {
    Map<String, Double> u = run(new MarketFixture());
    assertThat(u.get("needs_met|party=hubco1")).isCloseTo(1, within(EPS));
    assertThat(u.get("needs_met_clear|party=hubco1")).isCloseTo(1, within(EPS));
    // hubco2 sorts on a 2-digit postcode (usable for a hub) but cannot declare with a pseudonymous name, an HS
    // heading and a binned value.
    assertThat(u.get("needs_met|party=hubco2;purpose=sorting")).isCloseTo(1, within(EPS));
    assertThat(u.get("needs_met_clear|party=hubco2;purpose=sorting")).isCloseTo(0, within(EPS));
    assertThat(u.get("needs_met|party=hubco2;purpose=declaration")).isCloseTo(0, within(EPS));
    assertThat(u.get("needs_met|party=hubco2")).isCloseTo(0, within(EPS));
    assertThat(u.get("needs_met|party=postX")).isCloseTo(1, within(EPS));
    // postY gets a 2-digit postcode: delivery breaks.
    assertThat(u.get("needs_met|party=postY")).isCloseTo(0, within(EPS));
    assertThat(u.get("needs_met|party=customs")).isCloseTo(1, within(EPS));
  }

  @Test
  void aMitigationThatBreaksSortingShowsUp() {
    // hubco1 receives the postcode (ENS) with one digit only: its 4 shipments can no longer be sorted.
    MarketFixture m = new MarketFixture(List.of(
        new TransformSpec("postcode", List.of("hubco1"), "ens", Op.GENERALISE, null, 1, null, null, null, null)));
    Map<String, Double> u = run(m);
    assertThat(u.get("needs_met|party=hubco1;purpose=sorting")).isCloseTo(0, within(EPS));
    // The language counts what a party receives: postX still gets the full postcode in the hand-over.
    assertThat(u.get("needs_met|party=postX")).isCloseTo(1, within(EPS));
  }

  @Test
  void deliveryNeedsTheNameButMatchesParcelsOnAKeyedToken() {
    // postX no longer receives the name in the hand-over: none of its 6 shipments can be delivered.
    MarketFixture m = new MarketFixture(List.of(
        new TransformSpec("name", List.of("postX"), "handover", Op.OMIT, null, null, null, null, null, null)));
    Map<String, Double> u = run(m);
    assertThat(u.get("needs_met|party=postX")).isCloseTo(0, within(EPS));
    MarketFixture keyed = new MarketFixture(List.of(
        new TransformSpec("tracking", List.of("postX"), null, Op.PSEUDONYMISE, TransformSpec.Pseudonym.KEYED, null,
            null, null, null, null)));
    Map<String, Double> k = run(keyed);
    // a keyed tracking token still matches the parcel: delivery works, but not in clear
    assertThat(k.get("needs_met|party=postX")).isCloseTo(1, within(EPS));
    assertThat(k.get("needs_met_clear|party=postX")).isCloseTo(0, within(EPS));
  }

  @Test
  void usableFormsFollowTheDocumentedRule() {
    FieldForm keyed = new FieldForm(Op.PSEUDONYMISE, TransformSpec.Pseudonym.KEYED, 0, 0, 0, 0, 0);
    FieldForm perShipment = new FieldForm(Op.PSEUDONYMISE, TransformSpec.Pseudonym.PER_SHIPMENT, 0, 0, 0, 0, 0);
    FieldForm twoDigits = new FieldForm(Op.GENERALISE, null, 2, 0, 0, 0, 0);
    FieldForm oneDigit = new FieldForm(Op.GENERALISE, null, 1, 0, 0, 0, 0);
    FieldForm bins = new FieldForm(Op.GENERALISE, null, 0, 10, 0, 0, 0);
    FieldForm noise = new FieldForm(Op.NOISE, null, 0, 0, 0, 1, 1);
    assertThat(UtilityMetric.usable(FieldForm.KEEP, Attribute.RECIPIENT_NAME, PartyRole.LAST_MILE_CARRIER)).isTrue();
    assertThat(UtilityMetric.usable(keyed, Attribute.PARCEL_TRACKING_ID, PartyRole.HUB_OPERATOR)).isTrue();
    assertThat(UtilityMetric.usable(keyed, Attribute.RECIPIENT_NAME, PartyRole.LAST_MILE_CARRIER)).isFalse();
    assertThat(UtilityMetric.usable(perShipment, Attribute.PARCEL_TRACKING_ID, PartyRole.HUB_OPERATOR)).isFalse();
    assertThat(UtilityMetric.usable(twoDigits, Attribute.RECIPIENT_POSTCODE, PartyRole.HUB_OPERATOR)).isTrue();
    assertThat(UtilityMetric.usable(twoDigits, Attribute.RECIPIENT_POSTCODE, PartyRole.LINE_HAUL_CARRIER)).isTrue();
    assertThat(UtilityMetric.usable(oneDigit, Attribute.RECIPIENT_POSTCODE, PartyRole.HUB_OPERATOR)).isFalse();
    assertThat(UtilityMetric.usable(twoDigits, Attribute.RECIPIENT_POSTCODE, PartyRole.LAST_MILE_CARRIER)).isFalse();
    assertThat(UtilityMetric.usable(twoDigits, Attribute.RECIPIENT_POSTCODE, PartyRole.CUSTOMS_DECLARANT)).isFalse();
    assertThat(UtilityMetric.usable(bins, Attribute.PARCEL_WEIGHT, PartyRole.LAST_MILE_CARRIER)).isTrue();
    assertThat(UtilityMetric.usable(bins, Attribute.PARCEL_WEIGHT, PartyRole.CUSTOMS_AUTHORITY)).isFalse();
    assertThat(UtilityMetric.usable(bins, Attribute.ITEM_VALUE, PartyRole.CUSTOMS_AUTHORITY)).isFalse();
    assertThat(UtilityMetric.usable(noise, Attribute.ITEM_VALUE, PartyRole.MARKETPLACE)).isFalse();
    assertThat(UtilityMetric.usable(FieldForm.NONE, Attribute.ITEM_VALUE, PartyRole.MARKETPLACE)).isFalse();
  }
}
