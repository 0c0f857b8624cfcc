package io.hubscope.scenario;

import java.util.HashMap;
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
