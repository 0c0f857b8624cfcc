package io.hubscope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.results.TidyCsvWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Graph files: written for each variant, re-imported with jgrapht-io with their attributes, GEXF well-formed, and
 * each observer's reconstructed supply graph a part of the true one with the edges the supply metric counts.
 */
class GraphExportTest {

  @TempDir
  static Path dir;

  static Path graphs;

  @BeforeAll
  static void export() {
    Path run = ReportTestSupport.tinyRun(dir.resolve("run"), "--no-charts");
    ReportTestSupport.Run r = ReportTestSupport.cli("export", run.toString(), "--format", "graphml,gexf");
    assertThat(r.code()).as(r.err()).isZero();
    // 2 variants x (network, truth, 3 observers) x (GraphML, GEXF)
    assertThat(r.out()).containsPattern("^[0-9]+ charts, 20 files written:\n");
    graphs = run.resolve("graphs");
  }

  record Imported(Graph<String, DefaultEdge> graph, Map<String, Map<String, String>> nodes,
      Map<DefaultEdge, Map<String, String>> edges) {}

  static Imported read(Path file) throws IOException {
    Graph<String, DefaultEdge> g = new DirectedPseudograph<>(null, DefaultEdge::new, false);
    Map<String, Map<String, String>> nodes = new HashMap<>();
    Map<DefaultEdge, Map<String, String>> edges = new HashMap<>();
    GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
    importer.setVertexFactory(id -> id);
    importer.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
        .put(p.getSecond(), a.getValue()));
    importer.addEdgeAttributeConsumer((p, a) -> edges.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
        .put(p.getSecond(), a.getValue()));
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      importer.importGraph(g, in);
    }
    return new Imported(g, nodes, edges);
  }

  @Test
  void everyGraphOfEveryVariantIsWritten() {
    for (String variant : new String[] {"baseline", "pseudonymised"}) {
      for (String ext : new String[] {".graphml", ".gexf"}) {
        for (String name : new String[] {"network", "supply-truth", "supply-observer-hub", "supply-observer-group",
            "supply-observer-state"}) {
          assertThat(graphs.resolve(variant).resolve(name + ext)).isRegularFile();
        }
      }
    }
  }

  @Test
  void truthGraphReimportsWithItsAttributes() throws IOException {
    Imported truth = read(graphs.resolve("baseline/supply-truth.graphml"));
    assertThat(truth.graph().vertexSet()).anyMatch(v -> v.startsWith("m")).anyMatch(v -> v.startsWith("b"));
    assertThat(truth.graph().edgeSet()).isNotEmpty();
    for (String v : truth.graph().vertexSet()) {
      Map<String, String> a = truth.nodes().get(v);
      assertThat(a.get("kind")).isEqualTo(v.startsWith("m") ? "merchant" : "business");
      if (v.startsWith("b")) {
        assertThat(a.get("sector")).isEqualTo("electronics");
        assertThat(a.get("sectorName")).isEqualTo("Electronics assemblers");
      } else {
        assertThat(a).containsKeys("origin", "category", "size", "label");
      }
    }
    long shipments = 0;
    for (DefaultEdge e : truth.graph().edgeSet()) {
      Map<String, String> a = truth.edges().get(e);
      assertThat(a.get("category")).isEqualTo("ic-chips");
      assertThat(Double.parseDouble(a.get("ordersPerDay"))).isPositive();
      shipments += Long.parseLong(a.get("shipments"));
    }
    assertThat(shipments).as("business shipments of replication 1 land on their links").isPositive();
  }

  @Test
  void observerGraphsArePartsOfTheTruth() throws IOException {
    Set<String> truePairs = pairs(read(graphs.resolve("baseline/supply-truth.graphml")));
    for (String variant : new String[] {"baseline", "pseudonymised"}) {
      for (String observer : new String[] {"hub", "group", "state"}) {
        Imported seen = read(graphs.resolve(variant + "/supply-observer-" + observer + ".graphml"));
        for (DefaultEdge e : seen.graph().edgeSet()) {
          assertThat(truePairs).contains(seen.graph().getEdgeSource(e) + ">" + seen.graph().getEdgeTarget(e));
          assertThat(Long.parseLong(seen.edges().get(e).get("shipments"))).isPositive();
        }
      }
    }
    assertThat(read(graphs.resolve("baseline/supply-observer-hub.graphml")).graph().edgeSet())
        .as("the hub holds consignor and consignee names in clear").isNotEmpty();
    // a keyed pseudonym of the consignee links a firm's parcels but does not show that the buyer is a firm (no
    // recipient.type, tax id or clear name), so, as for supply.edge_recall, the hub maps no edge
    assertThat(read(graphs.resolve("pseudonymised/supply-observer-hub.graphml")).graph().edgeSet()).isEmpty();
  }

  @Test
  void observerGraphsHaveTheEdgesTheSupplyMetricCounts() throws IOException {
    Map<String, Double> recall = new HashMap<>();
    try (Reader in = Files.newBufferedReader(graphs.resolveSibling("metrics.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r : TidyCsvWriter.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        if (r.get("replication").equals("1") && r.get("metric").equals("supply.edge_recall")) {
          recall.put(r.get("variant") + "/" + r.get("observer"), Double.parseDouble(r.get("value")));
        }
      }
    }
    assertThat(recall).hasSize(6).containsEntry("pseudonymised/hub", 0.0);
    for (String variant : new String[] {"baseline", "pseudonymised"}) {
      // edge_recall of replication 1 = observed edges / distinct true (merchant, firm) pairs
      Set<String> truePairs = pairs(read(graphs.resolve(variant + "/supply-truth.graphml")));
      for (String observer : new String[] {"hub", "group", "state"}) {
        int edges = read(graphs.resolve(variant + "/supply-observer-" + observer + ".graphml")).graph().edgeSet()
            .size();
        assertThat((double) edges / truePairs.size()).as(variant + "/" + observer)
            .isCloseTo(recall.get(variant + "/" + observer), within(1e-9));
      }
    }
  }

  /** A graph's edges as "source>target" strings. */
  private static Set<String> pairs(Imported g) {
    Set<String> out = new HashSet<>();
    g.graph().edgeSet().forEach(e -> out.add(g.graph().getEdgeSource(e) + ">" + g.graph().getEdgeTarget(e)));
    return out;
  }

  @Test
  void gexfIsWellFormed() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(graphs.resolve("baseline/supply-truth.gexf").toFile());
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("gexf");
    int nodes = doc.getElementsByTagNameNS("*", "node").getLength();
    assertThat(nodes).isEqualTo(read(graphs.resolve("baseline/supply-truth.graphml")).graph().vertexSet().size());
  }
}
