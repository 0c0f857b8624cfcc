package io.hubscope.testing;

import static io.hubscope.testing.ScenarioFixtures.category;
import static io.hubscope.testing.ScenarioFixtures.destination;
import static io.hubscope.testing.ScenarioFixtures.lane;
import static io.hubscope.testing.ScenarioFixtures.mix;
import static io.hubscope.testing.ScenarioFixtures.node;
import static io.hubscope.testing.ScenarioFixtures.origin;
import static io.hubscope.testing.ScenarioFixtures.party;
import static io.hubscope.testing.ScenarioFixtures.zone;

import io.hubscope.scenario.Category;
import io.hubscope.scenario.CustomerSpec;
import io.hubscope.scenario.DistributionSpec;
import io.hubscope.scenario.FieldSpec;
import io.hubscope.scenario.MerchantSpec;
import io.hubscope.scenario.MessageSpec;
import io.hubscope.scenario.NetworkSpec;
import io.hubscope.scenario.NetworkSpec.Mode;
import io.hubscope.scenario.NetworkSpec.NodeType;
import io.hubscope.scenario.Party;
import io.hubscope.scenario.PartyRole;
import io.hubscope.scenario.Regions;
import io.hubscope.scenario.Scenario;
import io.hubscope.scenario.TransformSpec;
import java.util.List;
import java.util.Map;

/**
 * The two-hub network used by network and disclosure tests.
 *
 * <pre>
 *            air airA, 10        road truck, 2
 *        +--------------> H1 ---------------+
 *        |          (hub, hubco1)           v
 *   O1 --+                                  S ---------------> D
 * (airport,         air airB, 12   (sortingCentre,  road post, 1   (depot, post)
 *  airlineA)    +--------------> H2 ---> sorter)
 *        +------+       (hub, hubco2)  road truck, 3
 *                                           ^
 *                            H3 (hub, hubco3) --- road truck, 4 (H3 cannot be reached from O1)
 * </pre>
 * Lanes in order: 0 O1-&gt;H1, 1 O1-&gt;H2, 2 H1-&gt;S, 3 H2-&gt;S, 4 S-&gt;D, 5 H3-&gt;S. Origin CN at O1;
 * destinations X at D and Y at S.
 */
public final class NetworkFixtures {

  private NetworkFixtures() {}

  public static List<Party> parties() {
    return List.of(
        party("airlineA", PartyRole.LINE_HAUL_CARRIER, "air"),
        party("airA", PartyRole.LINE_HAUL_CARRIER, "air"),
        party("airB", PartyRole.LINE_HAUL_CARRIER, "air"),
        party("hubco1", PartyRole.HUB_OPERATOR, "alibaba"),
        party("hubco2", PartyRole.HUB_OPERATOR, "other"),
        party("hubco3", PartyRole.HUB_OPERATOR, "third"),
        party("sorter", PartyRole.FULFILMENT, "sorter"),
        party("truck", PartyRole.LAST_MILE_CARRIER, "truck"),
        party("post", PartyRole.LAST_MILE_CARRIER, "post"),
        party("shop", PartyRole.MARKETPLACE, "alibaba"),
        party("customs", PartyRole.CUSTOMS_AUTHORITY, "state"));
  }

  public static NetworkSpec network(NetworkSpec.Routing routing) {
    return new NetworkSpec(List.of(
        node("O1", NodeType.AIRPORT, "airlineA"),
        node("H1", NodeType.HUB, "hubco1"),
        node("H2", NodeType.HUB, "hubco2"),
        node("S", NodeType.SORTING_CENTRE, "sorter"),
        node("D", NodeType.DEPOT, "post"),
        node("H3", NodeType.HUB, "hubco3")),
        List.of(
            lane("O1", "H1", Mode.AIR, "airA", 10),
            lane("O1", "H2", Mode.AIR, "airB", 12),
            lane("H1", "S", Mode.ROAD, "truck", 2),
            lane("H2", "S", Mode.ROAD, "truck", 3),
            lane("S", "D", Mode.ROAD, "post", 1),
            lane("H3", "S", Mode.ROAD, "truck", 4)),
        routing);
  }

  public static NetworkSpec.Routing cheapest() {
    return new NetworkSpec.Routing(NetworkSpec.Method.CHEAPEST, null);
  }

  public static NetworkSpec.Routing hubShares() {
    Map<String, Double> shares = mix("H1", 0.6, "H2", 0.3, "H3", 0.1);
    return new NetworkSpec.Routing(NetworkSpec.Method.HUB_SHARES, shares);
  }

  public static Regions regions() {
    return new Regions(List.of(origin("CN", "O1")),
        List.of(destination("X", "D", zone("1", 100, 10)), destination("Y", "S", zone("2", 100, 10))));
  }

  public static List<Category> catalogue() {
    return List.of(category("gadgets", "851770"));
  }

  /** 10 consumers per destination ordering once a day each; 4 merchants in CN. */
  public static Scenario scenario(NetworkSpec.Routing routing, List<FieldSpec> fields, List<MessageSpec> messages,
      List<TransformSpec> transforms) {
    MerchantSpec merchants = new MerchantSpec(4, mix("CN", 1), DistributionSpec.constant(1), mix("gadgets", 1), 1, null);
    CustomerSpec customers = new CustomerSpec(new CustomerSpec.Consumers(20, DistributionSpec.constant(365),
        mix("gadgets", 1), List.of()), List.of());
    return ScenarioFixtures.scenario(regions(), parties(), network(routing), catalogue(), merchants, customers,
        fields, messages, transforms);
  }

  public static Scenario scenario(NetworkSpec.Routing routing) {
    return scenario(routing, List.of(), List.of(), List.of());
  }
}
