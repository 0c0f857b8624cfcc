package io.hubscope.testing;

import static io.hubscope.testing.ScenarioFixtures.category;
import static io.hubscope.testing.ScenarioFixtures.destination;
import static io.hubscope.testing.ScenarioFixtures.lane;
import static io.hubscope.testing.ScenarioFixtures.mix;
import static io.hubscope.testing.ScenarioFixtures.origin;
import static io.hubscope.testing.ScenarioFixtures.party;
import static io.hubscope.testing.ScenarioFixtures.zone;

import io.hubscope.scenario.CustomerSpec;
import io.hubscope.scenario.DistributionSpec;
import io.hubscope.scenario.MerchantSpec;
import io.hubscope.scenario.Meta;
import io.hubscope.scenario.NetworkSpec;
import io.hubscope.scenario.NetworkSpec.Mode;
import io.hubscope.scenario.NetworkSpec.NodeType;
import io.hubscope.scenario.PartyRole;
import io.hubscope.scenario.Regions;
import io.hubscope.scenario.Scenario;
import java.util.List;

/**
 * Networks for the disruption experiment, with constant transit times (lane cost = hours) and no dwell, so every
 * time can be worked out by hand. One origin CN at O, one destination X at D; horizon 7 days; sectors "makers" and
 * "shops" both buy the one category (gadgets).
 */
public final class DisruptionFixtures {

  private DisruptionFixtures() {}

  /**
   * Two hubs: O -10h-> H1 -2h-> D (the cheapest route, 12 h) and O -12h-> H2 -3h-> D (15 h). Every node handles 1000
   * parcels a day.
   */
  public static Scenario twoHubs() {
    return twoHubs(1000);
  }

  /**
   * The two-hub network with another capacity for H2.
   *
   * @param h2Capacity parcels H2 handles a day
   * @return the scenario
   */
  public static Scenario twoHubs(long h2Capacity) {
    return scenario(List.of(node("O", NodeType.AIRPORT, "airline", 1000), node("H1", NodeType.HUB, "hubco1", 1000),
        node("H2", NodeType.HUB, "hubco2", h2Capacity), node("D", NodeType.DEPOT, "post", 1000)),
        List.of(lane("O", "H1", Mode.AIR, "airline", 10), lane("O", "H2", Mode.AIR, "airline", 12),
            lane("H1", "D", Mode.ROAD, "post", 2), lane("H2", "D", Mode.ROAD, "post", 3)));
  }

  /** One hub that handles one parcel a day: O -10h-> H -2h-> D. */
  public static Scenario oneHub() {
    return scenario(List.of(node("O", NodeType.AIRPORT, "airline", 1000), node("H", NodeType.HUB, "hubco1", 1),
        node("D", NodeType.DEPOT, "post", 1000)),
        List.of(lane("O", "H", Mode.AIR, "airline", 10), lane("H", "D", Mode.ROAD, "post", 2)));
  }

  private static NetworkSpec.Node node(String id, NodeType type, String operator, long capacity) {
    return new NetworkSpec.Node(id, id, type, operator, capacity, null);
  }

  private static Scenario scenario(List<NetworkSpec.Node> nodes, List<NetworkSpec.Lane> lanes) {
    Regions regions = new Regions(List.of(origin("CN", "O")), List.of(destination("X", "D", zone("1", 100, 10))));
    var parties = List.of(party("airline", PartyRole.LINE_HAUL_CARRIER, "air"),
        party("hubco1", PartyRole.HUB_OPERATOR, "g1"), party("hubco2", PartyRole.HUB_OPERATOR, "g2"),
        party("post", PartyRole.LAST_MILE_CARRIER, "post"));
    var sectors = List.of(sector("makers"), sector("shops"));
    var customers = new CustomerSpec(new CustomerSpec.Consumers(1, DistributionSpec.constant(365), null, List.of()),
        sectors);
    var merchants = new MerchantSpec(1, mix("CN", 1), DistributionSpec.constant(1), null, 1,
        DistributionSpec.constant(0));
    return new Scenario(new Meta("disruption", "hand-built disruption network", 1L, 7, 1, "2025-01-06", null),
        regions, parties, new NetworkSpec(nodes, lanes, new NetworkSpec.Routing(NetworkSpec.Method.CHEAPEST, null)),
        List.of(category("gadgets", "851770")), merchants, customers, null, List.of(), List.of(), List.of(),
        List.of(), List.of(), null, null, List.of());
  }

  private static CustomerSpec.Sector sector(String id) {
    return new CustomerSpec.Sector(id, id, 1, List.of("gadgets"), DistributionSpec.constant(1),
        DistributionSpec.constant(30), DistributionSpec.constant(5), null);
  }
}
