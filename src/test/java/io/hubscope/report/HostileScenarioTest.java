package io.hubscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hubscope.results.TidyCsvWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario whose free text attacks every output: a description, a party name and a category name carrying
 * {@code <script>}, an observer description carrying an {@code <img onerror>}, and a party and an observer whose ids
 * start a spreadsheet formula ({@code =cmd|' /C calc'!A0}). The report must show them as text, every CSV must
 * neutralise the formula cells, every Vega-Lite spec must stay valid JSON holding the text as is, and SVG and graph
 * files must stay well-formed XML. (The scenario name cannot carry any of this: the schema restricts it to letters,
 * digits, '.', '_' and '-'.)
 */
class HostileScenarioTest {

  static final String FORMULA = "=cmd|' /C calc'!A0";

  @TempDir
  static Path dir;

  static Path run;
  static Path graphs;

  @BeforeAll
  static void runHostileScenario() throws IOException {
    String s = Files.readString(ReportTestSupport.TINY, StandardCharsets.UTF_8)
        .replace("  description: >-\n    Tiny", "  description: >-\n    <script>alert(1)</script> Tiny")
        .replace("state-cn", "\"" + FORMULA + "\"")
        .replace("name: PRC security organs", "name: \"<script>alert(1)</script>\"")
        .replace("{id: state, party:", "{id: \"" + FORMULA + " state\", party:")
        .replace("\"A state that can compel every party under its jurisdiction.\"", "\"<img src=x onerror=alert(1)>\"")
        .replace("name: Integrated circuits", "name: \"<script>alert(2)</script>\"");
    assertThat(s).contains("<script>alert(1)</script>", FORMULA + " state", "<img src=x", "alert(2)");
    Path scenario = dir.resolve("hostile.yaml");
    Files.writeString(scenario, s, StandardCharsets.UTF_8);
    run = ReportTestSupport.run(scenario, dir.resolve("run"), "--export-view");
    ReportTestSupport.Run r = ReportTestSupport.cli("export", run.toString(), "--format", "graphml,gexf", "--out",
        dir.resolve("graphs").toString());
    assertThat(r.code()).as(r.err()).isZero();
    graphs = dir.resolve("graphs");
  }

  @Test
  void reportShowsTheTextButRunsNothing() throws IOException {
    String html = Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8);
    String lower = html.toLowerCase(Locale.ROOT);
    assertThat(lower).doesNotContain("<script").doesNotContain("<img").doesNotContain("javascript:")
        .as("no element has an event-handler attribute").doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; Tiny illustration")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains(Html.esc(FORMULA + " state"))
        .contains("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
  }

  @Test
  void everyCsvNeutralisesFormulaCells() throws IOException {
    int formulaCells = 0;
    for (String f : ReportTestSupport.files(run)) {
      if (!f.endsWith(".csv")) {
        continue;
      }
      try (Reader in = Files.newBufferedReader(run.resolve(f), StandardCharsets.UTF_8);
          CSVParser p = CSVParser.builder().setReader(in).setFormat(TidyCsvWriter.FORMAT).get()) {
        for (CSVRecord rec : p) {
          for (String cell : rec) {
            if (cell.replaceFirst("^'", "").startsWith("=cmd|")) {
              formulaCells++;
              assertThat(cell).as("%s: %s", f, cell).startsWith("'=cmd|");
            }
            assertThat(cell).as(f).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+");
          }
        }
      }
    }
    assertThat(formulaCells).as("the hostile ids reach the CSVs").isGreaterThan(10);
  }

  @Test
  void vegaLiteSpecsAreValidJsonHoldingTheTextAsIs() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    boolean sawFormula = false;
    for (String f : ReportTestSupport.files(run.resolve("charts"))) {
      if (f.endsWith(".vl.json")) {
        String text = Files.readString(run.resolve("charts").resolve(f), StandardCharsets.UTF_8);
        var tree = mapper.readTree(text);
        assertThat(tree.path("$schema").asText()).endsWith("vega-lite/v5.json");
        sawFormula |= tree.toString().contains(FORMULA);
      }
    }
    assertThat(sawFormula).as("JSON keeps the text; it is data, not a spreadsheet cell").isTrue();
  }

  @Test
  void svgAndGraphFilesStayWellFormedXml() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    int parsed = 0;
    for (Path root : new Path[] {run.resolve("charts"), graphs.resolve("graphs")}) {
      for (String name : ReportTestSupport.files(root)) {
        if (name.endsWith(".svg") || name.endsWith(".graphml") || name.endsWith(".gexf")) {
          f.newDocumentBuilder().parse(root.resolve(name).toFile());
          parsed++;
        }
      }
    }
    assertThat(parsed).isGreaterThan(10);
    String network = Files.readString(graphs.resolve("graphs/baseline/supply-truth.graphml"));
    assertThat(network).doesNotContain("<script");
  }
}
