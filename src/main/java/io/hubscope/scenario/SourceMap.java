package io.hubscope.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each value of a parsed scenario tree came from, keyed by JSON Pointer ({@code /parties/2/id}). Keys of a
 * mapping are recorded under the pointer of their value with the suffix {@code #key}.
 */
public final class SourceMap {

  private final Map<String, SourceLocation> locations = new HashMap<>();

  void put(String pointer, SourceLocation location) {
    locations.putIfAbsent(pointer, location);
  }

  void putKey(String pointer, SourceLocation location) {
    locations.putIfAbsent(pointer + "#key", location);
  }

  /**
   * An independent copy, for a variant whose values move around.
   *
   * @return the copy
   */
  SourceMap copy() {
    SourceMap c = new SourceMap();
    c.locations.putAll(locations);
    return c;
  }

  /**
   * Makes the value at {@code target} (and everything under it) point at the locations recorded under
   * {@code source}: used when a variant puts a value written at {@code source} into {@code target}. The key of
   * {@code target} keeps its location when it existed, else takes the key location of {@code source}.
   *
   * @param target pointer the value now lives at
   * @param source pointer the value was written at
   */
  void graft(String target, String source) {
    removeSubtree(target, false);
    Map<String, SourceLocation> moved = new HashMap<>();
    for (Map.Entry<String, SourceLocation> e : locations.entrySet()) {
      String k = e.getKey();
      if (k.equals(source) || k.startsWith(source + "/")) {
        moved.put(target + k.substring(source.length()), e.getValue());
      }
    }
    locations.putAll(moved);
    SourceLocation sourceKey = locations.get(source + "#key");
    if (sourceKey != null) {
      locations.putIfAbsent(target + "#key", sourceKey);
    }
  }

  /**
   * Forgets a removed map entry.
   *
   * @param pointer pointer of the removed value
   */
  void dropKey(String pointer) {
    removeSubtree(pointer, true);
  }

  /**
   * Forgets a removed list item and shifts the locations of the items after it down by one.
   *
   * @param list pointer of the list
   * @param index removed index
   * @param size size of the list before the removal
   */
  void dropListItem(String list, int index, int size) {
    removeSubtree(list + "/" + index, true);
    for (int j = index + 1; j < size; j++) {
      graft(list + "/" + (j - 1), list + "/" + j);
      removeSubtree(list + "/" + j, true);
    }
  }

  private void removeSubtree(String pointer, boolean withKey) {
    List<String> doomed = new ArrayList<>();
    for (String k : locations.keySet()) {
      if (k.equals(pointer) || (k.startsWith(pointer + "/")) || (withKey && k.equals(pointer + "#key"))) {
        doomed.add(k);
      }
    }
    doomed.forEach(locations::remove);
  }

  /**
   * The location of the value at {@code pointer}, or of its nearest ancestor that has one.
   *
   * @param pointer JSON Pointer
   * @return a location, never null
   */
  public SourceLocation locate(String pointer) {
    String p = pointer == null ? "" : pointer;
    while (true) {
      SourceLocation loc = locations.get(p);
      if (loc != null) {
        return loc;
      }
      if (p.isEmpty()) {
        return SourceLocation.START;
      }
      int slash = p.lastIndexOf('/');
      p = slash <= 0 ? "" : p.substring(0, slash);
    }
  }

  /**
   * The location of the key naming the value at {@code pointer} (for unknown-key errors), else of the value.
   *
   * @param pointer JSON Pointer of the value
   * @return a location, never null
   */
  public SourceLocation locateKey(String pointer) {
    SourceLocation loc = locations.get(pointer + "#key");
    return loc != null ? loc : locate(pointer);
  }

  /**
   * Turns a JSON Pointer into the dotted path users read: {@code /parties/2/id} becomes {@code parties[2].id}.
   *
   * @param pointer JSON Pointer
   * @return dotted path, or {@code (root)} for the empty pointer
   */
  public static String dotted(String pointer) {
    if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
      return "(root)";
    }
    StringBuilder sb = new StringBuilder();
    for (String raw : pointer.substring(1).split("/", -1)) {
      String token = raw.replace("~1", "/").replace("~0", "~");
      if (!token.isEmpty() && token.chars().allMatch(Character::isDigit)) {
        sb.append('[').append(token).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(token);
      }
    }
    return sb.toString();
  }

  /**
   * Appends one reference token to a JSON Pointer, escaping it.
   *
   * @param pointer parent pointer
   * @param token key or index
   * @return child pointer
   */
  public static String child(String pointer, String token) {
    return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
  }
}
