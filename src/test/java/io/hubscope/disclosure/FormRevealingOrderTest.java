package io.hubscope.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.scenario.Attribute;
import io.hubscope.scenario.TransformSpec.Op;
import io.hubscope.scenario.TransformSpec.Pseudonym;
import org.junit.jupiter.api.Test;

class FormRevealingOrderTest {

  static FieldForm generalise(int digits) {
    return new FieldForm(Op.GENERALISE, null, digits, 0, 0, 0, 0);
  }

  static FieldForm noise(double epsilon) {
    return new FieldForm(Op.NOISE, null, 0, 0, 0, epsilon, 1);
  }

  static FieldForm pseudonym(Pseudonym p) {
    return new FieldForm(Op.PSEUDONYMISE, p, 0, 0, 0, 0, 0);
  }

  @Test
  void operationsFollowTheDeclarationOrder() {
    FieldForm omit = new FieldForm(Op.OMIT, null, 0, 0, 0, 0, 0);
    FieldForm aggregate = new FieldForm(Op.AGGREGATE_ONLY, null, 0, 0, 0, 0, 0);
    assertThat(FormRevealingOrder.mostRevealing(generalise(2), FieldForm.KEEP)).isEqualTo(FieldForm.KEEP);
    assertThat(FormRevealingOrder.mostRevealing(noise(1), generalise(2))).isEqualTo(generalise(2));
    assertThat(FormRevealingOrder.mostRevealing(pseudonym(Pseudonym.KEYED), noise(1))).isEqualTo(noise(1));
    assertThat(FormRevealingOrder.mostRevealing(aggregate, pseudonym(Pseudonym.KEYED)))
        .isEqualTo(pseudonym(Pseudonym.KEYED));
    assertThat(FormRevealingOrder.mostRevealing(omit, aggregate)).isEqualTo(aggregate);
    assertThat(FormRevealingOrder.mostRevealing(FieldForm.NONE, omit)).isEqualTo(omit);
  }

  @Test
  void parametersBreakTiesWithinAnOperation() {
    assertThat(FormRevealingOrder.mostRevealing(generalise(2), generalise(4))).isEqualTo(generalise(4));
    // epsilon 2 adds half the noise of epsilon 1
    assertThat(FormRevealingOrder.mostRevealing(noise(1), noise(2))).isEqualTo(noise(2));
    assertThat(FormRevealingOrder.mostRevealing(pseudonym(Pseudonym.PER_SHIPMENT), pseudonym(Pseudonym.KEYED)))
        .isEqualTo(pseudonym(Pseudonym.KEYED));
    FieldForm wide = new FieldForm(Op.GENERALISE, null, 0, 50, 0, 0, 0);
    FieldForm narrow = new FieldForm(Op.GENERALISE, null, 0, 10, 0, 0, 0);
    assertThat(FormRevealingOrder.mostRevealing(wide, narrow)).isEqualTo(narrow);
  }

  @Test
  void labelsDependOnTheAttributeKind() {
    assertThat(generalise(2).label(Attribute.Kind.POSTCODE)).isEqualTo("postcode/2");
    assertThat(generalise(4).label(Attribute.Kind.HS_CODE)).isEqualTo("hs/4");
    assertThat(new FieldForm(Op.GENERALISE, null, 0, 10, 0, 0, 0).label(Attribute.Kind.NUMBER)).isEqualTo("bin 10");
    assertThat(new FieldForm(Op.GENERALISE, null, 0, 0, 24, 0, 0).label(Attribute.Kind.TIME)).isEqualTo("round 24h");
    assertThat(new FieldForm(Op.NOISE, null, 0, 0, 0, 0.5, 2).label(Attribute.Kind.NUMBER))
        .isEqualTo("noise e=0.5 s=2");
    assertThat(pseudonym(Pseudonym.KEYED).label(Attribute.Kind.RECIPIENT_IDENTITY)).isEqualTo("pseudonym(keyed)");
    assertThat(FieldForm.KEEP.label(Attribute.Kind.CATEGORICAL)).isEqualTo("clear");
    assertThat(FieldForm.NONE.label(Attribute.Kind.CATEGORICAL)).isEqualTo("-");
    assertThat(FieldForm.NONE.code()).isEqualTo((byte) 6);
  }
}
