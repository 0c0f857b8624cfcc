package io.hubscope.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubscope.util.HubscopeException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepAxisTest {

  @Test
  void theFirstEqualsSignOutsideASelectorSplitsPathAndValues() {
    SweepAxis a = SweepAxis.parse("transforms[field=consignee_postcode].digits=1,2, 3", List.of());

    assertThat(a.paths()).containsExactly("transforms[field=consignee_postcode].digits");
    assertThat(a.values().get(0)).extracting(JsonNode::intValue).containsExactly(1, 2, 3);
    assertThat(a.size()).isEqualTo(3);
  }

  @Test
  void valuesAreYamlScalars() {
    SweepAxis a = SweepAxis.parse("x=0.5,true,keyed,'a,b',\"007\"", List.of());

    List<JsonNode> v = a.values().get(0);
    assertThat(v.get(0).isNumber()).isTrue();
    assertThat(v.get(0).doubleValue()).isEqualTo(0.5);
    assertThat(v.get(1).isBoolean()).isTrue();
    assertThat(v.get(2).textValue()).isEqualTo("keyed");
    assertThat(v.get(3).textValue()).isEqualTo("a,b");
    assertThat(v.get(4).textValue()).isEqualTo("007");
    assertThat(SweepAxis.text(v.get(0))).isEqualTo("0.5");
  }

  @Test
  void tiedPathsNeedAsManyValues() {
    SweepAxis a = SweepAxis.parse("network.routing.hubShares.LGG=0.5,0.7",
        List.of("network.routing.hubShares.LEJ=0.5,0.3"));
    assertThat(a.paths()).containsExactly("network.routing.hubShares.LGG", "network.routing.hubShares.LEJ");

    assertThatThrownBy(() -> SweepAxis.parse("a=1,2", List.of("b=1")))
        .isInstanceOf(HubscopeException.class)
        .hasMessage("--tie 'b=1' has 1 value but the --set it is tied to ('a') has 2");
  }

  @Test
  void badInputNamesTheOptionAndTheProblem() {
    assertThatThrownBy(() -> SweepAxis.parse("no-values", List.of()))
        .hasMessage("--set 'no-values' has no PATH=VALUES form");
    assertThatThrownBy(() -> SweepAxis.parse("parties[id=x.group=1", List.of()))
        .hasMessage("--set 'parties[id=x.group=1' has no PATH=VALUES form");
    assertThatThrownBy(() -> SweepAxis.parse("a.=1", List.of()))
        .hasMessage("--set 'a.': path 'a.' starts or ends with '.'");
    assertThatThrownBy(() -> SweepAxis.parse("a=1,,2", List.of()))
        .hasMessage("--set 'a' has an empty value");
    assertThatThrownBy(() -> SweepAxis.parse("a=[1, 2]", List.of()))
        .hasMessageStartingWith("--set 'a' has value '[1'");
    assertThatThrownBy(() -> SweepAxis.parse("a=1", List.of("a=2")))
        .hasMessage("--tie 'a' names the same path twice");
  }

  @Test
  void theGridIsTheCartesianProductWithTheFirstAxisSlowest() {
    List<SweepPoint> points = SweepPoint.grid(List.of(
        SweepAxis.parse("a=1,2", List.of("t=x,y")),
        SweepAxis.parse("b=10,20,30", List.of())));

    assertThat(points).extracting(SweepPoint::label).containsExactly(
        "a=1, t=x, b=10", "a=1, t=x, b=20", "a=1, t=x, b=30",
        "a=2, t=y, b=10", "a=2, t=y, b=20", "a=2, t=y, b=30");
    assertThat(points).extracting(SweepPoint::id).containsExactly(1, 2, 3, 4, 5, 6);
  }
}
