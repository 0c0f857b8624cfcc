package io.hubscope.scenario;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A data field of the field catalogue.
 *
 * @param id field name as used in messages, transforms and needs (e.g. {@code consignee_name})
 * @param carries the ground-truth attribute the field holds
 * @param dataClass what kind of data it is
 * @param role its role for disclosure risk
 * @param description what the field is, with the data element it models
 */
public record FieldSpec(String id, Attribute carries, DataClass dataClass, FieldRole role, String description) {

  /** Data classes. */
  public enum DataClass {
    IDENTITY("identity"), CONTACT("contact"), ADDRESS("address"), COMMERCIAL("commercial"),
    PRODUCT("product"), TRANSPORT("transport"), TIMING("timing");

    private final String yamlName;

    DataClass(String yamlName) {
      this.yamlName = yamlName;
    }

    /** The spelling used in scenario files. */
    @JsonValue
    public String yamlName() {
      return yamlName;
    }
  }

  /** Roles for disclosure risk. */
  public enum FieldRole {
    DIRECT_IDENTIFIER("directIdentifier"), QUASI_IDENTIFIER("quasiIdentifier"), SENSITIVE("sensitive"),
    OPERATIONAL("operational");

    private final String yamlName;

    FieldRole(String yamlName) {
      this.yamlName = yamlName;
    }

    /** The spelling used in scenario files. */
    @JsonValue
    public String yamlName() {
      return yamlName;
    }
  }
}
