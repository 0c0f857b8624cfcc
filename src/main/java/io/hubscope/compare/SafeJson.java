package io.hubscope.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.hubscope.util.Numbers;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * JSON output shared by compare and sweep: pretty-printed with LF line ends whatever the platform, numbers written
 * by {@link Numbers#format} (Locale.ROOT; non-finite values become {@code null}), and strings escaped so that a
 * scenario's text cannot end a {@code <script>} element or an HTML attribute when the JSON is embedded in a page:
 * {@code < > & '} and the JavaScript line separators U+2028/U+2029 are written as {@code \}{@code uXXXX}.
 */
final class SafeJson {

  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder().characterEscapes(new HtmlSafeEscapes()).build();

  private SafeJson() {}

  /**
   * Opens a generator.
   *
   * @param writer target (not closed by the generator's close)
   * @return a pretty-printing generator
   * @throws IOException when the generator cannot be created
   */
  static JsonGenerator open(Writer writer) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(writer);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    DefaultIndenter lf = new DefaultIndenter("  ", "\n");
    g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(lf).withArrayIndenter(lf));
    return g;
  }

  /**
   * Writes a number field: its {@link Numbers#format} text, or null when not finite.
   *
   * @param g generator
   * @param name field name
   * @param value value
   * @throws IOException on write failure
   */
  static void number(JsonGenerator g, String name, double value) throws IOException {
    g.writeFieldName(name);
    if (Double.isFinite(value)) {
      g.writeNumber(Numbers.format(value));
    } else {
      g.writeNull();
    }
  }

  /**
   * Writes an array of strings, as a field when {@code name} is given, else as an array value.
   *
   * @param g generator
   * @param name field name, or null inside an array
   * @param values the strings
   * @throws IOException when writing fails
   */
  static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    if (name == null) {
      g.writeStartArray();
    } else {
      g.writeArrayFieldStart(name);
    }
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** Escapes for text that may end up inside HTML. */
  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii;

    HtmlSafeEscapes() {
      int[] codes = CharacterEscapes.standardAsciiEscapesForJSON();
      for (char c : new char[] {'<', '>', '&', '\''}) {
        codes[c] = CharacterEscapes.ESCAPE_STANDARD;
      }
      ascii = codes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04x", ch));
      }
      return null;
    }
  }
}
