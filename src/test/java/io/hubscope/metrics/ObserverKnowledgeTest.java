package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.disclosure.FieldForm;
import io.hubscope.disclosure.ObservedCodes;
import io.hubscope.disclosure.ObserverView;
import io.hubscope.scenario.TransformSpec;
import io.hubscope.scenario.TransformSpec.Op;
import io.hubscope.simulation.ShipmentColumns;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inference rules of {@link ObserverKnowledge} on {@link MarketFixture}. */
class ObserverKnowledgeTest {

  ObserverKnowledge know(MarketFixture m, String... pool) {
    return new ObserverKnowledge(m.view(pool), m.scenario.fields(), m.scenario.catalogue(),
        m.routes.routeCount());
  }

  @Test
  void hubOneKnowsEverythingOnItsRoutesOnly() {
    MarketFixture m = new MarketFixture();
    ObserverKnowledge k = know(m, "hubco1");
    int mine = m.route("A", "X", "H1");
    int other = m.route("A", "X", "H2");
    assertThat(k.touches[mine]).isTrue();
    assertThat(k.touches[other]).isFalse();
    assertThat(k.countryKnown[mine]).isTrue();
    assertThat(k.merchantNamed[mine]).isTrue();
    assertThat(k.firmRecognised[mine]).isTrue();
    assertThat(k.valueMode[mine]).isEqualTo(ObserverKnowledge.VALUE_EXACT);
    // full HS codes: each category alone
    assertThat(k.classes.single(k.classOf[mine][1])).isTrue();
    assertThat(k.classes.single(k.classOf[mine][2])).isTrue();
  }

  @Test
  void hubTwoHoldsTokensAHeadingAndBins() {
    MarketFixture m = new MarketFixture();
    ObserverKnowledge k = know(m, "hubco2");
    int r = m.route("B", "Y", "H2");
    assertThat(k.countryKnown[r]).isTrue();
    assertThat(k.merchantNamed[r]).isFalse();
    assertThat(k.merchantLinked[r]).isTrue();
    assertThat(k.buyerLinked[r]).isTrue();
    assertThat(k.firmRecognised[r]).isFalse();
    assertThat(k.valueMode[r]).isEqualTo(ObserverKnowledge.VALUE_BINNED);
    assertThat(k.classOf[r][1]).isEqualTo(k.classOf[r][2]);
    assertThat(k.classes.members(k.classOf[r][1])).containsExactly(1, 2);
    assertThat(k.classes.single(k.classOf[r][0])).isTrue();
  }

  @Test
  void linkableMeansAtLeastAsRevealingAsAKeyedPseudonym() {
    assertThat(ObserverKnowledge.linkable(FieldForm.KEEP)).isTrue();
    assertThat(ObserverKnowledge.linkable(form(Op.PSEUDONYMISE, TransformSpec.Pseudonym.KEYED))).isTrue();
    assertThat(ObserverKnowledge.linkable(form(Op.PSEUDONYMISE, TransformSpec.Pseudonym.PER_SHIPMENT))).isFalse();
    assertThat(ObserverKnowledge.linkable(form(Op.AGGREGATE_ONLY, null))).isFalse();
    assertThat(ObserverKnowledge.linkable(form(Op.OMIT, null))).isFalse();
    assertThat(ObserverKnowledge.linkable(FieldForm.NONE)).isFalse();
  }

  static FieldForm form(Op op, TransformSpec.Pseudonym pseudonym) {
    return new FieldForm(op, pseudonym, 0, 0, 0, 0, 1);
  }

  @Test
  void aPerShipmentPseudonymLinksNothing() {
    MarketFixture m = new MarketFixture(List.of(
        new TransformSpec("name", List.of("hubco2"), null, Op.PSEUDONYMISE, TransformSpec.Pseudonym.PER_SHIPMENT,
            null, null, null, null, null)));
    assertThat(know(m, "hubco2").buyerLinked[m.route("B", "Y", "H2")]).isFalse();
  }

  @Test
  void valuesReadAreTheObservedCodesValues() {
    MarketFixture m = new MarketFixture(List.of(
        new TransformSpec("value", List.of("hubco2"), null, Op.NOISE, null, null, null, null, 0.5, 10.0)));
    ShipmentColumns s = m.tenShipments();
    ObservedCodes codes = new ObservedCodes(m.scenario, m.world, m.routes, 7);
    int valueField = m.index.field("value");
    for (String party : new String[] {"hubco1", "hubco2"}) {
      ObserverView view = m.view(party);
      ObserverKnowledge k = know(m, party);
      for (int i = 0; i < s.size; i++) {
        int r = s.route[i];
        if (!k.touches[r]) {
          continue;
        }
        FieldForm form = view.form(r, valueField);
        assertThat(k.observedCents(r, s.value[i], i, 7, 1)).as(party + " row " + i)
            .isEqualTo(codes.code(valueField, form, s, i, 1));
      }
    }
    // bins: the code is the bin index; the observer reads the bin's midpoint
    MarketFixture binned = new MarketFixture();
    ObserverKnowledge k = know(binned, "hubco2");
    int r = binned.route("A", "X", "H2");
    assertThat(k.observedCents(r, 20f, 0, 7, 1)).isEqualTo(2500);
    assertThat(k.observedCents(r, 29.99f, 0, 7, 1)).isEqualTo(2500);
  }
}
