package io.hubscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

  @Test
  void liegeBaselineLoadsWithItsParts() throws Exception {
    LoadedScenario loaded = ScenarioLoader.load(Path.of("scenarios/liege-baseline.yaml"), null);
    Scenario s = loaded.scenario();
    assertThat(s.meta().name()).isEqualTo("liege-baseline");
    assertThat(s.meta().horizonDays()).isEqualTo(28);
    assertThat(s.meta().scale().realShipmentsPerDay()).isEqualTo(3_600_000.0);
    assertThat(s.parties()).hasSize(23);
    assertThat(s.parties()).filteredOn(p -> p.role() == PartyRole.LAST_MILE_CARRIER).hasSize(7);
    assertThat(s.regions().destinations()).hasSize(7);
    assertThat(s.catalogue()).hasSize(16);
    assertThat(s.catalogue()).filteredOn(c -> c.tags() != null).flatExtracting(Category::tags)
        .contains(CategoryTag.HEALTH, CategoryTag.RELIGION, CategoryTag.POLITICS, CategoryTag.SEXUALITY,
            CategoryTag.CRITICAL, CategoryTag.DUAL_USE);
    assertThat(s.fields()).extracting(FieldSpec::carries).containsExactlyInAnyOrder(Attribute.values());
    assertThat(s.network().routing().hubShares()).containsEntry("LGG", 0.85).containsEntry("LEJ", 0.15);
    assertThat(s.demand().peaks()).extracting(DemandSpec.Peak::day).containsExactly(8, 25);
    assertThat(s.observers()).extracting(ObserverSpec::id)
        .contains("hub", "alibaba-group", "prc-state");
  }

  @Test
  void everyLiegeVariantLoadsAndChangesWhatItSays() throws Exception {
    Path file = Path.of("scenarios/liege-baseline.yaml");
    List<String> ids = ScenarioLoader.load(file, null).scenario().variants().stream().map(VariantSpec::id).toList();
    assertThat(ids).contains("independent-declarant", "minimisation", "pseudonymised", "sealed-labels",
        "split-hubs", "coarse-postcode", "noised-values");
    for (String id : ids) {
      assertThat(ScenarioLoader.load(file, id).variant()).isEqualTo(id);
    }

    Scenario min = ScenarioLoader.load(file, "minimisation").scenario();
    MessageSpec h7 = min.messages().stream().filter(m -> m.id().equals("h7")).findFirst().orElseThrow();
    MessageSpec ens = min.messages().stream().filter(m -> m.id().equals("ens")).findFirst().orElseThrow();
    assertThat(h7.sender()).isEqualTo("independent-broker");
    assertThat(ens.recipients()).containsExactly("eu-customs");
    assertThat(min.needs()).filteredOn(n -> "H7 declaration".equals(n.purpose()))
        .extracting(NeedSpec::party).containsExactly("independent-broker");

    // The anchored declarant change reaches the variants that reuse it.
    Scenario sealed = ScenarioLoader.load(file, "sealed-labels").scenario();
    assertThat(sealed.messages()).filteredOn(m -> m.id().equals("h7")).extracting(MessageSpec::sender)
        .containsExactly("independent-broker");
    TransformSpec last = sealed.transforms().get(sealed.transforms().size() - 1);
    assertThat(last.pseudonym()).isEqualTo(TransformSpec.Pseudonym.PER_SHIPMENT);

    Map<String, Double> shares = ScenarioLoader.load(file, "split-hubs").scenario().network().routing().hubShares();
    assertThat(shares).containsEntry("LGG", 0.5).containsEntry("LEJ", 0.5);
  }
}
