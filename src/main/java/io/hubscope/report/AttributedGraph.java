package io.hubscope.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * A directed graph whose nodes and edges carry named attributes (text, whole or decimal numbers, booleans), written
 * as GraphML or GEXF with jgrapht-io so Gephi, Cytoscape, yEd or NetworkX open it with every attribute typed. Each
 * attribute name must keep one type across the graph, nodes and edges alike. Node and edge ids are given by the
 * caller.
 */
final class AttributedGraph {

  /**
   * An edge.
   *
   * @param id edge id
   * @param attributes attribute values
   */
  record Link(String id, Map<String, Object> attributes) {}

  private final Graph<String, Link> graph =
      GraphTypeBuilder.<String, Link>directed().allowingMultipleEdges(true).allowingSelfLoops(false)
          .weighted(false).buildGraph();
  private final Map<String, Map<String, Object>> nodeAttributes = new LinkedHashMap<>();
  private final Map<String, Object> nodeTypes = new LinkedHashMap<>();
  private final Map<String, Object> edgeTypes = new LinkedHashMap<>();

  /**
   * Adds a node, or more attributes to an existing node.
   *
   * @param id node id
   * @param attributes attribute values
   */
  void node(String id, Map<String, Object> attributes) {
    graph.addVertex(id);
    nodeAttributes.computeIfAbsent(id, k -> new LinkedHashMap<>()).putAll(attributes);
    attributes.forEach((k, v) -> nodeTypes.putIfAbsent(k, v));
  }

  /**
   * Adds an edge; both nodes must exist.
   *
   * @param id edge id
   * @param from source node
   * @param to target node
   * @param attributes attribute values
   */
  void edge(String id, String from, String to, Map<String, Object> attributes) {
    graph.addEdge(from, to, new Link(id, new LinkedHashMap<>(attributes)));
    attributes.forEach((k, v) -> edgeTypes.putIfAbsent(k, v));
  }

  /**
   * Writes a new file; never overwrites.
   *
   * @param file target, {@code .graphml} or {@code .gexf}
   * @param format the format
   * @throws IOException when the file exists or cannot be written
   */
  void write(Path file, ExportFormat format) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      if (format == ExportFormat.GRAPHML) {
        graphMl().exportGraph(graph, w);
      } else if (format == ExportFormat.GEXF) {
        gexf().exportGraph(graph, w);
      } else {
        throw new IllegalArgumentException(format + " is not a graph format");
      }
    } catch (ExportException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw new IOException("cannot export " + file.getFileName() + ": " + e.getMessage(), e);
    }
  }

  private GraphMLExporter<String, Link> graphMl() {
    GraphMLExporter<String, Link> e = new GraphMLExporter<>(v -> v);
    e.setEdgeIdProvider(Link::id);
    e.setVertexAttributeProvider(this::nodeAttributes);
    e.setEdgeAttributeProvider(this::edgeAttributes);
    // GraphML keeps one key per attribute name: a name on nodes and edges alike is registered for both
    nodeTypes.forEach((k, v) -> e.registerAttribute(k, edgeTypes.containsKey(k)
        ? GraphMLExporter.AttributeCategory.ALL : GraphMLExporter.AttributeCategory.NODE, type(v)));
    edgeTypes.forEach((k, v) -> {
      if (!nodeTypes.containsKey(k)) {
        e.registerAttribute(k, GraphMLExporter.AttributeCategory.EDGE, type(v));
      } else if (type(v) != type(nodeTypes.get(k))) {
        throw new IllegalStateException("attribute " + k + " has different types on nodes and edges");
      }
    });
    return e;
  }

  private GEXFExporter<String, Link> gexf() {
    GEXFExporter<String, Link> e = new GEXFExporter<>(v -> v, Link::id);
    e.setVertexAttributeProvider(this::nodeAttributes);
    e.setEdgeAttributeProvider(this::edgeAttributes);
    nodeTypes.forEach((k, v) -> {
      if (!k.equals("label")) {
        e.registerAttribute(k, GEXFExporter.AttributeCategory.NODE, gexfType(v));
      }
    });
    edgeTypes.forEach((k, v) -> {
      if (!k.equals("label")) {
        e.registerAttribute(k, GEXFExporter.AttributeCategory.EDGE, gexfType(v));
      }
    });
    return e;
  }

  private Map<String, Attribute> nodeAttributes(String id) {
    return attributes(nodeAttributes.getOrDefault(id, Map.of()));
  }

  private Map<String, Attribute> edgeAttributes(Link l) {
    return attributes(l.attributes());
  }

  private static Map<String, Attribute> attributes(Map<String, Object> values) {
    Map<String, Attribute> a = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      if (v instanceof String s) {
        a.put(k, DefaultAttribute.createAttribute(s));
      } else if (v instanceof Integer i) {
        a.put(k, DefaultAttribute.createAttribute(i));
      } else if (v instanceof Long l) {
        a.put(k, DefaultAttribute.createAttribute(l));
      } else if (v instanceof Double d && Double.isFinite(d)) {
        a.put(k, DefaultAttribute.createAttribute(d));
      } else if (v instanceof Boolean b) {
        a.put(k, DefaultAttribute.createAttribute(b));
      }
    });
    return a;
  }

  private static AttributeType type(Object v) {
    if (v instanceof Integer) {
      return AttributeType.INT;
    }
    if (v instanceof Long) {
      return AttributeType.LONG;
    }
    if (v instanceof Double) {
      return AttributeType.DOUBLE;
    }
    if (v instanceof Boolean) {
      return AttributeType.BOOLEAN;
    }
    return AttributeType.STRING;
  }

  private static GEXFAttributeType gexfType(Object v) {
    if (v instanceof Integer) {
      return GEXFAttributeType.INTEGER;
    }
    if (v instanceof Long) {
      return GEXFAttributeType.LONG;
    }
    if (v instanceof Double) {
      return GEXFAttributeType.DOUBLE;
    }
    if (v instanceof Boolean) {
      return GEXFAttributeType.BOOLEAN;
    }
    return GEXFAttributeType.STRING;
  }
}
