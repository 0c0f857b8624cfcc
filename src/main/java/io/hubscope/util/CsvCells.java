package io.hubscope.util;

/**
 * Neutralises text cells that a spreadsheet would read as a formula (OWASP "CSV injection"): a cell from scenario
 * text that starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe. Numeric cells are
 * written by {@link Numbers} and never pass through here.
 */
public final class CsvCells {

  private CsvCells() {}

  /**
   * Makes a text cell safe to open in a spreadsheet.
   *
   * @param text cell text (may be null)
   * @return the text, prefixed with {@code '} when it would start a formula; {@code ""} for null
   */
  public static String safe(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return startsFormula(text.charAt(0)) ? "'" + text : text;
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
