package io.hubscope.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the terminal: a header, a rule, then rows; columns separated by two spaces, text
 * left-aligned and numbers right-aligned. Cells longer than their column's limit are cut with {@code ~}.
 */
final class TextGrid {

  private final List<String> header;
  private final boolean[] right;
  private final int[] limit;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * Creates a grid.
   *
   * @param columns column specs: a header text, prefixed with {@code >} for a right-aligned column; a suffix
   *     {@code |N} caps the column at N characters
   */
  TextGrid(String... columns) {
    header = new ArrayList<>();
    right = new boolean[columns.length];
    limit = new int[columns.length];
    for (int i = 0; i < columns.length; i++) {
      String c = columns[i];
      right[i] = c.startsWith(">");
      if (right[i]) {
        c = c.substring(1);
      }
      int bar = c.lastIndexOf('|');
      limit[i] = bar > 0 ? Integer.parseInt(c.substring(bar + 1)) : Integer.MAX_VALUE;
      header.add(bar > 0 ? c.substring(0, bar) : c);
    }
  }

  /**
   * Adds a row.
   *
   * @param cells one cell per column
   */
  void add(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
    }
    List<String> row = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      row.add(cut(printable(cells[i]), limit[i]));
    }
    rows.add(row);
  }

  /** The lines of the table. */
  List<String> lines() {
    int[] width = new int[header.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = header.get(i).length();
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    List<String> out = new ArrayList<>();
    out.add(line(header, width));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
    }
    out.add(rule.toString());
    for (List<String> r : rows) {
      out.add(line(r, width));
    }
    return out;
  }

  private String line(List<String> cells, int[] width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      String pad = " ".repeat(width[i] - c.length());
      sb.append(i == 0 ? "" : "  ").append(right[i] ? pad + c : (i == cells.size() - 1 ? c : c + pad));
    }
    return sb.toString();
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, Math.max(0, max - 1)) + "~";
  }

  /** Control characters from scenario text would move the cursor or recolour the terminal: shown as '?'. */
  private static String printable(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
    return sb.toString();
  }
}
