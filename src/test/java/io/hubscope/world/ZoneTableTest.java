package io.hubscope.world;

import static io.hubscope.testing.ScenarioFixtures.destination;
import static io.hubscope.testing.ScenarioFixtures.zone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hubscope.scenario.Regions;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneTableTest {

  @Test
  void postcodesAreNumberedZoneByZone() {
    ZoneTable t = new ZoneTable(List.of(
        destination("BE", "D1", zone("10", 5, 20), zone("40", 5, 3)),
        destination("NL", "D2", zone("3", 5, 12))));
    assertThat(t.zoneCount()).isEqualTo(3);
    assertThat(t.postcodeCount()).isEqualTo(35);
    assertThat(t.firstPostcodeColumn()).containsExactly(0, 20, 23);
    assertThat(t.destinationColumn()).containsExactly(0, 0, 1);
    assertThat(t.firstZone(1)).isEqualTo(2);
    assertThat(t.zoneCount(0)).isEqualTo(2);
    assertThat(t.postcode(0)).isEqualTo("1000");
    assertThat(t.postcode(19)).isEqualTo("1019");
    assertThat(t.postcode(22)).isEqualTo("4002");
    assertThat(t.postcode(23)).isEqualTo("3000");
    assertThat(t.postcode(34)).isEqualTo("3011");
    assertThat(t.zoneOfPostcode(34)).isEqualTo(2);
  }

  @Test
  void tooManyPostcodesForTheDigitsFail() {
    List<Regions.Destination> d = List.of(destination("BE", "D1", zone("10", 5, 101)));
    assertThatThrownBy(() -> new ZoneTable(d)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BE/10 has 101 postcodes");
  }
}
