package io.hubscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioSchemaTest {

  /** Each record of the scenario language and the $defs entry that describes it. */
  private static final Map<Class<?>, String> DEFS = Map.ofEntries(
      Map.entry(Meta.class, "meta"), Map.entry(Meta.Scale.class, "scale"),
      Map.entry(Regions.class, "regions"), Map.entry(Regions.Origin.class, "origin"),
      Map.entry(Regions.Destination.class, "destination"), Map.entry(Regions.Zone.class, "zone"),
      Map.entry(Party.class, "party"), Map.entry(NetworkSpec.class, "network"),
      Map.entry(NetworkSpec.Node.class, "node"), Map.entry(NetworkSpec.Lane.class, "lane"),
      Map.entry(NetworkSpec.Routing.class, "routing"), Map.entry(Category.class, "category"),
      Map.entry(DistributionSpec.class, "distribution"), Map.entry(MerchantSpec.class, "merchants"),
      Map.entry(CustomerSpec.class, "customers"), Map.entry(CustomerSpec.Consumers.class, "consumers"),
      Map.entry(CustomerSpec.DestinationPreference.class, "destinationPreference"),
      Map.entry(CustomerSpec.Sector.class, "sector"), Map.entry(DemandSpec.class, "demand"),
      Map.entry(DemandSpec.Peak.class, "peak"), Map.entry(FieldSpec.class, "field"),
      Map.entry(MessageSpec.class, "message"), Map.entry(TransformSpec.class, "transform"),
      Map.entry(ObserverSpec.class, "observer"), Map.entry(NeedSpec.class, "need"),
      Map.entry(DisruptionSpec.class, "disruption"), Map.entry(VariantSpec.class, "variant"),
      Map.entry(AnalysisSpec.class, "analysis"), Map.entry(AnalysisSpec.Unicity.class, "unicity"),
      Map.entry(AnalysisSpec.Economic.class, "economic"));

  private final JsonNode schema = ScenarioSchema.tree();

  @Test
  void docsCopyIsByteIdenticalToTheResource() throws IOException {
    byte[] resource;
    try (InputStream in = ScenarioSchema.class.getResourceAsStream(ScenarioSchema.RESOURCE)) {
      resource = in.readAllBytes();
    }

    assertThat(Files.readAllBytes(Path.of("docs/hubscope-scenario.schema.json"))).isEqualTo(resource);
    assertThat(ScenarioSchema.text().getBytes(StandardCharsets.UTF_8)).isEqualTo(resource);
  }

  @Test
  void isDraft202012WithTheRequiredTopLevelSections() {
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(strings(schema.get("required"))).containsExactly("meta", "regions", "parties", "network",
        "catalogue", "merchants", "customers", "fields", "messages", "observers");
    assertThat(strings(schema.at("/$defs/meta/required"))).containsExactly("name", "seed", "horizonDays");
    assertThat(strings(schema.at("/$defs/customers/required"))).containsExactly("consumers");
  }

  @Test
  void everyRecordIsAClosedObjectWithExactlyItsComponents() {
    assertThat(fieldNames(schema.get("properties"))).containsExactlyElementsOf(components(Scenario.class));
    assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
    DEFS.forEach((type, def) -> {
      JsonNode node = schema.at("/$defs/" + def);
      assertThat(fieldNames(node.get("properties"))).as(def).containsExactlyElementsOf(components(type));
      assertThat(node.get("additionalProperties").isBoolean()).as(def).isTrue();
      assertThat(node.get("additionalProperties").asBoolean()).as(def).isFalse();
    });
  }

  @Test
  void everyPropertyHasADescription() {
    List<String> missing = new ArrayList<>();
    collectUndescribed(schema, "", missing);

    assertThat(missing).isEmpty();
  }

  @Test
  void enumsListTheYamlSpellingsOfTheJavaEnums() throws ReflectiveOperationException {
    int checked = 0;
    for (Map.Entry<Class<?>, String> e : DEFS.entrySet()) {
      for (RecordComponent c : e.getKey().getRecordComponents()) {
        Class<?> enumType = enumOf(c.getGenericType());
        if (enumType == null) {
          continue;
        }
        JsonNode property = schema.at("/$defs/" + e.getValue() + "/properties/" + c.getName());
        JsonNode values = property.has("items") ? property.at("/items/enum") : property.get("enum");
        List<String> spellings = new ArrayList<>();
        for (Object constant : enumType.getEnumConstants()) {
          spellings.add((String) enumType.getMethod("yamlName").invoke(constant));
        }
        assertThat(strings(values)).as(e.getValue() + "." + c.getName()).containsExactlyElementsOf(spellings);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(11);
  }

  @Test
  void distributionTypesAndHsCodePatternAreAsDocumented() {
    assertThat(strings(schema.at("/$defs/distribution/properties/type/enum"))).containsExactly("constant",
        "uniform", "normal", "lognormal", "gamma", "exponential", "triangular", "pareto", "weibull", "poisson",
        "zipf");
    assertThat(schema.at("/$defs/category/properties/hs/pattern").asText()).isEqualTo("^[0-9]{2,6}$");
    assertThat(schema.at("/$defs/category/properties/hs/type").asText()).isEqualTo("string");
  }

  @Test
  void quickstartHasNoSchemaProblem() throws ScenarioException, IOException {
    YamlTreeReader.Parsed parsed = YamlTreeReader.read("quickstart.yaml",
        Files.readString(Path.of("scenarios/quickstart.yaml")));

    assertThat(ScenarioSchema.validate("quickstart.yaml", parsed.tree(), parsed.sourceMap())).isEmpty();
  }

  @Test
  void reportsEverySchemaProblemOfAFileInFileOrder() {
    List<String> problems = ScenarioText.minimal()
        .replace("  replications: 2", "  replicatons: 2")
        .replace("role: lastMileCarrier", "role: lastMile")
        .replace("count: 500", "count: many")
        .replace("hs: \"6109\"", "hs: 6109")
        .problems();

    assertThat(problems).containsExactly(
        "test.yaml:6:3: error: meta.replicatons: unknown key 'replicatons'; expected one of name, description, "
            + "seed, horizonDays, replications, startDate, scale (hint: did you mean 'replications'?)",
        "test.yaml:25:36: error: parties[5].role: expected one of marketplace, merchants, fulfilment, "
            + "lineHaulCarrier, hubOperator, customsDeclarant, customsAuthority, lastMileCarrier, consumers, "
            + "businesses, stateAuthority but got 'lastMile' (hint: did you mean 'lastMileCarrier'?)",
        "test.yaml:38:38: error: catalogue[0].hs: expected text, got number 6109 (hint: write it in quotes: "
            + "hs: \"6109\")",
        "test.yaml:50:12: error: customers.consumers.count: expected a whole number, got text 'many' (hint: "
            + "Number of simulated consumers (greater than 0), spread over zones in proportion to population.)");
  }

  @Test
  void unknownKeyWithNothingCloseGetsAGeneralHint() {
    assertThat(ScenarioText.minimal().replace("  replications: 2", "  colour: blue").problems()).containsExactly(
        "test.yaml:6:3: error: meta.colour: unknown key 'colour'; expected one of name, description, seed, "
            + "horizonDays, replications, startDate, scale (hint: remove it, or see docs/scenario-reference.md for the keys of "
            + "this section)");
  }

  @Test
  void emptyValueRepeatedItemAndEmptyListAreNamed() {
    List<String> problems = ScenarioText.minimal()
        .replace("  origins:\n    - {id: CN-ZJ, name: Zhejiang, country: CN, node: HGH}\n", "  origins:\n")
        .replace("tags: [health]", "tags: [health, health]")
        .replace("recipients: [marketplace]", "recipients: []")
        .problems();

    assertThat(problems).containsExactly(
        "test.yaml:9:3: error: regions.origins: expected a list, got an empty value (hint: give a value after "
            + "the colon, or remove the key)",
        "test.yaml:38:170: error: catalogue[1].tags[1]: expected distinct items, but 'health' is listed more "
            + "than once (hint: remove the repeated item; GDPR Art. 9 special categories the purchase reveals "
            + "(health, religion, politics, sexuality, ethnicity, tradeUnion) and strategic tags (dualUse, "
            + "critical).)",
        "test.yaml:66:61: error: messages[0].recipients: expected at least 1 item, got an empty list (hint: "
            + "Receiving party ids or route tokens (@hub, @sorting, @airport, @lastMile, @lineHaul, @road).)");
  }

  @Test
  void wholeNumbersOutsideTheJavaRangeAreRejectedBeforeBinding() {
    assertThat(ScenarioText.minimal().replace("count: 500", "count: 99999999999").problems()).containsExactly(
        "test.yaml:50:12: error: customers.consumers.count: expected a whole number between -2147483648 and "
            + "2147483647, got number 99999999999 (hint: Number of simulated consumers (greater than 0), spread "
            + "over zones in proportion to population.)");
  }

  @Test
  void aWholeNumberWrittenWithAZeroFractionIsAccepted() throws ScenarioException {
    ScenarioText text = ScenarioText.minimal().replace("horizonDays: 14", "horizonDays: 14.0");

    assertThat(text.problems()).isEmpty();
    assertThat(text.load(null).scenario().meta().horizonDays()).isEqualTo(14);
  }

  private static void collectUndescribed(JsonNode node, String where, List<String> missing) {
    if (node == null || !node.isObject()) {
      return;
    }
    JsonNode properties = node.get("properties");
    if (properties != null) {
      properties.properties().forEach(p -> {
        if (!p.getValue().hasNonNull("description") || p.getValue().get("description").asText().isBlank()) {
          missing.add(where + "/" + p.getKey());
        }
      });
    }
    node.properties().forEach(f -> collectUndescribed(f.getValue(), where + "/" + f.getKey(), missing));
  }

  private static Class<?> enumOf(Type type) {
    if (type instanceof Class<?> c && c.isEnum()) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() == List.class
        && p.getActualTypeArguments()[0] instanceof Class<?> c && c.isEnum()) {
      return c;
    }
    return null;
  }

  private static List<String> components(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}
