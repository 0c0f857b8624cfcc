package io.hubscope.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hubscope.testing.NetworkFixtures;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class NetworkGraphWriterTest {

  @TempDir
  Path dir;

  private NetworkGraphWriter writer(NetworkTestSupport t) {
    return new NetworkGraphWriter(t.network(), t.index(), t.chokepoints());
  }

  @Test
  void graphMlRoundTrip() throws Exception {
    NetworkTestSupport t = NetworkTestSupport.of(NetworkFixtures.scenario(NetworkFixtures.cheapest()));
    Path file = dir.resolve("net.graphml");
    writer(t).writeNew(file);
    Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
    GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
    importer.setVertexFactory(id -> id);
    Map<String, Map<String, String>> attributes = new HashMap<>();
    importer.addVertexAttributeConsumer((p, a) ->
        attributes.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
    Map<String, Map<String, String>> edges = new HashMap<>();
    importer.addEdgeAttributeConsumer((p, a) ->
        edges.computeIfAbsent(g.getEdgeSource(p.getFirst()) + ">" + g.getEdgeTarget(p.getFirst()),
            k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
    try (Reader r = Files.newBufferedReader(file)) {
      importer.importGraph(g, r);
    }
    assertThat(g.vertexSet()).containsExactlyInAnyOrder("O1", "H1", "H2", "S", "D", "H3");
    assertThat(g.edgeSet()).hasSize(6);
    assertThat(attributes.get("H1")).containsEntry("type", "hub").containsEntry("operator", "hubco1")
        .containsEntry("capacity", "1000");
    assertThat(Double.parseDouble(attributes.get("S").get("betweenness"))).isEqualTo(4.0);
    assertThat(Double.parseDouble(attributes.get("S").get("allRoutesShare"))).isEqualTo(1.0);
    assertThat(edges.get("O1>H1")).containsEntry("mode", "air").containsEntry("carrier", "airA")
        .containsEntry("capacity", "500").containsEntry("cost", "10.0");
    assertThat(edges.get("S>D")).containsEntry("mode", "road").containsEntry("meanTransitHours", "1.0");
  }

  @Test
  void dotIsReadBackByJgrapht() throws Exception {
    NetworkTestSupport t = NetworkTestSupport.of(NetworkFixtures.scenario(NetworkFixtures.cheapest()));
    Path file = dir.resolve("net.dot");
    writer(t).writeNew(file);
    String text = Files.readString(file);
    assertThat(text).startsWith("digraph logistics {").contains("\"H1\" [ label=\"H1\"");
    Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
    DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
    importer.setVertexFactory(id -> id);
    try (Reader r = Files.newBufferedReader(file)) {
      importer.importGraph(g, r);
    }
    assertThat(g.vertexSet()).hasSize(6);
    assertThat(g.edgeSet()).hasSize(6);
  }

  @Test
  void gexfIsWellFormedXml() throws Exception {
    NetworkTestSupport t = NetworkTestSupport.of(NetworkFixtures.scenario(NetworkFixtures.cheapest()));
    Path file = dir.resolve("net.gexf");
    writer(t).writeNew(file);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(6);
    assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(6);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("id=\"H1\"");
  }

  @Test
  void existingFileIsNotOverwritten() throws Exception {
    NetworkTestSupport t = NetworkTestSupport.of(NetworkFixtures.scenario(NetworkFixtures.cheapest()));
    Path file = dir.resolve("net.graphml");
    Files.writeString(file, "keep me");
    assertThatThrownBy(() -> writer(t).writeNew(file)).isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(file)).isEqualTo("keep me");
  }

  @Test
  void unknownExtensionListsTheSupportedOnes() {
    NetworkTestSupport t = NetworkTestSupport.of(NetworkFixtures.scenario(NetworkFixtures.cheapest()));
    assertThatThrownBy(() -> writer(t).writeNew(dir.resolve("net.png")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot tell the graph format of 'net.png': supported extensions are .graphml, .dot, .gv, .gexf");
    assertThat(Files.exists(dir.resolve("net.png"))).isFalse();
    assertThat(GraphFormat.fromFileName("x.GV")).isEqualTo(GraphFormat.DOT);
  }
}
