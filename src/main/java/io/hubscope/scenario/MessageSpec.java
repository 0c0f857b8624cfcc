package io.hubscope.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A message type of the data flow: who sends which fields to whom for every shipment.
 *
 * <p>Sender and recipients are party ids, or route tokens resolved per shipment from its route:
 * {@code @hub} (operators of hub nodes on the route), {@code @sorting} (sorting-centre operators), {@code @airport}
 * (airport operators), {@code @lastMile} (operator of the destination depot), {@code @lineHaul} (carriers of the
 * route's air lanes), {@code @road} (carriers of its road lanes).
 *
 * @param id identifier
 * @param type message type
 * @param sender sending party or route token
 * @param recipients receiving parties or route tokens
 * @param fields field ids carried
 * @param description what the message is (e.g. ICS2 ENS house consignment)
 */
public record MessageSpec(
    String id, Type type, String sender, List<String> recipients, List<String> fields, String description) {

  /** Message types. */
  public enum Type {
    ORDER("order"), MANIFEST("manifest"), ENTRY_SUMMARY("entrySummary"),
    CUSTOMS_DECLARATION("customsDeclaration"), SCAN_EVENT("scanEvent"), TRACKING("tracking"),
    DELIVERY_CONFIRMATION("deliveryConfirmation");

    private final String yamlName;

    Type(String yamlName) {
      this.yamlName = yamlName;
    }

    /** The spelling used in scenario files. */
    @JsonValue
    public String yamlName() {
      return yamlName;
    }
  }
}
