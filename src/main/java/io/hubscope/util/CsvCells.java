package io.hubscope.util;

import java.util.regex.Pattern;

/**
 * Neutralises text cells that a spreadsheet would read as a formula (OWASP "CSV injection"): a cell from scenario
 * text that starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe. A cell that is a plain
 * decimal number ({@code -0.07}, {@code 12}, {@code -1.5E-3}) is left as it is: a spreadsheet reads it as a number,
 * and a noised value in an observer's view must stay one.
 */
public final class CsvCells {

  /** A plain decimal number, as {@link Numbers} writes them: an optional minus, digits, a point, an exponent. */
  private static final Pattern NUMBER =
      Pattern.compile("-?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");

  private CsvCells() {}

  /**
   * Makes a text cell safe to open in a spreadsheet.
   *
   * @param text cell text (may be null)
   * @return the text, prefixed with {@code '} when it would start a formula and is not a plain number; {@code ""}
   *     for null
   */
  public static String safe(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return startsFormula(text.charAt(0)) && !NUMBER.matcher(text).matches() ? "'" + text : text;
  }

  /**
   * Undoes {@link #safe}: a cell that starts with an apostrophe followed by a formula character loses the apostrophe.
   *
   * @param cell cell text as read
   * @return the original text
   */
  public static String restore(String cell) {
    return cell.length() >= 2 && cell.charAt(0) == '\'' && startsFormula(cell.charAt(1)) ? cell.substring(1) : cell;
  }

  private static boolean startsFormula(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
