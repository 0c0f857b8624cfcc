package io.hubscope.scenario;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a party does in the flow. The YAML spelling is the camelCase name given to each constant. */
public enum PartyRole {
  MARKETPLACE("marketplace"),
  MERCHANTS("merchants"),
  FULFILMENT("fulfilment"),
  LINE_HAUL_CARRIER("lineHaulCarrier"),
  HUB_OPERATOR("hubOperator"),
  CUSTOMS_DECLARANT("customsDeclarant"),
  CUSTOMS_AUTHORITY("customsAuthority"),
  LAST_MILE_CARRIER("lastMileCarrier"),
  CONSUMERS("consumers"),
  BUSINESSES("businesses"),
  STATE_AUTHORITY("stateAuthority");

  private final String yamlName;

  PartyRole(String yamlName) {
    this.yamlName = yamlName;
  }

  /** The spelling used in scenario files. */
  @JsonValue
  public String yamlName() {
    return yamlName;
  }
}
