package io.hubscope.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A path into a scenario tree, as written in variants and in {@code sweep --set}: dotted keys with list selectors,
 * e.g. {@code network.routing.hubShares.LGG}, {@code parties[id=cainiao-lgg].group}, {@code transforms[0].op}.
 * A selector {@code [key=value]} picks the single list item whose {@code key} equals {@code value}; {@code [n]} picks
 * the n-th item (0-based).
 */
public final class ScenarioPath {

  /** One step of a path. */
  private record Step(String key, Integer index, String selectKey, String selectValue) {}

  private final String text;
  private final List<Step> steps;

  private ScenarioPath(String text, List<Step> steps) {
    this.text = text;
    this.steps = steps;
  }

  /**
   * Parses a path.
   *
   * @param text the path
   * @return the parsed path
   * @throws IllegalArgumentException with a readable message when the syntax is wrong
   */
  public static ScenarioPath parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty path");
    }
    List<Step> steps = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '.') {
        if (i == 0 || i == n - 1) {
          throw new IllegalArgumentException("path '" + text + "' starts or ends with '.'");
        }
        i++;
        continue;
      }
      if (c == '[') {
        int close = text.indexOf(']', i);
        if (close < 0) {
          throw new IllegalArgumentException("path '" + text + "' has an unclosed '['");
        }
        String inner = text.substring(i + 1, close).trim();
        int eq = inner.indexOf('=');
        if (eq > 0) {
          steps.add(new Step(null, null, inner.substring(0, eq).trim(), inner.substring(eq + 1).trim()));
        } else if (!inner.isEmpty() && inner.chars().allMatch(Character::isDigit)) {
          if (inner.length() > 9) {
            throw new IllegalArgumentException("path '" + text + "': index [" + inner + "] is too large");
          }
          steps.add(new Step(null, Integer.parseInt(inner), null, null));
        } else {
          throw new IllegalArgumentException(
              "path '" + text + "': selector [" + inner + "] must be [n] or [key=value]");
        }
        i = close + 1;
        continue;
      }
      int end = i;
      while (end < n && text.charAt(end) != '.' && text.charAt(end) != '[') {
        end++;
      }
      steps.add(new Step(text.substring(i, end), null, null, null));
      i = end;
    }
    return new ScenarioPath(text, List.copyOf(steps));
  }

  /** The path as written. */
  @Override
  public String toString() {
    return text;
  }

  /**
   * The node at this path, or null when it does not exist.
   *
   * @param root tree root
   * @return node or null
   */
  public JsonNode get(JsonNode root) {
    JsonNode cur = root;
    for (Step s : steps) {
      cur = stepInto(cur, s, false);
      if (cur == null) {
        return null;
      }
    }
    return cur;
  }

  /**
   * The JSON Pointer this path designates in a tree, before any change: keys that do not exist yet are still named,
   * list selectors must match an item.
   *
   * @param root tree root
   * @return the pointer, or null when a list selector matches nothing or a step crosses a scalar
   */
  String pointer(JsonNode root) {
    StringBuilder sb = new StringBuilder();
    JsonNode cur = root;
    for (Step s : steps) {
      if (s.key() != null) {
        if (cur != null && !(cur instanceof ObjectNode)) {
          return null;
        }
        sb.append('/').append(s.key().replace("~", "~0").replace("/", "~1"));
        cur = cur == null ? null : cur.get(s.key());
        continue;
      }
      if (!(cur instanceof ArrayNode arr)) {
        return null;
      }
      int idx = indexOrMinusOne(arr, s);
      if (idx < 0) {
        return null;
      }
      sb.append('/').append(idx);
      cur = arr.get(idx);
    }
    return sb.toString();
  }

  /** True when the last step selects a list item rather than a map key. */
  boolean endsWithListItem() {
    return steps.get(steps.size() - 1).key() == null;
  }

  /**
   * Replaces (or creates) the value at this path; missing object keys on the way are created.
   *
   * @param root tree root, modified in place
   * @param value new value
   * @throws IllegalArgumentException when a list selector matches nothing or a step crosses a scalar
   */
  public void set(JsonNode root, JsonNode value) {
    JsonNode parent = parentOf(root, true);
    Step last = steps.get(steps.size() - 1);
    if (last.key() != null) {
      if (!(parent instanceof ObjectNode obj)) {
        throw new IllegalArgumentException(
            "path '" + text + "': '" + last.key() + "' is not inside a map");
      }
      obj.set(last.key(), value);
      return;
    }
    if (!(parent instanceof ArrayNode arr)) {
      throw new IllegalArgumentException("path '" + text + "': selector applied to something that is not a list");
    }
    arr.set(indexIn(arr, last), value);
  }

  /**
   * Appends items to the list at this path (created when missing).
   *
   * @param root tree root, modified in place
   * @param items items to append
   */
  public void append(JsonNode root, List<JsonNode> items) {
    JsonNode target = get(root);
    if (target == null) {
      ArrayNode created = JsonNodeFactory.instance.arrayNode();
      set(root, created);
      target = created;
    }
    if (!(target instanceof ArrayNode arr)) {
      throw new IllegalArgumentException("path '" + text + "' is not a list, cannot append to it");
    }
    items.forEach(arr::add);
  }

  /**
   * Removes the value at this path.
   *
   * @param root tree root, modified in place
   */
  public void remove(JsonNode root) {
    JsonNode parent = parentOf(root, false);
    Step last = steps.get(steps.size() - 1);
    if (parent instanceof ObjectNode obj && last.key() != null && obj.has(last.key())) {
      obj.remove(last.key());
      return;
    }
    if (parent instanceof ArrayNode arr && last.key() == null) {
      arr.remove(indexIn(arr, last));
      return;
    }
    throw new IllegalArgumentException("path '" + text + "' does not exist, nothing to remove");
  }

  private JsonNode parentOf(JsonNode root, boolean create) {
    JsonNode cur = root;
    for (int i = 0; i < steps.size() - 1; i++) {
      JsonNode next = stepInto(cur, steps.get(i), create);
      if (next == null) {
        throw new IllegalArgumentException("path '" + text + "' does not exist at '" + describe(i) + "'");
      }
      cur = next;
    }
    return cur;
  }

  private JsonNode stepInto(JsonNode cur, Step s, boolean create) {
    if (s.key() != null) {
      if (!(cur instanceof ObjectNode obj)) {
        return null;
      }
      JsonNode next = obj.get(s.key());
      if (next == null && create) {
        next = obj.putObject(s.key());
      }
      return next;
    }
    if (!(cur instanceof ArrayNode arr)) {
      return null;
    }
    int idx = indexOrMinusOne(arr, s);
    return idx < 0 ? null : arr.get(idx);
  }

  private int indexIn(ArrayNode arr, Step s) {
    int idx = indexOrMinusOne(arr, s);
    if (idx < 0) {
      throw new IllegalArgumentException("path '" + text + "': no list item matches "
          + (s.index() != null ? "[" + s.index() + "]" : "[" + s.selectKey() + "=" + s.selectValue() + "]"));
    }
    return idx;
  }

  private static int indexOrMinusOne(ArrayNode arr, Step s) {
    if (s.index() != null) {
      return s.index() < arr.size() ? s.index() : -1;
    }
    int found = -1;
    for (int i = 0; i < arr.size(); i++) {
      JsonNode item = arr.get(i);
      JsonNode v = item.get(s.selectKey());
      if (v != null && v.isValueNode() && v.asText().equals(s.selectValue())) {
        if (found >= 0) {
          return -1;
        }
        found = i;
      }
    }
    return found;
  }

  private String describe(int upTo) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i <= upTo; i++) {
      Step s = steps.get(i);
      if (s.key() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(s.key());
      } else if (s.index() != null) {
        sb.append('[').append(s.index()).append(']');
      } else {
        sb.append('[').append(s.selectKey()).append('=').append(s.selectValue()).append(']');
      }
    }
    return sb.toString();
  }
}
