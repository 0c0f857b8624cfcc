package io.hubscope.world;

import io.hubscope.scenario.Category;
import io.hubscope.scenario.FieldSpec;
import io.hubscope.scenario.MessageSpec;
import io.hubscope.scenario.Party;
import io.hubscope.scenario.Regions;
import io.hubscope.scenario.Scenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Dense integer indices for the named things of a scenario, in file order: parties, catalogue categories, origins,
 * destinations, fields and messages. Every columnar table refers to them by these indices.
 */
public final class ScenarioIndex {

  private final Scenario scenario;
  private final Map<String, Integer> parties;
  private final Map<String, Integer> categories;
  private final Map<String, Integer> origins;
  private final Map<String, Integer> destinations;
  private final Map<String, Integer> fields;
  private final Map<String, Integer> messages;

  /**
   * Indexes a scenario.
   *
   * @param scenario the scenario
   * @throws IllegalArgumentException on a duplicate id
   */
  public ScenarioIndex(Scenario scenario) {
    this.scenario = java.util.Objects.requireNonNull(scenario, "scenario");
    this.parties = index("party", scenario.parties(), Party::id);
    this.categories = index("category", scenario.catalogue(), Category::id);
    this.origins = index("origin", scenario.regions().origins(), Regions.Origin::id);
    this.destinations = index("destination", scenario.regions().destinations(), Regions.Destination::id);
    this.fields = index("field", scenario.fields(), FieldSpec::id);
    this.messages = index("message", scenario.messages(), MessageSpec::id);
  }

  private static <T> Map<String, Integer> index(String kind, List<T> items, Function<T, String> id) {
    Map<String, Integer> map = new HashMap<>();
    if (items == null) {
      return map;
    }
    for (int i = 0; i < items.size(); i++) {
      if (map.putIfAbsent(id.apply(items.get(i)), i) != null) {
        throw new IllegalArgumentException("duplicate " + kind + " id '" + id.apply(items.get(i)) + "'");
      }
    }
    return map;
  }

  private static int require(String kind, Map<String, Integer> map, String id) {
    Integer i = map.get(id);
    if (i == null) {
      throw new IllegalArgumentException("unknown " + kind + " '" + id + "'");
    }
    return i;
  }

  /** The indexed scenario. */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * @param id party id
   * @return its index
   * @throws IllegalArgumentException when unknown
   */
  public int party(String id) {
    return require("party", parties, id);
  }

  /**
   * @param id party id
   * @return its index, or -1 when it is not a party
   */
  public int partyOrMinusOne(String id) {
    return id == null ? -1 : parties.getOrDefault(id, -1);
  }

  /**
   * @param id category id
   * @return its index
   */
  public int category(String id) {
    return require("category", categories, id);
  }

  /**
   * @param id origin id
   * @return its index
   */
  public int origin(String id) {
    return require("origin", origins, id);
  }

  /**
   * @param id destination id
   * @return its index
   */
  public int destination(String id) {
    return require("destination", destinations, id);
  }

  /**
   * @param id field id
   * @return its index
   */
  public int field(String id) {
    return require("field", fields, id);
  }

  /**
   * @param id message id
   * @return its index
   */
  public int message(String id) {
    return require("message", messages, id);
  }

  /** Number of parties. */
  public int partyCount() {
    return scenario.parties().size();
  }

  /** Number of catalogue categories. */
  public int categoryCount() {
    return scenario.catalogue().size();
  }

  /** Number of origins. */
  public int originCount() {
    return scenario.regions().origins().size();
  }

  /** Number of destinations. */
  public int destinationCount() {
    return scenario.regions().destinations().size();
  }

  /** Number of fields. */
  public int fieldCount() {
    return scenario.fields().size();
  }

  /** Number of messages. */
  public int messageCount() {
    return scenario.messages().size();
  }

  /**
   * @param i party index
   * @return the party
   */
  public Party partyAt(int i) {
    return scenario.parties().get(i);
  }

  /**
   * @param i category index
   * @return the category
   */
  public Category categoryAt(int i) {
    return scenario.catalogue().get(i);
  }

  /**
   * @param i origin index
   * @return the origin
   */
  public Regions.Origin originAt(int i) {
    return scenario.regions().origins().get(i);
  }

  /**
   * @param i destination index
   * @return the destination
   */
  public Regions.Destination destinationAt(int i) {
    return scenario.regions().destinations().get(i);
  }

  /**
   * @param i field index
   * @return the field
   */
  public FieldSpec fieldAt(int i) {
    return scenario.fields().get(i);
  }

  /**
   * @param i message index
   * @return the message
   */
  public MessageSpec messageAt(int i) {
    return scenario.messages().get(i);
  }

  /**
   * Turns an id-keyed weight map into a dense array over an index (absent ids weigh 0).
   *
   * @param map id to weight, may be null
   * @param size array length
   * @param indexOf id to index (throws on unknown ids)
   * @return weights
   */
  static double[] dense(Map<String, Double> map, int size, java.util.function.ToIntFunction<String> indexOf) {
    double[] w = new double[size];
    if (map != null) {
      for (Map.Entry<String, Double> e : map.entrySet()) {
        w[indexOf.applyAsInt(e.getKey())] = e.getValue() == null ? 0 : e.getValue();
      }
    }
    return w;
  }
}
