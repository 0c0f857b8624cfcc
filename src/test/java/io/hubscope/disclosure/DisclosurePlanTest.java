package io.hubscope.disclosure;

import static io.hubscope.testing.ScenarioFixtures.field;
import static io.hubscope.testing.ScenarioFixtures.message;
import static io.hubscope.testing.ScenarioFixtures.transform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hubscope.network.LogisticsNetwork;
import io.hubscope.network.RoutePlanner;
import io.hubscope.network.RouteTable;
import io.hubscope.network.RouteTrafficEstimator;
import io.hubscope.scenario.Attribute;
import io.hubscope.scenario.Scenario;
import io.hubscope.scenario.TransformSpec;
import io.hubscope.scenario.TransformSpec.Op;
import io.hubscope.testing.NetworkFixtures;
import io.hubscope.world.ScenarioIndex;
import io.hubscope.world.World;
import io.hubscope.world.WorldBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two-hub fixture (see {@link NetworkFixtures}) with hub shares: destination X (depot D, last mile post) and Y
 * (sorting centre S, last mile sorter) each get 10 orders a day; 2/3 of each pair goes through H1 (hubco1), 1/3
 * through H2 (hubco2). So the routes through H1 carry 2/3 of all traffic, those to X carry 1/2.
 */
class DisclosurePlanTest {

  static final List<String> FIELDS = List.of("name", "postcode", "hs", "value", "scan");

  static Scenario scenario() {
    var fields = List.of(field("name", Attribute.RECIPIENT_NAME), field("postcode", Attribute.RECIPIENT_POSTCODE),
        field("hs", Attribute.ITEM_HS), field("value", Attribute.ITEM_VALUE), field("scan", Attribute.TIME_HUB_SCAN));
    var messages = List.of(
        message("ens", "shop", List.of("@hub", "customs"), List.of("name", "postcode", "hs", "value")),
        message("scan", "@hub", List.of("shop", "@hub"), List.of("scan")),
        message("handover", "@hub", List.of("@lastMile"), List.of("name", "postcode")),
        message("label", "shop", List.of("@hub"), List.of("postcode")));
    var transforms = List.of(
        /* t0 */ transform("name", List.of("*"), null, Op.PSEUDONYMISE),
        /* t1 */ transform("name", List.of("customs"), null, Op.KEEP),
        /* t2 */ new TransformSpec("postcode", List.of("@hub"), null, Op.GENERALISE, null, 2, null, null, null, null),
        /* t3 */ transform("postcode", List.of("hubco2"), null, Op.OMIT),
        /* t4 */ new TransformSpec("postcode", List.of("@hub"), "label", Op.GENERALISE, null, 3, null, null, null,
            null),
        /* t5 */ new TransformSpec("hs", List.of("@hub"), "ens", Op.GENERALISE, null, 4, null, null, null, null),
        /* t6 */ new TransformSpec("value", List.of("@hub"), null, Op.NOISE, null, null, null, null, 1.0, null),
        /* t7 */ new TransformSpec("scan", List.of("shop"), null, Op.GENERALISE, null, null, null, 24.0, null, null),
        /* t8 */ new TransformSpec("name", List.of("@lastMile"), "handover", Op.PSEUDONYMISE,
            TransformSpec.Pseudonym.PER_SHIPMENT, null, null, null, null, null));
    return NetworkFixtures.scenario(NetworkFixtures.hubShares(), fields, messages, transforms);
  }

  record Fixture(ScenarioIndex index, RouteTable routes, DisclosurePlan plan, DataFlowMatrix matrix) {
    static Fixture build() {
      Scenario s = scenario();
      World w = WorldBuilder.build(s, 1);
      ScenarioIndex index = w.index();
      RouteTable routes = RoutePlanner.plan(s, LogisticsNetwork.of(s, index), index);
      DisclosurePlan plan = DisclosurePlanner.plan(index, routes);
      return new Fixture(index, routes, plan,
          DataFlowMatrix.of(plan, RouteTrafficEstimator.trafficShares(w, routes), index));
    }

    String label(String field, String party) {
      return matrix.label(index.field(field), index.party(party));
    }

    int viaH1ToX() {
      return routes.firstRoute(routes.pair(0, 0));
    }

    int viaH2ToX() {
      return viaH1ToX() + 1;
    }
  }

  @Test
  void dataFlowMatrixIsExact() {
    Fixture f = Fixture.build();
    // name: everyone gets a keyed pseudonym (t0) except customs (t1 comes later) and the last mile on the handover
    // (t8, per-shipment); the hubs also send it onwards in the handover
    assertThat(f.label("name", "hubco1")).isEqualTo("pseudonym(keyed), sends (67%) / - (33%)");
    assertThat(f.label("name", "hubco2")).isEqualTo("- (67%) / pseudonym(keyed), sends (33%)");
    assertThat(f.label("name", "customs")).isEqualTo("clear");
    assertThat(f.label("name", "shop")).isEqualTo("sends");
    assertThat(f.label("name", "post")).isEqualTo("pseudonym(perShipment) (50%) / - (50%)");
    assertThat(f.label("name", "sorter")).isEqualTo("pseudonym(perShipment) (50%) / - (50%)");
    // postcode: hubs get 2 digits in the ENS (hubco2: omitted, t3) but 3 digits on the label (t4): 3 digits win
    assertThat(f.label("postcode", "hubco1")).isEqualTo("postcode/3, sends (67%) / - (33%)");
    assertThat(f.label("postcode", "hubco2")).isEqualTo("- (67%) / postcode/3, sends (33%)");
    assertThat(f.label("postcode", "customs")).isEqualTo("clear");
    assertThat(f.label("postcode", "post")).isEqualTo("clear (50%) / - (50%)");
    assertThat(f.label("hs", "hubco1")).isEqualTo("hs/4 (67%) / - (33%)");
    assertThat(f.label("hs", "customs")).isEqualTo("clear");
    assertThat(f.label("value", "hubco1")).isEqualTo("noise e=1 (67%) / - (33%)");
    assertThat(f.label("value", "hubco2")).isEqualTo("- (67%) / noise e=1 (33%)");
    assertThat(f.label("scan", "hubco1")).isEqualTo("clear, sends (67%) / - (33%)");
    assertThat(f.label("scan", "shop")).isEqualTo("round 24h");
    for (String field : FIELDS) {
      for (String party : List.of("airlineA", "airA", "airB", "hubco3", "truck")) {
        assertThat(f.label(field, party)).as("%s %s", field, party).isEqualTo("-");
      }
    }
    assertThat(f.matrix().involved(f.index().party("hubco3"))).isFalse();
    assertThat(f.matrix().involved(f.index().party("shop"))).isTrue();
  }

  @Test
  void lastMatchingTransformWins() {
    Fixture f = Fixture.build();
    TransformResolver resolver = new TransformResolver(f.index(), f.routes());
    var ens = f.index().messageAt(f.index().message("ens"));
    var label = f.index().messageAt(f.index().message("label"));
    int postcode = f.index().field("postcode");
    int hubco2 = f.index().party("hubco2");
    // ENS via H2: t2 (@hub, 2 digits) then t3 (hubco2, omit) both match: t3 is later
    assertThat(resolver.effective(f.viaH2ToX(), ens, postcode, hubco2).op()).isEqualTo(Op.OMIT);
    // label via H2: t4 (label only) comes after t3
    assertThat(resolver.effective(f.viaH2ToX(), label, postcode, hubco2).digits()).isEqualTo(3);
    // ENS via H1 for hubco1: only t2 matches
    assertThat(resolver.effective(f.viaH1ToX(), ens, postcode, f.index().party("hubco1")).digits()).isEqualTo(2);
    // a party no transform names keeps the field
    assertThat(resolver.effective(f.viaH1ToX(), ens, postcode, f.index().party("customs")))
        .isEqualTo(FieldForm.KEEP);
    // '*' then a later party-specific keep
    assertThat(resolver.effective(f.viaH1ToX(), ens, f.index().field("name"), f.index().party("customs")))
        .isEqualTo(FieldForm.KEEP);
  }

  @Test
  void mostRevealingFormAcrossMessagesIsKept() {
    Fixture f = Fixture.build();
    int postcode = f.index().field("postcode");
    DisclosurePlan plan = f.plan();
    // hubco2 gets the postcode omitted (ENS) and with 3 digits (label): it holds 3 digits
    FieldForm held = plan.form(f.viaH2ToX(), postcode, f.index().party("hubco2"));
    assertThat(held.op()).isEqualTo(Op.GENERALISE);
    assertThat(held.digits()).isEqualTo(3);
    assertThat(plan.code(f.viaH2ToX(), postcode, f.index().party("hubco2"))).isEqualTo((byte) 1);
    assertThat(plan.code(f.viaH1ToX(), postcode, f.index().party("hubco2"))).isEqualTo(FieldForm.NONE_CODE);
    assertThat(plan.forms().get(0)).isEqualTo(FieldForm.NONE);
    assertThat(plan.form(f.viaH1ToX(), postcode, f.index().party("hubco2"))).isEqualTo(FieldForm.NONE);
  }

  @Test
  void planRecordsResolvedSendersAndRecipients() {
    Fixture f = Fixture.build();
    DisclosurePlan plan = f.plan();
    int scan = f.index().message("scan");
    int handover = f.index().message("handover");
    int hubco1 = f.index().party("hubco1");
    assertThat(plan.senders(f.viaH1ToX(), scan)).containsExactly(hubco1);
    assertThat(plan.recipients(f.viaH1ToX(), scan)).containsExactly(f.index().party("shop"), hubco1);
    assertThat(plan.recipients(f.viaH2ToX(), handover)).containsExactly(f.index().party("post"));
    assertThat(plan.sends(f.viaH1ToX(), f.index().field("name"), hubco1)).isTrue();
    assertThat(plan.sends(f.viaH2ToX(), f.index().field("name"), hubco1)).isFalse();
    assertThat(plan.slot(1, 2, 3)).isEqualTo((1 * FIELDS.size() + 2) * f.index().partyCount() + 3);
    assertThat(plan.codeTable()).hasSize(f.routes().routeCount() * FIELDS.size() * f.index().partyCount());
  }

  @Test
  void transformMissingItsParameterFails() {
    Scenario s = scenario();
    var bad = new java.util.ArrayList<>(s.transforms());
    bad.add(transform("postcode", List.of("@hub"), null, Op.GENERALISE));
    Scenario broken = NetworkFixtures.scenario(NetworkFixtures.hubShares(), s.fields(), s.messages(), bad);
    ScenarioIndex index = new ScenarioIndex(broken);
    RouteTable routes = RoutePlanner.plan(broken, LogisticsNetwork.of(broken, index), index);
    assertThatThrownBy(() -> DisclosurePlanner.plan(index, routes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transform of field postcode (generalise) needs digits >= 0");
  }

  @Test
  void generalisingAWholePostcodeKeepsItInClearOnThatDestinationsRoutes() {
    // destination X keeps 4-digit postcodes, Y gets 5-digit ones; the hubs get 4 digits in the ENS
    Scenario base = scenario();
    List<io.hubscope.scenario.Regions.Destination> dests = base.regions().destinations().stream()
        .map(d -> d.id().equals("Y")
            ? new io.hubscope.scenario.Regions.Destination(d.id(), d.name(), d.node(), 5, d.zones()) : d)
        .toList();
    Scenario s = new Scenario(base.meta(), new io.hubscope.scenario.Regions(base.regions().origins(), dests),
        base.parties(), base.network(), base.catalogue(), base.merchants(), base.customers(), base.demand(),
        base.fields(), base.messages(),
        List.of(new TransformSpec("postcode", List.of("@hub"), "ens", Op.GENERALISE, null, 4, null, null, null, null)),
        base.observers(), base.needs(), base.disruption(), base.analysis(), base.variants());
    ScenarioIndex index = WorldBuilder.build(s, 1).index();
    RouteTable routes = RoutePlanner.plan(s, LogisticsNetwork.of(s, index), index);
    TransformResolver resolver = new TransformResolver(index, routes);
    var ens = index.messageAt(index.message("ens"));
    int postcode = index.field("postcode");
    int hubco1 = index.party("hubco1");
    int toX = routes.firstRoute(routes.pair(0, index.destination("X")));
    int toY = routes.firstRoute(routes.pair(0, index.destination("Y")));

    assertThat(resolver.effective(toX, ens, postcode, hubco1)).isEqualTo(FieldForm.KEEP);
    assertThat(resolver.effective(toY, ens, postcode, hubco1).op()).isEqualTo(Op.GENERALISE);
    assertThat(resolver.effective(toY, ens, postcode, hubco1).digits()).isEqualTo(4);
  }
}
