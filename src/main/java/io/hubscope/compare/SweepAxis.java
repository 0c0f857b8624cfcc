package io.hubscope.compare;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubscope.scenario.ScenarioException;
import io.hubscope.scenario.ScenarioPath;
import io.hubscope.scenario.YamlTreeReader;
import io.hubscope.util.HubscopeException;
import io.hubscope.util.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * One dimension of a sweep: a scenario path and its values ({@code --set PATH=V1,V2,...}), plus any paths tied to
 * it ({@code --tie PATH=W1,W2,...}), which take their k-th value whenever the main path takes its k-th value (for
 * values that must move together, such as hub shares that must sum to 1).
 *
 * <p>Syntax: the path is everything before the first {@code =} outside {@code [...]} (so selectors such as
 * {@code transforms[field=consignee_postcode].digits} work); values are separated by commas outside quotes and each
 * is read as a YAML scalar: {@code 2} is an integer, {@code 0.5} a number, {@code true} a boolean, {@code keyed} or
 * {@code "a,b"} a string.
 *
 * @param paths the main path first, then the tied paths
 * @param values for each path, its values (all lists have the same length)
 */
public record SweepAxis(List<String> paths, List<List<JsonNode>> values) {

  /** Copies the lists. */
  public SweepAxis {
    paths = List.copyOf(paths);
    values = values.stream().map(List::copyOf).toList();
  }

  /** Number of values along the axis. */
  public int size() {
    return values.get(0).size();
  }

  /**
   * Parses a {@code --set} and its {@code --tie}s.
   *
   * @param set {@code PATH=V1,V2,...}
   * @param ties {@code PATH=W1,W2,...} each, with as many values as {@code set}
   * @return the axis
   * @throws HubscopeException (exit 2) naming the option and what is wrong
   */
  public static SweepAxis parse(String set, List<String> ties) {
    List<String> paths = new ArrayList<>();
    List<List<JsonNode>> values = new ArrayList<>();
    add(paths, values, "--set", set);
    for (String tie : ties) {
      add(paths, values, "--tie", tie);
      int n = values.get(values.size() - 1).size();
      if (n != values.get(0).size()) {
        throw HubscopeException.invalidInput("--tie '" + tie + "' has " + n + " value" + (n == 1 ? "" : "s")
            + " but the --set it is tied to ('" + paths.get(0) + "') has " + values.get(0).size(),
            "a tied path takes its k-th value with the k-th value of the --set before it, so give as many values");
      }
    }
    return new SweepAxis(paths, values);
  }

  private static void add(List<String> paths, List<List<JsonNode>> values, String option, String text) {
    int eq = assignment(text);
    String hint = "write " + option + " PATH=V1,V2,... with a dotted path such as network.routing.hubShares.LGG "
        + "or transforms[field=consignee_postcode].digits";
    if (eq <= 0) {
      throw HubscopeException.invalidInput(option + " '" + text + "' has no PATH=VALUES form", hint);
    }
    String path = text.substring(0, eq).trim();
    try {
      ScenarioPath.parse(path);
    } catch (IllegalArgumentException e) {
      throw HubscopeException.invalidInput(option + " '" + path + "': " + e.getMessage(), hint);
    }
    if (paths.contains(path)) {
      throw HubscopeException.invalidInput(option + " '" + path + "' names the same path twice",
          "give each path once");
    }
    List<JsonNode> parsed = new ArrayList<>();
    for (String v : splitValues(text.substring(eq + 1))) {
      parsed.add(scalar(option, path, v));
    }
    paths.add(path);
    values.add(parsed);
  }

  /** Index of the first '=' outside brackets, or -1. */
  private static int assignment(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (c == '=' && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Splits on commas outside single or double quotes; quotes are kept for the YAML reader. */
  static List<String> splitValues(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
        cur.append(c);
      } else if (c == '"' || c == '\'') {
        quote = c;
        cur.append(c);
      } else if (c == ',') {
        out.add(cur.toString().trim());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString().trim());
    return out;
  }

  private static JsonNode scalar(String option, String path, String text) {
    String problem;
    if (text.isEmpty()) {
      problem = "an empty value";
    } else {
      try {
        JsonNode node = YamlTreeReader.read(option, text).tree();
        if (node != null && node.isValueNode() && !node.isNull()) {
          return node;
        }
        problem = "value '" + text + "', which is not a single YAML scalar";
      } catch (ScenarioException e) {
        problem = "value '" + text + "', which is not valid YAML (" + e.diagnostics().get(0).message() + ")";
      }
    }
    throw HubscopeException.invalidInput(option + " '" + path + "' has " + problem,
        "separate values with commas and quote a value that contains one, e.g. " + path + "=1,2,'a,b'");
  }

  /**
   * A value as text for coordinates and labels: numbers through {@link Numbers#format}, strings as they are.
   *
   * @param value a scalar
   * @return its text
   */
  public static String text(JsonNode value) {
    return value.isNumber() ? Numbers.format(value.doubleValue()) : value.asText();
  }
}
