package io.hubscope.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds and reads the {@code group} column: {@code key=value} pairs joined by {@code ;}, in the order given.
 * Characters that would break the format ({@code ; = ,} and line breaks) in values are replaced by {@code _}, so the
 * string stays parseable by splitting.
 */
public final class Groups {

  private Groups() {}

  /**
   * A group string.
   *
   * @param keyValues alternating keys and values
   * @return e.g. {@code field=consignee_name;form=clear}
   */
  public static String of(String... keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must alternate");
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < keyValues.length; i += 2) {
      if (sb.length() > 0) {
        sb.append(';');
      }
      sb.append(keyValues[i]).append('=').append(clean(keyValues[i + 1]));
    }
    return sb.toString();
  }

  /** The value with {@code ; = ,} and line breaks replaced by {@code _} (the value itself when it has none). */
  private static String clean(String v) {
    if (v == null) {
      return "";
    }
    char[] out = null;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == ';' || c == '=' || c == ',' || c == '\r' || c == '\n') {
        if (out == null) {
          out = v.toCharArray();
        }
        out[i] = '_';
      }
    }
    return out == null ? v : new String(out);
  }

  /**
   * Parses a group string (the inverse of {@link #of}).
   *
   * @param group e.g. {@code population=consumers;p=3}; null or empty gives an empty map
   * @return keys to values in order
   */
  public static Map<String, String> parse(String group) {
    Map<String, String> m = new LinkedHashMap<>();
    if (group == null || group.isEmpty()) {
      return m;
    }
    for (String part : group.split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        m.put(part.substring(0, eq), part.substring(eq + 1));
      } else if (!part.isEmpty()) {
        m.put(part, "");
      }
    }
    return m;
  }
}
