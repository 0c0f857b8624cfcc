package io.hubscope.testing;

import io.hubscope.scenario.Attribute;
import io.hubscope.scenario.Category;
import io.hubscope.scenario.CustomerSpec;
import io.hubscope.scenario.DistributionSpec;
import io.hubscope.scenario.FieldSpec;
import io.hubscope.scenario.MerchantSpec;
import io.hubscope.scenario.MessageSpec;
import io.hubscope.scenario.Meta;
import io.hubscope.scenario.NetworkSpec;
import io.hubscope.scenario.Party;
import io.hubscope.scenario.PartyRole;
import io.hubscope.scenario.Regions;
import io.hubscope.scenario.Scenario;
import io.hubscope.scenario.TransformSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small scenarios built from records in code, independent of the YAML loader's evolving checks. */
public final class ScenarioFixtures {

  private ScenarioFixtures() {}

  /** A scenario with the given parts; every absent list is empty. */
  public static Scenario scenario(Regions regions, List<Party> parties, NetworkSpec network,
      List<Category> catalogue, MerchantSpec merchants, CustomerSpec customers, List<FieldSpec> fields,
      List<MessageSpec> messages, List<TransformSpec> transforms) {
    return new Scenario(new Meta("fixture", "a test scenario", 1L, 7, 1, "2025-01-06", null), regions,
        parties, network, catalogue, merchants, customers, null, fields, messages, transforms, List.of(),
        List.of(), null, null, List.of());
  }

  public static Party party(String id, PartyRole role, String group) {
    return new Party(id, id, role, group, "XX");
  }

  public static NetworkSpec.Node node(String id, NetworkSpec.NodeType type, String operator) {
    return new NetworkSpec.Node(id, id + " node", type, operator, 1000L, null);
  }

  public static NetworkSpec.Lane lane(String from, String to, NetworkSpec.Mode mode, String carrier, double cost) {
    return new NetworkSpec.Lane(from, to, mode, carrier, DistributionSpec.constant(cost), 500L, cost, false);
  }

  public static NetworkSpec.Lane twoWay(String from, String to, NetworkSpec.Mode mode, String carrier, double cost) {
    return new NetworkSpec.Lane(from, to, mode, carrier, DistributionSpec.constant(cost), 500L, cost, true);
  }

  public static Regions.Origin origin(String id, String node) {
    return new Regions.Origin(id, id, "CN", node);
  }

  public static Regions.Destination destination(String id, String node, Regions.Zone... zones) {
    return new Regions.Destination(id, id, node, 4, List.of(zones));
  }

  public static Regions.Zone zone(String prefix, long population, int postcodes) {
    return new Regions.Zone(prefix, "zone " + prefix, population, postcodes);
  }

  public static Category category(String id, String hs) {
    return new Category(id, id, hs, DistributionSpec.constant(10), DistributionSpec.constant(1), List.of());
  }

  public static FieldSpec field(String id, Attribute carries) {
    return new FieldSpec(id, carries, FieldSpec.DataClass.IDENTITY, FieldSpec.FieldRole.QUASI_IDENTIFIER, null);
  }

  public static MessageSpec message(String id, String sender, List<String> recipients, List<String> fields) {
    return new MessageSpec(id, MessageSpec.Type.MANIFEST, sender, recipients, fields, null);
  }

  public static TransformSpec transform(String field, List<String> to, String message, TransformSpec.Op op) {
    return new TransformSpec(field, to, message, op, null, null, null, null, null, null);
  }

  /** A distribution with named parameters, e.g. {@code dist("gamma", "shape", 2, "scale", 3)}. */
  public static DistributionSpec dist(String type, Object... params) {
    Map<String, Double> p = new LinkedHashMap<>();
    for (int i = 0; i < params.length; i += 2) {
      p.put((String) params[i], ((Number) params[i + 1]).doubleValue());
    }
    return new DistributionSpec(type, p.get("value"), p.get("min"), p.get("max"), p.get("mode"), p.get("mean"),
        p.get("sd"), p.get("median"), p.get("sigma"), p.get("shape"), p.get("scale"), p.get("exponent"));
  }

  /** An ordered map from alternating keys and values. */
  public static Map<String, Double> mix(Object... kv) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
    }
    return m;
  }
}
