package io.hubscope.network;

import io.hubscope.world.ScenarioIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.BaseExporter;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes the logistics network as GraphML, DOT or GEXF (jgrapht-io), with node attributes {@code label} (node id),
 * {@code name}, {@code type}, {@code operator}, {@code capacity}, {@code betweenness}, {@code allRoutesShare} and
 * edge attributes {@code mode}, {@code carrier}, {@code meanTransitHours}, {@code capacity}, {@code cost}. Vertex ids
 * are the node ids (quoted in DOT). Absent values (no operator, unlimited capacity) are left out.
 */
public final class NetworkGraphWriter {

  private final LogisticsNetwork network;
  private final ScenarioIndex index;
  private final NetworkChokepoints chokepoints;

  /**
   * Creates a writer.
   *
   * @param network the network
   * @param index scenario indices (for party ids)
   * @param chokepoints the analysis whose scores become node attributes
   */
  public NetworkGraphWriter(LogisticsNetwork network, ScenarioIndex index, NetworkChokepoints chokepoints) {
    this.network = network;
    this.index = index;
    this.chokepoints = chokepoints;
  }

  /**
   * Writes to a new file; the format comes from the extension. An existing file is never overwritten.
   *
   * @param file target file
   * @throws java.nio.file.FileAlreadyExistsException when the file exists
   * @throws IOException when it cannot be written
   * @throws IllegalArgumentException for an unsupported extension
   */
  public void writeNew(Path file) throws IOException {
    GraphFormat format = GraphFormat.fromFileName(file.getFileName().toString());
    Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
    // from here on the file is ours: leave no partial file behind on failure
    try (w) {
      write(w, format);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  /**
   * Writes to a writer.
   *
   * @param out destination
   * @param format format
   * @throws IOException when writing fails
   */
  public void write(Writer out, GraphFormat format) throws IOException {
    GraphExporter<Integer, LaneEdge> exporter = switch (format) {
      case GRAPHML -> graphMl();
      case DOT -> dot();
      case GEXF -> gexf();
    };
    try {
      exporter.exportGraph(network.graph(), out);
      out.flush();
    } catch (ExportException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IOException("cannot export the network: " + e.getMessage(), e);
    }
  }

  private GraphMLExporter<Integer, LaneEdge> graphMl() {
    GraphMLExporter<Integer, LaneEdge> e = new GraphMLExporter<>(network::nodeId);
    configure(e);
    GraphMLExporter.AttributeCategory node = GraphMLExporter.AttributeCategory.NODE;
    GraphMLExporter.AttributeCategory edge = GraphMLExporter.AttributeCategory.EDGE;
    e.registerAttribute("label", node, AttributeType.STRING);
    e.registerAttribute("name", node, AttributeType.STRING);
    e.registerAttribute("type", node, AttributeType.STRING);
    e.registerAttribute("operator", node, AttributeType.STRING);
    // one key for node and lane capacity: the exporter keeps one registration per attribute name
    e.registerAttribute("capacity", GraphMLExporter.AttributeCategory.ALL, AttributeType.LONG);
    e.registerAttribute("betweenness", node, AttributeType.DOUBLE);
    e.registerAttribute("allRoutesShare", node, AttributeType.DOUBLE);
    e.registerAttribute("mode", edge, AttributeType.STRING);
    e.registerAttribute("carrier", edge, AttributeType.STRING);
    e.registerAttribute("meanTransitHours", edge, AttributeType.DOUBLE);
    e.registerAttribute("cost", edge, AttributeType.DOUBLE);
    return e;
  }

  private DOTExporter<Integer, LaneEdge> dot() {
    DOTExporter<Integer, LaneEdge> e = new DOTExporter<>(v -> '"' + network.nodeId(v).replace("\"", "\\\"") + '"');
    e.setGraphIdProvider(() -> "logistics");
    configure(e);
    return e;
  }

  private GEXFExporter<Integer, LaneEdge> gexf() {
    GEXFExporter<Integer, LaneEdge> e = new GEXFExporter<>(network::nodeId, l -> "lane" + l.lane());
    configure(e);
    GEXFExporter.AttributeCategory node = GEXFExporter.AttributeCategory.NODE;
    GEXFExporter.AttributeCategory edge = GEXFExporter.AttributeCategory.EDGE;
    e.registerAttribute("name", node, GEXFAttributeType.STRING);
    e.registerAttribute("type", node, GEXFAttributeType.STRING);
    e.registerAttribute("operator", node, GEXFAttributeType.STRING);
    e.registerAttribute("capacity", node, GEXFAttributeType.LONG);
    e.registerAttribute("betweenness", node, GEXFAttributeType.DOUBLE);
    e.registerAttribute("allRoutesShare", node, GEXFAttributeType.DOUBLE);
    e.registerAttribute("mode", edge, GEXFAttributeType.STRING);
    e.registerAttribute("carrier", edge, GEXFAttributeType.STRING);
    e.registerAttribute("meanTransitHours", edge, GEXFAttributeType.DOUBLE);
    e.registerAttribute("capacity", edge, GEXFAttributeType.LONG);
    e.registerAttribute("cost", edge, GEXFAttributeType.DOUBLE);
    return e;
  }

  private void configure(BaseExporter<Integer, LaneEdge> e) {
    e.setVertexAttributeProvider(this::nodeAttributes);
    e.setEdgeAttributeProvider(this::laneAttributes);
    e.setEdgeIdProvider(l -> "lane" + l.lane());
  }

  private Map<String, Attribute> nodeAttributes(Integer v) {
    Map<String, Attribute> a = new LinkedHashMap<>();
    a.put("label", DefaultAttribute.createAttribute(network.nodeId(v)));
    if (network.nodeName(v) != null) {
      a.put("name", DefaultAttribute.createAttribute(network.nodeName(v)));
    }
    if (network.nodeType(v) != null) {
      a.put("type", DefaultAttribute.createAttribute(network.nodeType(v).yamlName()));
    }
    if (network.nodeOperator(v) >= 0) {
      a.put("operator", DefaultAttribute.createAttribute(index.partyAt(network.nodeOperator(v)).id()));
    }
    if (network.nodeCapacity(v) >= 0) {
      a.put("capacity", DefaultAttribute.createAttribute(network.nodeCapacity(v)));
    }
    a.put("betweenness", DefaultAttribute.createAttribute(chokepoints.betweenness(v)));
    a.put("allRoutesShare", DefaultAttribute.createAttribute(chokepoints.allRoutesShare(v)));
    return a;
  }

  private Map<String, Attribute> laneAttributes(LaneEdge e) {
    int l = e.lane();
    Map<String, Attribute> a = new LinkedHashMap<>();
    if (network.laneMode(l) != null) {
      a.put("mode", DefaultAttribute.createAttribute(network.laneMode(l).yamlName()));
    }
    if (network.laneCarrier(l) >= 0) {
      a.put("carrier", DefaultAttribute.createAttribute(index.partyAt(network.laneCarrier(l)).id()));
    }
    if (!Double.isNaN(network.laneMeanTransitHours(l))) {
      a.put("meanTransitHours", DefaultAttribute.createAttribute(network.laneMeanTransitHours(l)));
    }
    if (network.laneCapacity(l) >= 0) {
      a.put("capacity", DefaultAttribute.createAttribute(network.laneCapacity(l)));
    }
    a.put("cost", DefaultAttribute.createAttribute(network.laneWeight(l)));
    return a;
  }
}
