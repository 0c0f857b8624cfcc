package io.hubscope.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML text safely into a Jackson tree and records where every value came from.
 *
 * <p>Safety: only the YAML composer runs (no object construction), explicit tags other than the standard scalar,
 * sequence and mapping tags are rejected, aliases are capped ({@value #MAX_ALIASES} for collections), as are nesting
 * depth ({@value #MAX_DEPTH}), the number of values after alias expansion ({@value #MAX_NODES}) and the text size
 * ({@value #MAX_CHARS} characters). Scalars follow the YAML 1.2 core schema for booleans (only {@code true} and
 * {@code false}), so {@code NO} (Norway) stays a string.
 */
public final class YamlTreeReader {

  /** Largest scenario accepted, in characters. */
  public static final int MAX_CHARS = 4 * 1024 * 1024;
  /** Most aliases to collections. */
  public static final int MAX_ALIASES = 50;
  /** Deepest nesting. */
  public static final int MAX_DEPTH = 40;
  /** Most values after alias expansion. */
  public static final int MAX_NODES = 500_000;

  private static final Set<Tag> STANDARD_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ);

  /** A parsed document. */
  public record Parsed(JsonNode tree, SourceMap sourceMap) {}

  private final String file;
  private final SourceMap sourceMap = new SourceMap();
  private int nodes;

  private YamlTreeReader(String file) {
    this.file = file;
  }

  /**
   * Parses one YAML document.
   *
   * @param file file name for messages
   * @param text YAML text
   * @return the tree and its source map
   * @throws ScenarioException on syntax errors and on any safety limit
   */
  public static Parsed read(String file, String text) throws ScenarioException {
    if (text.length() > MAX_CHARS) {
      throw single(file, SourceLocation.START, "(root)",
          "file is too large (" + text.length() + " characters, limit " + MAX_CHARS + ")",
          "split the scenario or remove generated content");
    }
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CHARS);
    options.setAllowRecursiveKeys(false);
    options.setAllowDuplicateKeys(false);
    Yaml yaml = new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(
        new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options);
    YamlTreeReader reader = new YamlTreeReader(file);
    try {
      Node root = null;
      int documents = 0;
      for (Node doc : yaml.composeAll(new StringReader(text))) {
        documents++;
        if (documents > 1) {
          throw single(file, location(doc.getStartMark()), "(root)", "more than one YAML document in the file",
              "remove the '---' separator; a scenario is a single document");
        }
        root = doc;
      }
      if (root == null) {
        throw single(file, SourceLocation.START, "(root)", "the file is empty", "start from scenarios/quickstart.yaml");
      }
      JsonNode tree = reader.convert(root, "", 0);
      return new Parsed(tree, reader.sourceMap);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      throw single(file, mark == null ? SourceLocation.START : location(mark), "(syntax)",
          "YAML syntax error: " + oneLine(problem), syntaxHint(problem));
    } catch (YAMLException e) {
      throw single(file, SourceLocation.START, "(syntax)", "YAML error: " + oneLine(e.getMessage()),
          syntaxHint(e.getMessage()));
    } catch (StackOverflowError e) {
      throw single(file, SourceLocation.START, "(root)", "nesting is too deep",
          "keep nesting under " + MAX_DEPTH + " levels");
    }
  }

  private JsonNode convert(Node node, String pointer, int depth) throws ScenarioException {
    if (++nodes > MAX_NODES) {
      throw single(file, location(node.getStartMark()), SourceMap.dotted(pointer),
          "too many values after expanding aliases (limit " + MAX_NODES + ")",
          "aliases that expand to huge documents are refused; write the values out");
    }
    if (depth > MAX_DEPTH) {
      throw single(file, location(node.getStartMark()), SourceMap.dotted(pointer),
          "nesting deeper than " + MAX_DEPTH + " levels (or a recursive alias)", "flatten the structure");
    }
    if (!STANDARD_TAGS.contains(node.getTag())) {
      throw single(file, location(node.getStartMark()), SourceMap.dotted(pointer),
          "custom YAML tag " + node.getTag().getValue() + " is not allowed",
          "remove the '!' tag; scenario values are plain strings, numbers, lists and maps");
    }
    sourceMap.put(pointer, location(node.getStartMark()));
    if (node instanceof MappingNode mapping) {
      ObjectNode obj = JsonNodeFactory.instance.objectNode();
      for (NodeTuple tuple : mapping.getValue()) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode scalarKey)) {
          throw single(file, location(keyNode.getStartMark()), SourceMap.dotted(pointer),
              "a mapping key must be a plain string", "write the key as text");
        }
        if (keyNode.getTag().equals(Tag.MERGE)) {
          throw single(file, location(keyNode.getStartMark()), SourceMap.dotted(pointer),
              "YAML merge keys ('<<') are not supported", "write the keys out, or use a variant");
        }
        String key = scalarKey.getValue();
        String childPointer = SourceMap.child(pointer, key);
        if (obj.has(key)) {
          throw single(file, location(keyNode.getStartMark()), SourceMap.dotted(childPointer),
              "duplicate key '" + key + "'", "keep one of the two entries");
        }
        sourceMap.putKey(childPointer, location(keyNode.getStartMark()));
        obj.set(key, convert(tuple.getValueNode(), childPointer, depth + 1));
      }
      return obj;
    }
    if (node instanceof SequenceNode sequence) {
      ArrayNode arr = JsonNodeFactory.instance.arrayNode();
      List<Node> items = sequence.getValue();
      for (int i = 0; i < items.size(); i++) {
        arr.add(convert(items.get(i), pointer + "/" + i, depth + 1));
      }
      return arr;
    }
    return scalar((ScalarNode) node);
  }

  private static JsonNode scalar(ScalarNode node) {
    String v = node.getValue();
    Tag tag = node.getTag();
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (tag.equals(Tag.NULL)) {
      return f.nullNode();
    }
    if (tag.equals(Tag.BOOL)) {
      if (v.equalsIgnoreCase("true")) {
        return f.booleanNode(true);
      }
      if (v.equalsIgnoreCase("false")) {
        return f.booleanNode(false);
      }
      return f.textNode(v);
    }
    if (tag.equals(Tag.INT)) {
      try {
        String clean = v.replace("_", "");
        BigInteger big = new BigInteger(clean.startsWith("+") ? clean.substring(1) : clean);
        return big.bitLength() < 63 ? f.numberNode(big.longValue()) : f.numberNode(big);
      } catch (NumberFormatException e) {
        return f.textNode(v);
      }
    }
    if (tag.equals(Tag.FLOAT)) {
      try {
        double d = new BigDecimal(v.replace("_", "")).doubleValue();
        // beyond the range of a double: keep the text, so the schema reports it as "not a number"
        return Double.isInfinite(d) ? f.textNode(v) : f.numberNode(d);
      } catch (NumberFormatException e) {
        return f.textNode(v);
      }
    }
    return f.textNode(v);
  }

  private static SourceLocation location(Mark mark) {
    return new SourceLocation(mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }

  private static String syntaxHint(String problem) {
    String p = problem == null ? "" : problem.toLowerCase(java.util.Locale.ROOT);
    if (p.contains("tab")) {
      return "indent with spaces, not tabs";
    }
    if (p.contains("aliases")) {
      return "at most " + MAX_ALIASES + " aliases to lists or maps are allowed";
    }
    if (p.contains("duplicate")) {
      return "keep one of the two entries";
    }
    if (p.contains("nesting")) {
      return "keep nesting under " + MAX_DEPTH + " levels";
    }
    return "check indentation and quoting around this point";
  }

  private static ScenarioException single(
      String file, SourceLocation at, String path, String message, String hint) {
    return new ScenarioException(List.of(new Diagnostic(Diagnostic.Severity.ERROR, file, at, path, message, hint)));
  }
}
