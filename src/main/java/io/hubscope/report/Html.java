package io.hubscope.report;

import org.apache.commons.text.StringEscapeUtils;

/**
 * The one escaping helper of every HTML that hubscope writes: any text that did not come from hubscope's own
 * templates (scenario names, descriptions, ids, party names, metric groups, numbers turned into text) goes through
 * {@link #esc} before it reaches a page, in element content and in double-quoted attribute values alike.
 */
public final class Html {

  private Html() {}

  /**
   * Escapes text for HTML element content and double-quoted attributes ({@code & < > "} and every non-ASCII
   * character with a named or numeric entity, as {@link StringEscapeUtils#escapeHtml4} does; {@code '} too).
   *
   * @param text any text (null gives "")
   * @return the escaped text
   */
  public static String esc(String text) {
    if (text == null) {
      return "";
    }
    return StringEscapeUtils.escapeHtml4(text).replace("'", "&#39;");
  }

  /**
   * Escapes text for XML (SVG) content and attributes: only the five XML entities and numeric references, since XML
   * knows none of HTML's named entities. Safe inside HTML too.
   *
   * @param text any text (null gives "")
   * @return the escaped text
   */
  public static String xml(String text) {
    if (text == null) {
      return "";
    }
    return StringEscapeUtils.escapeXml10(text);
  }
}
