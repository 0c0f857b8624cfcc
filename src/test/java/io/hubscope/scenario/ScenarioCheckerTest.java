package io.hubscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioCheckerTest {

  private static final String NEW_HUB =
      "    - {id: LGG, name: Liège eHub, type: hub, operator: cainiao-lgg, capacityPerDay: 4000}\n";

  @Test
  void quickstartAndEachOfItsVariantsAreClean() {
    assertThat(ScenarioLoader.validate(Path.of("scenarios/quickstart.yaml"))).isEmpty();
  }

  @Test
  void reportsEverySemanticProblemOfAFileInFileOrder() {
    List<String> problems = ScenarioText.minimal()
        .replace("median: 9, sigma: 0.7", "median: 9, sigma: 0")
        .replace("hs: \"3004\"", "hs: \"300\"")
        .replace("categoryMix: {apparel: 0.8, pharma: 0.2}", "categoryMix: {apparel: 0.7, pharma: 0.2}")
        .replace("{id: hub, party: cainiao-lgg,", "{id: hub, party: cainiao,")
        .replace("fields: [consignee_postcode, tracking_id]}", "fields: [consignee_postcode, tracking]}")
        .problems();

    assertThat(problems).containsExactly(
        "test.yaml:38:89: error: catalogue[0].value.sigma: sigma must be greater than 0, got 0 (hint: a spread "
            + "must be positive; use type: constant for no spread)",
        "test.yaml:39:45: error: catalogue[1].hs: HS code '300' has 3 digits; expected 2, 4 or 6 (hint: use the "
            + "chapter (2 digits), heading (4) or subheading (6))",
        "test.yaml:45:16: error: merchants.categoryMix: shares sum to 0.9, expected 1 (hint: adjust the shares of "
            + "merchants.categoryMix so that they add up to 1)",
        "test.yaml:75:22: error: observers[0].party: 'cainiao' is not a party id defined under parties (hint: did "
            + "you mean 'cainiao-lgg'?)",
        "test.yaml:79:73: error: needs[0].fields[1]: 'tracking' is not a field id defined under fields (hint: did "
            + "you mean 'tracking_id'?)");
  }

  @Test
  void theInferenceMetricsSettingsMustBeInRange() {
    List<String> problems = ScenarioText.minimal()
        .replace("\nvariants:\n", "\nanalysis:\n  unicity: {maxPoints: 101, samplePeople: 0, postcodeDigits: -1, "
            + "timeHours: 0}\n  economic: {topK: 0}\n\nvariants:\n")
        .problems();

    // line 83 is the unicity map, each error at its value; line 84 the economic one
    assertThat(problems).containsExactly(
        "test.yaml:83:24: error: analysis.unicity.maxPoints: maxPoints must be between 1 and 100, got 101 (hint: "
            + "the largest number of known parcels p for which U(p) is reported; default 10)",
        "test.yaml:83:43: error: analysis.unicity.samplePeople: samplePeople must be at least 1, got 0 (hint: it "
            + "counts people sampled)",
        "test.yaml:83:62: error: analysis.unicity.postcodeDigits: postcodeDigits must be at least 0, got -1 (hint: "
            + "0 keeps the country only; leave it out to use the postcode as each observer holds it)",
        "test.yaml:83:77: error: analysis.unicity.timeHours: timeHours must be greater than 0, got 0 (hint: it is "
            + "the width of a point's time bucket in hours, e.g. 24 for the day)",
        "test.yaml:84:20: error: analysis.economic.topK: topK must be at least 1, got 0 (hint: it counts entries in "
            + "the top lists compared)");
  }

  @Test
  void warningsDoNotFailLoadingOrValidation() throws ScenarioException {
    ScenarioText text = ScenarioText.minimal().replace("{party: bpost, purpose: delivery, fields: [",
        "{party: bpost, purpose: delivery, fields: [value, ");
    String warning = "test.yaml:80:48: warning: needs[1].fields[0]: party 'bpost' needs field 'value' but no message "
        + "sends it to them (hint: add 'bpost' (or a route token that stands for it) to the recipients of a message "
        + "carrying 'value', or add the field to a message it receives)";

    LoadedScenario loaded = text.load(null);

    assertThat(loaded.warnings()).extracting(Diagnostic::format).containsExactly(warning);
    assertThat(text.problems()).containsExactly(warning);
  }

  @Test
  void aNeedReceivedOnlyOmittedIsAWarning() {
    List<String> problems = ScenarioText.minimal()
        .replace("\ntransforms:\n", "\ntransforms:\n  - {field: tracking_id, to: [\"@lastMile\"], op: omit}\n")
        .problems();

    assertThat(problems).containsExactly("test.yaml:81:84: warning: needs[1].fields[2]: party 'bpost' needs field "
        + "'tracking_id' but receives it only omitted by a transform (hint: narrow the omit transform's 'to' or "
        + "'message', or use a milder op)");
  }

  @Test
  void aRouteTokenThatStandsForNobodyIsAWarningAndAStarRecipientAnError() {
    List<String> problems = ScenarioText.minimal()
        .replace("recipients: [\"@hub\", customs]", "recipients: [\"@hub\", customs, \"@sorting\", \"*\"]")
        .problems();

    assertThat(problems).containsExactly(
        "test.yaml:68:86: warning: messages[1].recipients[2]: route token '@sorting' stands for no party in this "
            + "network (hint: no node of the matching type has an operator)",
        "test.yaml:68:98: error: messages[1].recipients[3]: '*' is only allowed in a transform's 'to' (hint: list "
            + "the recipients: party ids or route tokens @hub, @sorting, @airport, @lastMile, @lineHaul, @road)");
  }

  @Test
  void hubSharesRouteThroughAReachableHub() {
    ScenarioText text = ScenarioText.minimal()
        .replace(NEW_HUB, NEW_HUB + "    - {id: BRU, name: Brussels hub, type: hub, operator: cainiao-lgg}\n");

    assertThat(text.replace("routing: {method: cheapest}",
        "routing: {method: hubShares, hubShares: {LGG: 0.5, BRU: 0.5}}").problems()).isEmpty();
    assertThat(text.replace("routing: {method: cheapest}",
        "routing: {method: hubShares, hubShares: {BRU: 1.0}}").problems()).containsExactly(
        "test.yaml:14:13: error: regions.destinations[0].node: no route through a hub of routing.hubShares from "
            + "origin CN-ZJ (node HGH) to destination BE (node DEPOT-BE) (hint: add lanes from the origin to one of "
            + "BRU and on to DEPOT-BE)");
  }

  @Test
  void routingMethodAndHubSharesMustAgree() {
    assertThat(ScenarioText.minimal().replace("routing: {method: cheapest}", "routing: {method: hubShares}")
        .problems()).containsExactly("test.yaml:35:21: error: network.routing.method: routing method hubShares needs "
            + "hubShares (hint: add hubShares: {HUB_NODE_ID: share, ...} with shares summing to 1)");
    assertThat(ScenarioText.minimal().replace("routing: {method: cheapest}",
        "routing: {method: cheapest, hubShares: {LGG: 1}}").problems()).containsExactly("test.yaml:35:31: error: "
            + "network.routing.hubShares: hubShares only apply with method hubShares (hint: set method: hubShares, "
            + "or remove hubShares)");
  }

  @Test
  void aBidirectionalLaneCountsBothWays() {
    String forward = "{from: LGG, to: DEPOT-BE, mode: road,";
    ScenarioText reversed = ScenarioText.minimal().replace(forward, "{from: DEPOT-BE, to: LGG, mode: road,");

    assertThat(reversed.problems()).containsExactly("test.yaml:14:13: error: regions.destinations[0].node: no "
        + "route from origin CN-ZJ (node HGH) to destination BE (node DEPOT-BE) (hint: add lanes that lead to "
        + "DEPOT-BE, or set bidirectional: true on a lane that leaves it)");
    assertThat(reversed.replace("max: 24}}", "max: 24}, bidirectional: true}").problems()).isEmpty();
  }

  @Test
  void transformParametersMustFitTheFieldsAttribute() {
    List<String> problems = ScenarioText.minimal()
        .replace("\ntransforms:\n", "\ntransforms:\n"
            + "  - {field: hs_code, to: [customs], op: generalise, digits: 3}\n"
            + "  - {field: consignee_postcode, to: [customs], op: noise, epsilon: 0.5}\n"
            + "  - {field: value, to: [customs], op: generalise, binWidth: 10}\n"
            + "  - {field: consignee_postcode, to: [customs], op: generalise, binWidth: 10}\n"
            + "  - {field: tracking_id, to: [customs], op: pseudonymise}\n")
        .problems();

    assertThat(problems).containsExactly(
        "test.yaml:72:61: error: transforms[0].digits: digits must be 2 or 4 for an HS code, got 3 (hint: 2 keeps "
            + "the chapter, 4 the heading)",
        "test.yaml:73:52: error: transforms[1].op: noise applies only to numbers and times; field "
            + "'consignee_postcode' carries recipient.postcode, a postcode (hint: use generalise, pseudonymise or omit)",
        "test.yaml:75:5: error: transforms[3]: generalise of field 'consignee_postcode' (a postcode) needs 'digits' "
            + "(hint: add digits: the number of leading postcode digits kept)",
        "test.yaml:75:64: error: transforms[3].binWidth: 'binWidth' does not fit field 'consignee_postcode', a "
            + "postcode (hint: generalise it with digits)",
        "test.yaml:76:5: error: transforms[4]: op pseudonymise needs 'pseudonym' (hint: add pseudonym: keyed (same "
            + "token for the same value) or perShipment (a fresh token each time))");
  }

  @Test
  void zonesMustFitTheirCountrysPostcodesAndBeUnique() {
    List<String> problems = ScenarioText.minimal()
        .replace("population: 1250000, postcodes: 20}", "population: 1250000, postcodes: 200}\n"
            + "        - {prefix: \"10\", name: Brussels again, population: 10, postcodes: 1}")
        .problems();

    assertThat(problems).containsExactly(
        "test.yaml:17:74: error: regions.destinations[0].zones[0].postcodes: zone '10' can hold at most 100 "
            + "postcodes of 4 digits, got 200 (hint: lower postcodes, or use a shorter prefix)",
        "test.yaml:18:20: error: regions.destinations[0].zones[1].prefix: duplicate zone prefix '10' (first defined "
            + "on line 17) (hint: each zone prefix must be unique in regions.destinations[0].zones; rename or "
            + "remove one)");
  }

  @Test
  void partyIdsCannotLookLikeRouteTokensAndZipfNeedsAWholeMax() {
    List<String> problems = ScenarioText.minimal()
        .replace("{id: bpost, name: bpost,", "{id: \"@bpost\", name: bpost,")
        .replace("{party: bpost, purpose", "{party: \"@bpost\", purpose")
        .replace("operator: bpost,", "operator: \"@bpost\",")
        .replace("carrier: bpost,", "carrier: \"@bpost\",")
        .replace("ordersPerYear: {type: gamma, shape: 0.8, scale: 25}", "ordersPerYear: {type: zipf, max: 2.5, exponent: 1}")
        .problems();

    assertThat(problems).containsExactly(
        "test.yaml:25:10: error: parties[5].id: party id '@bpost' is written like a route token (hint: party ids "
            + "must not start with '@' or be '*'; rename the party)",
        "test.yaml:51:38: error: customers.consumers.ordersPerYear.max: zipf max must be a whole number of at least "
            + "1, got 2.5 (hint: max is the number of elements; values run from 1 to max)");
  }

  @Test
  void handlingAndDwellTimesAreCheckedLikeEveryDistribution() {
    List<String> problems = ScenarioText.minimal()
        .replace("  categoriesPerMerchant: 1\n",
            "  categoriesPerMerchant: 1\n  handlingHours: {type: triangular, min: 12, mode: 24, max: 72}\n")
        .replace("operator: cainiao-lgg, capacityPerDay: 4000}",
            "operator: cainiao-lgg, capacityPerDay: 4000, dwellHours: {type: constant, value: -2}}")
        .problems();

    assertThat(problems).containsExactly("test.yaml:30:127: error: network.nodes[1].dwellHours.value: value must be "
        + "0 or more, got -2 (hint: the quantity cannot be negative (a price, weight, rate or duration))");
  }
}
