package io.hubscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The drawn charts: every SVG is well-formed XML with the chart's size and title, every PNG decodes to the chart's
 * size; every Vega-Lite spec declares the v5 schema; and the expected chart set appears for each kind of folder.
 */
class ChartFilesTest {

  @TempDir
  static Path dir;

  static final List<Path> folders = new ArrayList<>();

  @BeforeAll
  static void export() {
    folders.add(ReportTestSupport.tinyRun(dir.resolve("run")));
    for (String name : ReportTestSupport.FIXTURE_CASES) {
      Path f = ReportTestSupport.fixture(name, dir);
      ChartExporter.export(f, ExportFormat.DEFAULT);
      folders.add(f);
    }
  }

  static List<ChartSpec> charts(Path folder) {
    ResultsData data = ResultsData.read(folder);
    List<ChartSpec> all = new ArrayList<>(RunCharts.of(data));
    all.addAll(StudyCharts.compare(data));
    all.addAll(StudyCharts.sweep(data));
    return all;
  }

  @Test
  void eachKindOfFolderGetsItsCharts() {
    // the run's own charts; the inference metrics add theirs as they land (their charts are checked on fixtures)
    assertThat(charts(folders.get(0))).extracting(ChartSpec::id).containsSubsequence("baseline/exposure-heatmap",
        "baseline/coverage-by-observer", "pseudonymised/exposure-heatmap", "pseudonymised/coverage-by-observer");
    assertThat(charts(folders.get(1))).extracting(ChartSpec::id).containsExactly("coverage-by-observer",
        "unicity-consumers", "equivalence-class-size-consumers", "economic-error-by-category",
        "supply-map-recall-by-sector", "disruption-by-region", "disruption-by-sector");
    assertThat(charts(folders.get(2))).extracting(ChartSpec::id).containsExactly("variant-comparison-coverage",
        "variant-comparison-largest-changes");
    assertThat(charts(folders.get(3))).extracting(ChartSpec::id).containsExactly("sweep-coverage-shipments",
        "sweep-exposure-share-class-address-form-clear", "exposure-vs-utility");
  }

  @Test
  void svgFilesAreXmlWithTheChartsSizeAndTitle() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder parser = f.newDocumentBuilder();
    int seen = 0;
    int expected = 0;
    for (Path folder : folders) {
      expected += charts(folder).size();
      for (ChartSpec c : charts(folder)) {
        Path svg = folder.resolve("charts/" + c.id() + ".svg");
        Document doc = parser.parse(svg.toFile());
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(Double.parseDouble(root.getAttribute("width"))).isEqualTo(c.width());
        assertThat(Double.parseDouble(root.getAttribute("height"))).isEqualTo(c.height());
        assertThat(java.util.Arrays.stream(root.getAttribute("viewBox").split(" ")).mapToDouble(Double::parseDouble)
            .toArray()).containsExactly(0.0, 0.0, c.width(), c.height());
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
            .isEqualTo(c.title());
        assertThat(Files.readString(svg)).as("the title is drawn as text").contains(">" + Html.xml(c.title()) + "<");
        seen++;
      }
    }
    assertThat(seen).isEqualTo(expected).isGreaterThanOrEqualTo(16);
  }

  @Test
  void pngFilesDecodeToTheChartsSize() throws IOException {
    for (Path folder : folders) {
      for (ChartSpec c : charts(folder)) {
        BufferedImage image = ImageIO.read(folder.resolve("charts/" + c.id() + ".png").toFile());
        assertThat(image).as(c.id()).isNotNull();
        assertThat(image.getWidth()).isEqualTo(c.width());
        assertThat(image.getHeight()).isEqualTo(c.height());
      }
    }
  }

  @Test
  void vegaLiteSpecsDeclareV5AndCarryTheirData() throws IOException {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    for (Path folder : folders) {
      for (ChartSpec c : charts(folder)) {
        var spec = mapper.readTree(folder.resolve("charts/" + c.id() + ".vl.json").toFile());
        assertThat(spec.path("$schema").asText()).isEqualTo("https://vega.github.io/schema/vega-lite/v5.json");
        assertThat(spec.at("/title/text").asText()).isEqualTo(c.title());
        assertThat(spec.at("/data/values").size()).isEqualTo(c.table().rows().size());
        assertThat(spec.path("layer").size()).isGreaterThanOrEqualTo(2);
      }
    }
  }
}
