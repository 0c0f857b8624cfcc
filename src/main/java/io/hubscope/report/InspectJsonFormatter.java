package io.hubscope.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Renders an {@link InspectReport} as JSON (the same content as the text form, as typed values). */
public final class InspectJsonFormatter {

  private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private InspectJsonFormatter() {}

  /**
   * Renders the report.
   *
   * @param r the report
   * @return pretty-printed JSON, ending with a newline
   */
  public static String format(InspectReport r) {
    try {
      return MAPPER.writeValueAsString(r) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render the inspect report as JSON", e);
    }
  }
}
