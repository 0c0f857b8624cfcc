package io.hubscope.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;

/** Binds a schema-valid tree to the {@link Scenario} records, filling absent lists with empty ones. */
final class ScenarioBinder {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      // the schema already refused 14.5 and out-of-range values, and accepts 14.0 as a whole number (as JSON Schema
      // does): bind it as 14
      .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .build();

  private ScenarioBinder() {}

  static Scenario bind(String file, JsonNode tree, SourceMap sourceMap) throws ScenarioException {
    try {
      Scenario s = MAPPER.treeToValue(tree, Scenario.class);
      return new Scenario(s.meta(), s.regions(), list(s.parties()), s.network(), list(s.catalogue()),
          s.merchants(), s.customers(), s.demand(), list(s.fields()), list(s.messages()), list(s.transforms()),
          list(s.observers()), list(s.needs()), s.disruption(), s.analysis(), list(s.variants()));
    } catch (JsonMappingException e) {
      String pointer = pointerOf(e);
      throw new ScenarioException(List.of(new Diagnostic(Diagnostic.Severity.ERROR, file,
          sourceMap.locate(pointer), SourceMap.dotted(pointer), e.getOriginalMessage().replaceAll("\\s+", " "),
          "see docs/scenario-reference.md for this key")));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ScenarioException(List.of(new Diagnostic(Diagnostic.Severity.ERROR, file, SourceLocation.START,
          "(root)", e.getOriginalMessage(), null)));
    }
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }

  private static String pointerOf(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    List<JsonMappingException.Reference> path = new ArrayList<>(e.getPath());
    for (JsonMappingException.Reference r : path) {
      sb.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
    }
    return sb.toString();
  }
}
