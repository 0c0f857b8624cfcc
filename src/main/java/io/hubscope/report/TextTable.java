package io.hubscope.report;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns: two spaces between columns, chosen columns right-aligned. */
final class TextTable {

  private final List<String[]> rows = new ArrayList<>();
  private final boolean[] right;

  /**
   * @param headers column headers
   */
  TextTable(String... headers) {
    rows.add(headers);
    right = new boolean[headers.length];
  }

  /** Right-aligns some columns (numbers). */
  TextTable alignRight(int... columns) {
    for (int c : columns) {
      right[c] = true;
    }
    return this;
  }

  /** Adds a row; null cells print as empty. */
  TextTable row(Object... cells) {
    String[] r = new String[right.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = i < cells.length && cells[i] != null ? cells[i].toString() : "";
    }
    rows.add(r);
    return this;
  }

  /** Renders every line with an indent, trailing spaces removed. */
  void render(StringBuilder out, String indent) {
    int[] width = new int[right.length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < r.length; i++) {
        String pad = " ".repeat(width[i] - r[i].length());
        line.append(right[i] ? pad + r[i] : r[i] + pad);
        if (i < r.length - 1) {
          line.append("  ");
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
