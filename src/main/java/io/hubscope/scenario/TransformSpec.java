package io.hubscope.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * How a field reaches some recipients: kept, omitted, pseudonymised, generalised, noised or only aggregated.
 * When several transforms match a (field, recipient, message), the last one in the file wins.
 *
 * @param field field id
 * @param to recipient party ids or route tokens; {@code "*"} for every recipient
 * @param message restricts the transform to one message id (all messages when absent)
 * @param op the operation
 * @param pseudonym for {@code pseudonymise}: {@code keyed} (same input, same token across shipments) or
 *     {@code perShipment} (a fresh token per shipment)
 * @param digits for {@code generalise} of a postcode or HS code: digits kept
 * @param binWidth for {@code generalise} of a number: bin width
 * @param roundHours for {@code generalise} of a time: rounding step in hours
 * @param epsilon for {@code noise}: privacy budget of the Laplace mechanism
 * @param sensitivity for {@code noise}: sensitivity (scale = sensitivity / epsilon)
 */
public record TransformSpec(
    String field,
    List<String> to,
    String message,
    Op op,
    Pseudonym pseudonym,
    Integer digits,
    Double binWidth,
    Double roundHours,
    Double epsilon,
    Double sensitivity) {

  /** Operations, ordered from most to least revealing (keep first). */
  public enum Op {
    KEEP("keep"), GENERALISE("generalise"), NOISE("noise"), PSEUDONYMISE("pseudonymise"),
    AGGREGATE_ONLY("aggregateOnly"), OMIT("omit");

    private final String yamlName;

    Op(String yamlName) {
      this.yamlName = yamlName;
    }

    /** The spelling used in scenario files. */
    @JsonValue
    public String yamlName() {
      return yamlName;
    }
  }

  /** Pseudonym kinds. */
  public enum Pseudonym {
    KEYED("keyed"), PER_SHIPMENT("perShipment");

    private final String yamlName;

    Pseudonym(String yamlName) {
      this.yamlName = yamlName;
    }

    /** The spelling used in scenario files. */
    @JsonValue
    public String yamlName() {
      return yamlName;
    }
  }
}
