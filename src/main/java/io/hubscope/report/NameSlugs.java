package io.hubscope.report;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Names made from text for files and chart anchors: lower-case slugs, and one folder prefix per variant. */
final class NameSlugs {

  private NameSlugs() {}

  /**
   * One folder name per variant: its {@link #slug}, with {@code -2}, {@code -3}, ... added when an earlier variant
   * took the same name.
   *
   * @param variants variant names, in the order that decides who gets the plain name
   * @return variant to folder name, in the same order
   */
  private static Map<String, String> folders(Collection<String> variants) {
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (String variant : variants) {
      String folder = slug(variant);
      for (int i = 2; !taken.add(folder); i++) {
        folder = slug(variant) + "-" + i;
      }
      out.put(variant, folder);
    }
    return out;
  }

  /**
   * The path prefix of each variant's files in a results folder: none when there is one variant, else its
   * {@link #folders folder} and a slash.
   *
   * @param variants variant names, in the order that decides who gets the plain name
   * @return variant to prefix, in the same order
   */
  static Map<String, String> prefixes(Collection<String> variants) {
    Map<String, String> out = new LinkedHashMap<>();
    folders(variants).forEach((variant, folder) -> out.put(variant, variants.size() > 1 ? folder + "/" : ""));
    return out;
  }

  /**
   * A file-name-safe slug: lower-case ASCII letters and digits, other runs of characters become one dash.
   *
   * @param text any text
   * @return the slug ({@code x} when nothing is left)
   */
  static String slug(String text) {
    StringBuilder sb = new StringBuilder();
    boolean dash = false;
    for (char c : text.toCharArray()) {
      char l = Character.toLowerCase(c);
      if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) {
        sb.append(l);
        dash = false;
      } else if (!dash && sb.length() > 0) {
        sb.append('-');
        dash = true;
      }
    }
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
      sb.setLength(sb.length() - 1);
    }
    return sb.length() == 0 ? "x" : sb.toString();
  }
}
