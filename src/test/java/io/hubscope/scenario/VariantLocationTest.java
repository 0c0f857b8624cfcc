package io.hubscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Problems that a variant brings in are located at the variant's lines, also after list items moved. */
class VariantLocationTest {

  @Test
  void aSetValueThatBreaksTheScenarioPointsAtTheVariant() {
    ScenarioText text = ScenarioText.minimal()
        .replace("    append:\n      transforms:\n", "    set:\n      merchants.count: 0\n    append:\n      transforms:\n");

    assertThat(text.problems()).containsExactly("test.yaml:86:24: error: merchants.count: count must be at least 1, "
        + "got 0 [in variant 'coarse-postcode'] (hint: it counts merchants)");
  }

  @Test
  void aValueSetBeforeARemovalIsFollowedToItsNewIndex() {
    ScenarioText text = ScenarioText.minimal()
        .replace("op: pseudonymise, pseudonym: keyed}\n",
            "op: pseudonymise, pseudonym: keyed}\n  - {field: value, to: [\"@hub\"], op: noise, epsilon: 1}\n")
        .replace("    append:\n      transforms:\n        - {field: consignee_postcode, to: [\"@hub\"], op: generalise, "
            + "digits: 2}\n", "    set:\n      transforms[1].epsilon: -1\n    remove: [\"transforms[0]\"]\n");

    assertThat(text.problems()).containsExactly("test.yaml:87:30: error: transforms[0].epsilon: epsilon must be "
        + "greater than 0, got -1 [in variant 'coarse-postcode'] (hint: it is the privacy budget)");
  }

  @Test
  void aVariantMayNotBeCalledBaseline() {
    ScenarioText text = ScenarioText.minimal().replace("id: coarse-postcode", "id: baseline");

    assertThat(text.problems()).containsExactly("test.yaml:83:9: error: variants[0].id: variant id 'baseline' is "
        + "reserved for the unmodified scenario (hint: rename the variant (its results would be mixed with the base "
        + "scenario's under one name))");
  }

  @Test
  void aTransformThatReachesNoOneIsWarnedAbout() {
    // the hub receives tracking_id in the ENS, but no message carries hs_code to the last-mile carrier
    ScenarioText toNoOne = ScenarioText.minimal().replace(
        "  - {field: consignee_name, to: [\"@hub\"], op: pseudonymise, pseudonym: keyed}\n",
        "  - {field: consignee_name, to: [\"@hub\"], op: pseudonymise, pseudonym: keyed}\n"
            + "  - {field: hs_code, to: [\"@lastMile\"], op: omit}\n");
    assertThat(toNoOne.problems()).containsExactly("test.yaml:73:5: warning: transforms[1]: transform of hs_code to "
        + "@lastMile applies to nothing: no message carries hs_code to @lastMile (hint: add the field to a message "
        + "sent to that party, or remove the transform)");

    // a hub that sends a field it never receives: the transform cannot keep it from the hub
    ScenarioText sentByTheHub = ScenarioText.minimal()
        .replace("fields: [consignee_name, consignee_postcode, hs_code, value, tracking_id]}",
            "fields: [consignee_postcode, hs_code, value, tracking_id]}")
        .replace("  - {field: consignee_name, to: [\"@hub\"], op: pseudonymise, pseudonym: keyed}\n",
            "  - {field: consignee_name, to: [\"@hub\"], op: omit}\n");
    assertThat(sentByTheHub.problems()).containsExactly("test.yaml:72:5: warning: transforms[0]: transform of "
        + "consignee_name to @hub applies to nothing: no message carries consignee_name to @hub (hint: it sends the "
        + "field itself (cainiao-lgg in message handover), so it holds it in clear as its originator; to keep it "
        + "from that party, take the field out of what it sends too)");

    assertThat(ScenarioText.minimal().problems()).isEmpty();
  }

  @Test
  void keepingTheWholeHsCodeOfSomeCategoriesIsWarnedAbout() {
    ScenarioText text = ScenarioText.minimal().replace(
        "  - {field: consignee_name, to: [\"@hub\"], op: pseudonymise, pseudonym: keyed}\n",
        "  - {field: consignee_name, to: [\"@hub\"], op: pseudonymise, pseudonym: keyed}\n"
            + "  - {field: hs_code, to: [\"@hub\"], op: generalise, digits: 4}\n");

    assertThat(text.problems()).containsExactly("test.yaml:73:60: warning: transforms[1].digits: digits 4 keep the "
        + "whole HS code of apparel, pharma: for their shipments the code is seen as it is, though exposure counts "
        + "it as generalised (hint: keep fewer digits, or give those categories longer (6-digit) codes)");
    assertThat(text.replace("op: generalise, digits: 4}", "op: generalise, digits: 2}").problems()).isEmpty();
  }

  @Test
  void loadingAVariantNamesTheVariantInItsErrors() {
    ScenarioText text = ScenarioText.minimal().replace("digits: 2}", "digits: 9}");

    ScenarioException e = assertThrows(ScenarioException.class, () -> text.load("coarse-postcode"));

    assertThat(e.getMessage()).isEqualTo("test.yaml:87:77: error: transforms[1].digits: digits must be between 1 "
        + "and 4 (the postcode length) for a postcode, got 9 [in variant 'coarse-postcode'] (hint: the number of "
        + "leading postcode digits kept)");
  }

  @Test
  void droppingAListItemShiftsTheLocationsOfTheItemsAfterIt() throws ScenarioException {
    SourceMap map = YamlTreeReader.read("t.yaml", "list:\n  - a\n  - b\n  - {k: c}\n").sourceMap().copy();

    map.dropListItem("/list", 0, 3);

    assertThat(map.locate("/list/0")).isEqualTo(new SourceLocation(3, 5));
    assertThat(map.locate("/list/1/k")).isEqualTo(new SourceLocation(4, 9));
    assertThat(map.locate("/list/2")).isEqualTo(new SourceLocation(2, 3)); // gone: the list itself
  }
}
