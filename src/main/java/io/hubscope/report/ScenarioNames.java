package io.hubscope.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Human names of a scenario's ids, read from the resolved scenario tree in {@code run.json}: parties, product
 * categories, business sectors, origin and destination regions. An id without a name keeps the id.
 */
final class ScenarioNames {

  private final Map<String, String> parties;
  private final Map<String, String> categories;
  private final Map<String, String> sectors;
  private final Map<String, String> regions;

  private ScenarioNames(Map<String, String> parties, Map<String, String> categories, Map<String, String> sectors,
      Map<String, String> regions) {
    this.parties = parties;
    this.categories = categories;
    this.sectors = sectors;
    this.regions = regions;
  }

  /**
   * Reads the names of a tree.
   *
   * @param tree resolved scenario tree, or null
   * @return the names (empty maps without a tree)
   */
  static ScenarioNames of(JsonNode tree) {
    Map<String, String> regions = names(tree == null ? null : tree.path("regions").path("origins"));
    regions.putAll(names(tree == null ? null : tree.path("regions").path("destinations")));
    return new ScenarioNames(names(tree == null ? null : tree.path("parties")),
        names(tree == null ? null : tree.path("catalogue")),
        names(tree == null ? null : tree.path("customers").path("businesses")), regions);
  }

  private static Map<String, String> names(JsonNode list) {
    Map<String, String> m = new LinkedHashMap<>();
    if (list == null || !list.isArray()) {
      return m;
    }
    for (JsonNode n : list) {
      String id = n.path("id").asText(null);
      String name = n.path("name").asText(null);
      if (id != null) {
        m.put(id, name == null || name.isBlank() ? id : name);
      }
    }
    return m;
  }

  String party(String id) {
    return parties.getOrDefault(id, id);
  }

  String category(String id) {
    return categories.getOrDefault(id, id);
  }

  String sector(String id) {
    return sectors.getOrDefault(id, id);
  }

  String region(String id) {
    return regions.getOrDefault(id, id);
  }
}
