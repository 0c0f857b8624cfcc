package io.hubscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.scenario.LoadedScenario;
import io.hubscope.scenario.ScenarioLoader;
import io.hubscope.results.TidyCsvWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dataflow.csv and observers.csv of the tiny scenario: the holding rule, the forms and the pools. */
class DisclosureTablesTest {

  static final Path TINY = Path.of("src/test/resources/charts/charts-tiny.yaml");

  @TempDir
  static Path dir;

  static List<CSVRecord> dataflow;
  static List<CSVRecord> observers;

  @BeforeAll
  static void write() throws Exception {
    List<VariantModel> models = new ArrayList<>();
    for (String v : new String[] {null, "pseudonymised"}) {
      LoadedScenario loaded = ScenarioLoader.load(TINY, v);
      models.add(VariantModel.of(loaded));
    }
    DisclosureTables.write(dir, models, 7L);
    dataflow = read(dir.resolve("dataflow.csv"));
    observers = read(dir.resolve("observers.csv"));
  }

  static List<CSVRecord> read(Path file) throws Exception {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CSVParser.builder().setReader(in)
            .setFormat(TidyCsvWriter.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
      return p.getRecords();
    }
  }

  static Map<String, Double> forms(String variant, String field, String party) {
    Map<String, Double> m = new HashMap<>();
    for (CSVRecord r : dataflow) {
      if (r.get("variant").equals(variant) && r.get("field").equals(field) && r.get("party").equals(party)) {
        m.put(r.get("form"), Double.parseDouble(r.get("share")));
      }
    }
    return m;
  }

  @Test
  void sharesOfEachFieldAndPartySumToOne() {
    Map<String, Double> sums = new HashMap<>();
    for (CSVRecord r : dataflow) {
      sums.merge(r.get("variant") + "|" + r.get("field") + "|" + r.get("party"), Double.parseDouble(r.get("share")),
          Double::sum);
    }
    // 2 variants x 12 fields x 12 parties
    assertThat(sums).hasSize(2 * 12 * 12);
    sums.forEach((k, v) -> assertThat(v).as(k).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9)));
  }

  @Test
  void formsFollowTheTransformsAndTheHoldingRule() {
    assertThat(forms("baseline", "consignee_name", "cainiao-lgg")).containsExactly(Map.entry("clear", 1.0));
    assertThat(forms("pseudonymised", "consignee_name", "cainiao-lgg"))
        .containsExactly(Map.entry("pseudonym(keyed)", 1.0));
    assertThat(forms("pseudonymised", "consignee_street", "cainiao-lgg")).containsExactly(Map.entry("omitted", 1.0));
    assertThat(forms("baseline", "hub_scan_time", "marketplace")).containsExactly(Map.entry("noise e=1", 1.0));
    assertThat(forms("baseline", "delivery_time", "marketplace")).containsExactly(Map.entry("round 24h", 1.0));
    assertThat(forms("baseline", "value", "merchants")).containsExactly(Map.entry("aggregate", 1.0));
    // consumers send their own name in the order without receiving it: originators hold it in clear
    assertThat(forms("baseline", "consignee_name", "consumers")).containsExactly(Map.entry("clear", 1.0));
    assertThat(forms("baseline", "consignee_name", "airline")).containsExactly(Map.entry("none", 1.0));
    // the two last-mile carriers split the traffic by destination
    Map<String, Double> bpost = forms("baseline", "consignee_street", "bpost");
    assertThat(bpost.keySet()).containsExactlyInAnyOrder("clear", "none");
    assertThat(bpost.get("clear") + forms("baseline", "consignee_street", "postnl").get("clear"))
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void observersListTheirPools() {
    assertThat(observers).hasSize(6);
    CSVRecord group = observers.get(1);
    assertThat(group.get("variant")).isEqualTo("baseline");
    assertThat(group.get("observer")).isEqualTo("group");
    assertThat(group.get("party")).isEqualTo("cainiao-lgg");
    assertThat(group.get("pooled_parties")).isEqualTo("marketplace;cainiao-cn;cainiao-lgg");
    assertThat(observers.get(2).get("pooled_parties"))
        .isEqualTo("marketplace;merchants;cainiao-cn;airline;cainiao-lgg;state-cn");
    assertThat(observers.get(2).get("description"))
        .isEqualTo("A state that can compel every party under its jurisdiction.");
  }
}
