package io.hubscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

  static final String QUICKSTART = "scenarios/quickstart.yaml";

  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = HubscopeCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void textSummaryOfQuickstart() {
    Run r = run("inspect", QUICKSTART);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Scenario: quickstart (variant baseline)\n")
        .contains("\nParties (12)\n")
        .containsPattern("\n  cainiao-lgg +hubOperator +alibaba +CN +Cainiao eHub Liège\n")
        .containsPattern("\n  BE +3 zones +Belgium +4250000 +75 +2972 +DEPOT-BE\n")
        .contains("\nNetwork: 5 nodes, 4 lanes; 4 of 4 origin-destination pairs reachable\n")
        // LGG is on all 4 pairs' only paths: betweenness 4, normalised 4 / (4 x 3)
        .containsPattern("\n  LGG +hub +cainiao-lgg +4000 +4\\.00 +0\\.3333 +100\\.0%\n")
        .contains("  articulation points: LGG\n")
        // HGH -> LGG: triangular(14, 16, 30) mean 20; LGG -> DEPOT-BE: triangular(3, 6, 24) mean 11
        .containsPattern("\n  CN-ZJ +BE +100\\.0% +LGG +31\\.0 +[0-9.]+ +HGH > LGG > DEPOT-BE\n")
        .containsPattern("\n +200 +5000 +20 +[0-9]+ +5 +135 +[0-9,]+\n")
        // the ENS carries the phone to customs, and to the hub without it (omitted), which still sends it on
        .containsPattern("\n  consignee_phone +clear +clear +sends +omitted, sends +- +clear +")
        .contains("  receive nothing: airline, businesses, state-cn\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void variantChangesTheHubColumn() {
    Run r = run("inspect", QUICKSTART, "--variant", "coarse-postcode");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("(variant coarse-postcode)")
        .containsPattern("\n  consignee_postcode +clear +clear +sends +postcode/2, sends +");
  }

  @Test
  void theWorldShowsTheShipmentsAReplicationIsExpectedToHave() throws Exception {
    // two-hubs: 10 consumers ordering 365 parcels a year (one a day each), no supply links, 2 days, flat demand
    Run r = run("inspect", "src/test/resources/engine/two-hubs.yaml", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).at("/world/expectedShipments").asDouble()).isEqualTo(20.0);
    Run text = run("inspect", "src/test/resources/engine/two-hubs.yaml");
    assertThat(text.out()).contains("shipments per replication (expected)")
        .containsPattern("\n +3 +10 +0 +0 +2 +5 +20\n");
  }

  @Test
  void jsonHasTheSameContent() throws Exception {
    Run r = run("inspect", QUICKSTART, "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.at("/scenario/name").asText()).isEqualTo("quickstart");
    assertThat(root.at("/parties").size()).isEqualTo(12);
    assertThat(root.at("/network/nodes").asInt()).isEqualTo(5);
    assertThat(root.at("/network/lanes").asInt()).isEqualTo(4);
    JsonNode lgg = root.at("/nodes/2");
    assertThat(lgg.get("id").asText()).isEqualTo("LGG");
    assertThat(lgg.get("betweenness").asDouble()).isEqualTo(4.0);
    assertThat(lgg.get("allRoutesShare").asDouble()).isEqualTo(1.0);
    assertThat(lgg.get("articulationPoint").asBoolean()).isTrue();
    assertThat(root.at("/articulationPoints/0").asText()).isEqualTo("LGG");
    assertThat(root.at("/routes").size()).isEqualTo(4);
    assertThat(root.at("/routes/0/routes/0/path").toString()).isEqualTo("[\"HGH\",\"LGG\",\"DEPOT-BE\"]");
    assertThat(root.at("/world/consumers").asInt()).isEqualTo(5000);
    assertThat(root.at("/destinations/0/zones/1/consumers").asInt()).isEqualTo(1329);
    assertThat(root.at("/dataFlow/cells/consignee_phone/cainiao-lgg").asText()).isEqualTo("omitted, sends");
    assertThat(root.at("/dataFlow/cells/hub_scan_time/cainiao-lgg").asText()).isEqualTo("clear, sends");
    assertThat(root.at("/dataFlow/cells/consignee_name/state-cn").asText()).isEqualTo("-");
  }

  @Test
  void graphMlIsWrittenAndReadBack() throws Exception {
    Path graph = dir.resolve("quickstart.graphml");
    Run r = run("inspect", QUICKSTART, "--graph", graph.toString());
    assertThat(r.code()).as(r.err()).isZero();
    Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
    GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
    importer.setVertexFactory(id -> id);
    Map<String, String> types = new HashMap<>();
    importer.addVertexAttributeConsumer((p, a) -> {
      if (p.getSecond().equals("type")) {
        types.put(p.getFirst(), a.getValue());
      }
    });
    try (Reader reader = Files.newBufferedReader(graph)) {
      importer.importGraph(g, reader);
    }
    assertThat(g.vertexSet()).containsExactlyInAnyOrder("HGH", "SZX", "LGG", "DEPOT-BE", "DEPOT-NL");
    assertThat(g.edgeSet()).hasSize(4);
    assertThat(types).containsEntry("LGG", "hub");
  }

  @Test
  void existingGraphFileIsKeptAndExitsThree() throws Exception {
    Path graph = dir.resolve("net.dot");
    Files.writeString(graph, "mine");
    Run r = run("inspect", QUICKSTART, "--graph", graph.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("error: graph file " + graph + " already exists (hint: choose another name or "
        + "delete the file first; hubscope never overwrites it)" + System.lineSeparator());
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(graph)).isEqualTo("mine");
  }

  @Test
  void unwritableGraphFileExitsThree() {
    Path graph = dir.resolve("missing-folder").resolve("net.gexf");
    Run r = run("inspect", QUICKSTART, "--graph", graph.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).startsWith("error: cannot write graph file " + graph + ": its folder does not exist");
    assertThat(r.err().lines().count()).isEqualTo(1);
  }

  @Test
  void folderRefusingNewFilesIsNotCalledMissing() {
    // Linux answers "no such file" for a new file in /proc although the folder exists
    assumeTrue(Files.isDirectory(Path.of("/proc/self")));
    Path graph = Path.of("/proc/hubscope-net.gexf");
    Run r = run("inspect", QUICKSTART, "--graph", graph.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("error: cannot write graph file " + graph + ": its folder does not accept new "
        + "files (hint: check that the folder exists and is writable)" + System.lineSeparator());
  }

  @Test
  void unknownGraphExtensionExitsTwo() {
    Run r = run("inspect", QUICKSTART, "--graph", dir.resolve("net.png").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("supported extensions are .graphml, .dot, .gv, .gexf");
    assertThat(Files.exists(dir.resolve("net.png"))).isFalse();
  }

  @Test
  void invalidScenarioPrintsDiagnosticsAndExitsTwo() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "meta: [unclosed\n");
    Run r = run("inspect", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith(bad + ":").contains(": error: ");
  }

  @Test
  void scenarioThatCannotBeBuiltExitsTwo() throws Exception {
    // an origin at a node the network lacks: rejected by the loader's checks or, failing that, when building
    Path bad = dir.resolve("bad-node.yaml");
    Files.writeString(bad, Files.readString(Path.of(QUICKSTART)).replace("country: CN, node: HGH}",
        "country: CN, node: XXX}"));
    Run r = run("inspect", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("XXX");
  }

  @Test
  void unknownVariantExitsTwo() {
    Run r = run("inspect", QUICKSTART, "--variant", "nope");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no variant named 'nope'");
  }

  @Test
  void unknownFormatIsAUsageError() {
    Run r = run("inspect", QUICKSTART, "--format", "xml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--format");
  }
}
