package io.hubscope.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The published JSON Schema (draft 2020-12) of scenario files, and validation of a parsed tree against it. The schema
 * is the resource {@code io/hubscope/scenario/hubscope-scenario.schema.json} (a copy ships as
 * {@code docs/hubscope-scenario.schema.json} for editors).
 */
public final class ScenarioSchema {

  /** Resource name of the schema, next to this class. */
  static final String RESOURCE = "hubscope-scenario.schema.json";

  private ScenarioSchema() {}

  /** Loaded once: the text, its tree for lookups, and the compiled validator. */
  private static final class Holder {
    static final String TEXT = readResource();
    static final JsonNode TREE = parse(TEXT);
    static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(TEXT, InputFormat.JSON);

    private Holder() {}
  }

  /**
   * Validates a tree, reporting every violation (not only the first) with the file position of the offending key or
   * value, its dotted path, what was expected and a hint. Cascades of the validator are merged so that each problem is
   * one diagnostic.
   *
   * @param file file name for messages
   * @param tree parsed tree
   * @param sourceMap locations
   * @return every schema violation as an error diagnostic, in file order; empty when the tree is valid
   */
  public static List<Diagnostic> validate(String file, JsonNode tree, SourceMap sourceMap) {
    List<com.networknt.schema.Error> errors = Holder.SCHEMA.validate(tree);
    if (errors.isEmpty()) {
      return List.of();
    }
    return new SchemaErrorTranslator(file, Holder.TREE, sourceMap).translate(errors);
  }

  /**
   * The schema text, exactly as shipped.
   *
   * @return JSON text
   */
  public static String text() {
    return Holder.TEXT;
  }

  /**
   * The schema as a tree, for lookups of allowed keys and descriptions.
   *
   * @return the parsed schema (do not modify)
   */
  static JsonNode tree() {
    return Holder.TREE;
  }

  private static String readResource() {
    try (InputStream in = ScenarioSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException("the bundled scenario schema is not valid JSON", e);
    }
  }
}
