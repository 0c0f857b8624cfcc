package io.hubscope.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the raw errors of the JSON Schema validator into one located, plain-language diagnostic per real problem:
 * what was expected, what was found, and a hint (a "did you mean" for misspelt keys and enum values, else the
 * schema's description of the key).
 */
final class SchemaErrorTranslator {

  private static final Map<String, String> PATTERNS = Map.of(
      "^[0-9]{2,6}$", "2 to 6 digits",
      "^[A-Z]{2}$", "a two-letter code in capitals",
      "^[0-9]+$", "digits only",
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "a date written YYYY-MM-DD",
      "^[A-Za-z0-9][A-Za-z0-9._-]*$", "letters, digits, '.', '_' or '-', starting with a letter or digit");

  private static final int MAX_QUOTED = 60;

  private final String file;
  private final JsonNode schema;
  private final SourceMap sourceMap;

  /** One translated problem, with what the de-duplication needs to know. */
  private record Problem(String pointer, String keyword, String missingKey, String suggestion, boolean inAlternative,
      Diagnostic diagnostic) {}

  SchemaErrorTranslator(String file, JsonNode schema, SourceMap sourceMap) {
    this.file = file;
    this.schema = schema;
    this.sourceMap = sourceMap;
  }

  /**
   * Translates, de-duplicates and sorts the validator's errors.
   *
   * @param errors raw errors
   * @return diagnostics in file order
   */
  List<Diagnostic> translate(List<Error> errors) {
    List<Problem> problems = new ArrayList<>();
    for (Error e : errors) {
      problems.add(problem(e));
    }
    List<Problem> kept = deduplicate(problems);
    List<Diagnostic> out = new ArrayList<>();
    Set<Diagnostic> seen = new HashSet<>();
    for (Problem p : kept) {
      if (seen.add(p.diagnostic())) {
        out.add(p.diagnostic());
      }
    }
    out.sort(Comparator.comparingInt((Diagnostic d) -> d.location().line())
        .thenComparingInt(d -> d.location().column()));
    return out;
  }

  private static List<Problem> deduplicate(List<Problem> problems) {
    Set<String> typeErrorAt = new HashSet<>();
    Map<String, Set<String>> suggestedKeys = new LinkedHashMap<>();
    for (Problem p : problems) {
      if (p.keyword().equals("type")) {
        typeErrorAt.add(p.pointer());
      }
      if (p.keyword().equals("additionalProperties") && p.suggestion() != null) {
        suggestedKeys.computeIfAbsent(parentOf(p.pointer()), k -> new HashSet<>()).add(p.suggestion());
      }
    }
    Set<String> alternativeSeen = new HashSet<>();
    List<Problem> kept = new ArrayList<>();
    for (Problem p : problems) {
      if (!p.keyword().equals("type") && typeErrorAt.contains(p.pointer())) {
        continue;
      }
      if (p.keyword().equals("required")
          && suggestedKeys.getOrDefault(p.pointer(), Set.of()).contains(p.missingKey())) {
        continue;
      }
      if (p.inAlternative() && !alternativeSeen.add(p.pointer())) {
        continue;
      }
      kept.add(p);
    }
    return kept;
  }

  private Problem problem(Error e) {
    String pointer = pointer(e.getInstanceLocation());
    String keyword = e.getKeyword() == null ? "" : e.getKeyword();
    JsonNode instance = e.getInstanceNode();
    NodePath fragment = e.getSchemaLocation() == null ? null : e.getSchemaLocation().getFragment();
    JsonNode owner = fragment == null ? null : schemaAt(fragment, fragment.getNameCount() - 1);
    String evaluation = e.getEvaluationPath() == null ? "" : e.getEvaluationPath().toString();
    boolean alternative = evaluation.contains("/oneOf/") || evaluation.contains("/anyOf/");
    String description = descriptionAlong(e.getEvaluationPath());
    switch (keyword) {
      case "additionalProperties": {
        String key = e.getProperty();
        String keyPointer = SourceMap.child(pointer, key);
        List<String> allowed = new ArrayList<>();
        if (owner != null && owner.has("properties")) {
          owner.get("properties").fieldNames().forEachRemaining(allowed::add);
        }
        List<String> candidates = new ArrayList<>(allowed);
        if (instance != null) {
          candidates.removeIf(instance::has);
        }
        String suggestion = NameSuggester.nearest(key, candidates).orElse(null);
        String hint = suggestion != null ? "did you mean '" + suggestion + "'?"
            : "remove it, or see docs/scenario-reference.md for the keys of this section";
        return new Problem(keyPointer, keyword, null, suggestion, alternative,
            error(sourceMap.locateKey(keyPointer), keyPointer,
                "unknown key '" + key + "'; expected one of " + String.join(", ", allowed), hint));
      }
      case "required": {
        String key = e.getProperty();
        String keyDescription = owner == null ? null : text(owner.path("properties").path(key).get("description"));
        String where = pointer.isEmpty() ? "at the top level" : "under '" + SourceMap.dotted(pointer) + "'";
        String hint = "add '" + key + "' " + where + (keyDescription == null ? "" : ": " + keyDescription);
        return new Problem(pointer, keyword, key, null, alternative,
            error(sourceMap.locateKey(pointer), SourceMap.child(pointer, key), "missing required key '" + key + "'",
                hint));
      }
      case "type":
        return new Problem(pointer, keyword, null, null, alternative, typeError(e, pointer, instance, description));
      case "enum": {
        List<String> values = new ArrayList<>();
        if (e.getSchemaNode() != null) {
          e.getSchemaNode().forEach(v -> values.add(v.asText()));
        }
        String got = instance != null && instance.isTextual() ? "'" + quoted(instance.asText()) + "'"
            : describe(instance);
        String hint = instance != null && instance.isTextual()
            ? NameSuggester.didYouMean(instance.asText(), values) : null;
        return new Problem(pointer, keyword, null, null, alternative, error(locateValue(pointer, instance), pointer,
            "expected one of " + String.join(", ", values) + " but got " + got, hint != null ? hint : description));
      }
      case "pattern": {
        String regex = text(e.getSchemaNode());
        String expected = PATTERNS.getOrDefault(regex, "text matching " + regex);
        return new Problem(pointer, keyword, null, null, alternative, error(locateValue(pointer, instance), pointer,
            "expected " + expected + ", got " + describe(instance), description));
      }
      case "minimum":
      case "maximum":
        return new Problem(pointer, keyword, null, null, alternative, error(locateValue(pointer, instance), pointer,
            "expected " + range(owner) + ", got " + describe(instance), description));
      case "minItems": {
        int min = e.getSchemaNode() == null ? 1 : e.getSchemaNode().asInt();
        return new Problem(pointer, keyword, null, null, alternative, error(locateValue(pointer, instance), pointer,
            "expected at least " + min + " item" + (min == 1 ? "" : "s") + ", got "
                + (instance == null || instance.isEmpty() ? "an empty list" : instance.size()), description));
      }
      case "uniqueItems":
        return uniqueItems(pointer, instance, alternative, description);
      case "minLength":
        return new Problem(pointer, keyword, null, null, alternative, error(locateValue(pointer, instance), pointer,
            "expected non-empty text, got " + describe(instance), description));
      default:
        return new Problem(pointer, keyword, null, null, alternative,
            error(locateValue(pointer, instance), pointer, e.getMessage(), description));
    }
  }

  private Diagnostic typeError(Error e, String pointer, JsonNode instance, String description) {
    List<String> expected = new ArrayList<>();
    JsonNode type = e.getSchemaNode();
    if (type != null && type.isArray()) {
      type.forEach(t -> expected.add(typeName(t.asText())));
    } else if (type != null) {
      expected.add(typeName(type.asText()));
    }
    String expectedText = String.join(" or ", expected);
    String hint = description;
    String want = type == null ? "" : type.asText();
    if (pointer.isEmpty()) {
      hint = "a scenario is a map of sections (meta, regions, parties, ...); start from scenarios/quickstart.yaml";
    } else if (instance == null || instance.isNull()) {
      hint = keyPrefix(pointer).isEmpty() ? "give the list item a value, or remove it"
          : "give a value after the colon, or remove the key";
    } else if (want.equals("string") && (instance.isNumber() || instance.isBoolean())) {
      hint = "write it in quotes: " + keyPrefix(pointer) + "\"" + instance.asText() + "\"";
    } else if (want.equals("integer") && instance.isNumber()) {
      hint = "write a whole number, without a decimal part";
    }
    return error(locateValue(pointer, instance), pointer, "expected " + expectedText + ", got " + describe(instance),
        hint);
  }

  private Problem uniqueItems(String pointer, JsonNode instance, boolean alternative, String description) {
    String at = pointer;
    String repeated = "an item";
    if (instance != null && instance.isArray()) {
      Set<JsonNode> seen = new HashSet<>();
      for (int i = 0; i < instance.size(); i++) {
        if (!seen.add(instance.get(i))) {
          at = pointer + "/" + i;
          repeated = instance.get(i).isTextual() ? "'" + quoted(instance.get(i).asText()) + "'"
              : instance.get(i).toString();
          break;
        }
      }
    }
    return new Problem(pointer, "uniqueItems", null, null, alternative, error(sourceMap.locate(at), at,
        "expected distinct items, but " + repeated + " is listed more than once",
        "remove the repeated item" + (description == null ? "" : "; " + description)));
  }

  private SourceLocation locateValue(String pointer, JsonNode instance) {
    return instance == null || instance.isNull() ? sourceMap.locateKey(pointer) : sourceMap.locate(pointer);
  }

  private Diagnostic error(SourceLocation at, String pointer, String message, String hint) {
    return new Diagnostic(Diagnostic.Severity.ERROR, file, at, SourceMap.dotted(pointer), message, hint);
  }

  /** The description of the deepest schema along the evaluation path that has one (the key being checked). */
  private String descriptionAlong(NodePath evaluation) {
    if (evaluation == null) {
      return null;
    }
    JsonNode cur = schema;
    String found = null;
    for (int i = 0; i < evaluation.getNameCount() - 1 && cur != null; i++) {
      String step = String.valueOf(evaluation.getElement(i));
      cur = step.equals("$ref") ? resolveRef(cur.get("$ref")) : cur.get(step);
      if (cur != null && cur.isObject() && cur.has("description") && !step.equals("$ref")) {
        found = cur.get("description").asText();
      }
    }
    return found;
  }

  private JsonNode resolveRef(JsonNode ref) {
    if (ref == null || !ref.isTextual() || !ref.asText().startsWith("#")) {
      return null;
    }
    return schema.at(ref.asText().substring(1));
  }

  private JsonNode schemaAt(NodePath fragment, int count) {
    JsonNode cur = schema;
    for (int i = 0; i < count && cur != null; i++) {
      Object step = fragment.getElement(i);
      cur = step instanceof Integer idx ? cur.get(idx) : cur.get(String.valueOf(step));
    }
    return cur;
  }

  private static String range(JsonNode owner) {
    JsonNode min = owner == null ? null : owner.get("minimum");
    JsonNode max = owner == null ? null : owner.get("maximum");
    String kind = owner != null && "integer".equals(text(owner.get("type"))) ? "a whole number" : "a number";
    if (min != null && max != null) {
      return kind + " between " + min.asText() + " and " + max.asText();
    }
    if (min != null) {
      return kind + " of at least " + min.asText();
    }
    return kind + " of at most " + (max == null ? "?" : max.asText());
  }

  static String pointer(NodePath path) {
    StringBuilder sb = new StringBuilder();
    if (path == null) {
      return "";
    }
    for (int i = 0; i < path.getNameCount(); i++) {
      sb.append(SourceMap.child("", String.valueOf(path.getElement(i))));
    }
    return sb.toString();
  }

  private static String parentOf(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  private static String keyPrefix(String pointer) {
    int slash = pointer.lastIndexOf('/');
    String last = pointer.substring(slash + 1);
    return last.isEmpty() || last.chars().allMatch(Character::isDigit) ? ""
        : last.replace("~1", "/").replace("~0", "~") + ": ";
  }

  private static String typeName(String jsonType) {
    switch (jsonType) {
      case "string":
        return "text";
      case "integer":
        return "a whole number";
      case "number":
        return "a number";
      case "boolean":
        return "true or false";
      case "array":
        return "a list";
      case "object":
        return "a map (key: value)";
      default:
        return "nothing";
    }
  }

  /**
   * Describes a found value for messages: {@code text 'abc'}, {@code number 14.5}, {@code a list}.
   *
   * @param node the value
   * @return description
   */
  static String describe(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "an empty value";
    }
    if (node.isTextual()) {
      return "text '" + quoted(node.asText()) + "'";
    }
    if (node.isNumber()) {
      return "number " + node.asText();
    }
    if (node.isBoolean()) {
      return node.asText();
    }
    if (node.isArray()) {
      return "a list";
    }
    return "a map";
  }

  private static String quoted(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() > MAX_QUOTED ? one.substring(0, MAX_QUOTED) + "..." : one;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
