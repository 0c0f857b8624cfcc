package io.hubscope.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A named variant: overrides applied to the base scenario before it is checked and built.
 *
 * <p>Paths are dotted keys with list selectors: {@code network.routing.hubShares.LGG},
 * {@code parties[id=cainiao-lgg].group}, {@code transforms[0].op}.
 *
 * @param id variant name
 * @param description what it changes and why
 * @param set path to the value that replaces what is there
 * @param append path of a list to items appended to it
 * @param remove paths removed
 */
public record VariantSpec(
    String id,
    String description,
    Map<String, JsonNode> set,
    Map<String, List<JsonNode>> append,
    List<String> remove) {}
