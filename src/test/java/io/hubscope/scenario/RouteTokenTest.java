package io.hubscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouteTokenTest {

  @Test
  void parsesOnlyExactSpellings() {
    assertThat(RouteToken.parse("@hub")).contains(RouteToken.HUB);
    assertThat(RouteToken.parse("@lastMile")).contains(RouteToken.LAST_MILE);
    assertThat(RouteToken.parse("@lastmile")).isEmpty();
    assertThat(RouteToken.parse("cainiao-lgg")).isEmpty();
    assertThat(RouteToken.looksLikeToken("@lastmile")).isTrue();
    assertThat(RouteToken.spellings()).containsExactly("@hub", "@sorting", "@airport", "@lastMile", "@lineHaul",
        "@road");
  }

  @Test
  void resolvesOverTheWholeQuickstartNetwork() throws ScenarioException {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/quickstart.yaml"), null).scenario();

    assertThat(RouteToken.HUB.resolve(s)).containsExactly("cainiao-lgg");
    assertThat(RouteToken.AIRPORT.resolve(s)).containsExactly("airline");
    assertThat(RouteToken.SORTING.resolve(s)).isEmpty();
    assertThat(RouteToken.LAST_MILE.resolve(s)).containsExactly("bpost", "postnl");
    assertThat(RouteToken.LINE_HAUL.resolve(s)).containsExactly("airline");
    assertThat(RouteToken.ROAD.resolve(s)).containsExactly("bpost", "postnl");
  }

  @Test
  void resolvesOverOneRoute() {
    NetworkSpec.Node hub = new NetworkSpec.Node("LGG", null, NetworkSpec.NodeType.HUB, "cainiao-lgg", null, null);
    NetworkSpec.Node depot = new NetworkSpec.Node("DEPOT-NL", null, NetworkSpec.NodeType.DEPOT, "postnl", null,
        null);
    NetworkSpec.Lane road = new NetworkSpec.Lane("LGG", "DEPOT-NL", NetworkSpec.Mode.ROAD, "postnl", null, null,
        null, null);
    NetworkSpec.Lane air = new NetworkSpec.Lane("HGH", "LGG", NetworkSpec.Mode.AIR, "airline", null, null, null,
        null);

    assertThat(RouteToken.LAST_MILE.resolve(List.of(hub, depot), List.of(air, road), Set.of("DEPOT-NL")))
        .containsExactly("postnl");
    assertThat(RouteToken.LAST_MILE.resolve(List.of(hub, depot), List.of(air, road), Set.of("DEPOT-BE")))
        .isEmpty();
    assertThat(RouteToken.LINE_HAUL.resolve(List.of(hub, depot), List.of(air, road), Set.of())).containsExactly(
        "airline");
    assertThat(RouteToken.HUB.isNodeToken()).isTrue();
    assertThat(RouteToken.ROAD.isNodeToken()).isFalse();
  }
}
