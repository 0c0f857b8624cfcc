package io.hubscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.disclosure.FieldForm;
import io.hubscope.scenario.Attribute;
import io.hubscope.scenario.TransformSpec;
import org.junit.jupiter.api.Test;

/**
 * The heatmap's colour classes read the labels of {@link FieldForm#label}: every label the disclosure model can
 * write maps to the class of the exposure inventory.
 */
class FormClassTest {

  static FieldForm form(TransformSpec.Op op, TransformSpec.Pseudonym p, int digits, double bin, double round,
      double eps) {
    return new FieldForm(op, p, digits, bin, round, eps, 1);
  }

  @Test
  void everyLabelMapsToItsClass() {
    assertThat(FormClass.of(FieldForm.KEEP.label(Attribute.Kind.CATEGORICAL))).isEqualTo(FormClass.CLEAR);
    assertThat(FormClass.of(form(TransformSpec.Op.PSEUDONYMISE, TransformSpec.Pseudonym.KEYED, 0, 0, 0, 0)
        .label(Attribute.Kind.RECIPIENT_IDENTITY))).isEqualTo(FormClass.PSEUDONYMISED);
    assertThat(FormClass.of(form(TransformSpec.Op.PSEUDONYMISE, TransformSpec.Pseudonym.PER_SHIPMENT, 0, 0, 0, 0)
        .label(Attribute.Kind.RECIPIENT_IDENTITY))).isEqualTo(FormClass.PSEUDONYMISED);
    for (Attribute.Kind kind : Attribute.Kind.values()) {
      FieldForm g = form(TransformSpec.Op.GENERALISE, null, 2, 10, 24, 0);
      assertThat(FormClass.of(g.label(kind))).as(g.label(kind)).isEqualTo(FormClass.GENERALISED);
    }
    assertThat(FormClass.of(form(TransformSpec.Op.NOISE, null, 0, 0, 0, 0.5).label(Attribute.Kind.NUMBER)))
        .isEqualTo(FormClass.NOISED);
    assertThat(FormClass.of(form(TransformSpec.Op.AGGREGATE_ONLY, null, 0, 0, 0, 0).label(Attribute.Kind.NUMBER)))
        .isEqualTo(FormClass.AGGREGATE);
    assertThat(FormClass.of(form(TransformSpec.Op.OMIT, null, 0, 0, 0, 0).label(Attribute.Kind.NUMBER)))
        .isEqualTo(FormClass.NONE);
    assertThat(FormClass.of(FieldForm.NONE.label(Attribute.Kind.NUMBER))).isEqualTo(FormClass.NONE);
    assertThat(FormClass.of("none")).isEqualTo(FormClass.NONE);
  }

  @Test
  void classesFollowTheExposureInventoryVocabulary() {
    assertThat(FormClass.values()).extracting(FormClass::label)
        .containsExactly("clear", "pseudonymised", "generalised", "noised", "aggregate", "none");
  }
}
