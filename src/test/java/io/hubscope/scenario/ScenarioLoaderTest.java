package io.hubscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {

  @Test
  void quickstartLoadsWithItsParts() throws Exception {
    LoadedScenario loaded = ScenarioLoader.load(Path.of("scenarios/quickstart.yaml"), null);
    Scenario s = loaded.scenario();
    assertThat(s.meta().name()).isEqualTo("quickstart");
    assertThat(s.parties()).hasSize(12);
    assertThat(s.parties().get(4).role()).isEqualTo(PartyRole.HUB_OPERATOR);
    assertThat(s.network().lanes()).hasSize(4);
    assertThat(s.catalogue().get(2).tags()).containsExactly(CategoryTag.HEALTH);
    assertThat(s.fields().get(0).carries()).isEqualTo(Attribute.RECIPIENT_NAME);
    assertThat(loaded.sha256()).hasSize(64);
  }

  @Test
  void variantAppendsTransforms() throws Exception {
    LoadedScenario loaded = ScenarioLoader.load(Path.of("scenarios/quickstart.yaml"), "coarse-postcode");
    assertThat(loaded.variant()).isEqualTo("coarse-postcode");
    TransformSpec last = loaded.scenario().transforms().get(loaded.scenario().transforms().size() - 1);
    assertThat(last.op()).isEqualTo(TransformSpec.Op.GENERALISE);
    assertThat(last.digits()).isEqualTo(2);
  }

  @Test
  void unknownVariantIsNamedWithTheValidOnes() {
    ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(Path.of("scenarios/quickstart.yaml"), "nope"));
    assertThat(e.getMessage()).contains("no variant named 'nope'")
        .contains("valid variants: pseudonymised, coarse-postcode");
  }
}
