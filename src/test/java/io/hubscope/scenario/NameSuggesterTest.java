package io.hubscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameSuggesterTest {

  private static final List<String> META =
      List.of("name", "description", "seed", "horizonDays", "replications", "startDate", "scale");

  @Test
  void suggestsTheClosestNameForTyposTranspositionsCaseAndPrefixes() {
    assertThat(NameSuggester.nearest("sede", META)).contains("seed");
    assertThat(NameSuggester.nearest("HorizonDays", META)).contains("horizonDays");
    assertThat(NameSuggester.nearest("horizon", META)).contains("horizonDays");
    assertThat(NameSuggester.nearest("replicatons", META)).contains("replications");
  }

  @Test
  void staysQuietWhenNothingIsClose() {
    assertThat(NameSuggester.nearest("colour", META)).isEmpty();
    assertThat(NameSuggester.nearest("", META)).isEmpty();
    assertThat(NameSuggester.didYouMean("xyz", List.of("abcdef"))).isNull();
    assertThat(NameSuggester.didYouMean("hubOprator", List.of("hubOperator"))).isEqualTo(
        "did you mean 'hubOperator'?");
  }
}
