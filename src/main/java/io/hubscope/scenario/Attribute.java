package io.hubscope.scenario;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The ground-truth attribute of a shipment that a field carries. Fields are named by the scenario (after the data
 * element of ICS2, H7 or CN23 they model); attributes are the fixed vocabulary the simulator knows how to fill.
 */
public enum Attribute {
  RECIPIENT_NAME("recipient.name", Kind.RECIPIENT_IDENTITY),
  RECIPIENT_STREET("recipient.street", Kind.RECIPIENT_IDENTITY),
  RECIPIENT_PHONE("recipient.phone", Kind.RECIPIENT_IDENTITY),
  RECIPIENT_EMAIL("recipient.email", Kind.RECIPIENT_IDENTITY),
  RECIPIENT_TAX_ID("recipient.taxId", Kind.RECIPIENT_IDENTITY),
  RECIPIENT_POSTCODE("recipient.postcode", Kind.POSTCODE),
  RECIPIENT_COUNTRY("recipient.country", Kind.CATEGORICAL),
  RECIPIENT_TYPE("recipient.type", Kind.CATEGORICAL),
  SENDER_NAME("sender.name", Kind.SENDER_IDENTITY),
  SENDER_ADDRESS("sender.address", Kind.SENDER_IDENTITY),
  SENDER_TAX_ID("sender.taxId", Kind.SENDER_IDENTITY),
  SENDER_ORIGIN("sender.origin", Kind.CATEGORICAL),
  MARKETPLACE_IOSS("marketplace.ioss", Kind.CATEGORICAL),
  ITEM_HS("item.hs", Kind.HS_CODE),
  ITEM_CATEGORY("item.category", Kind.CATEGORICAL),
  ITEM_DESCRIPTION("item.description", Kind.CATEGORICAL),
  ITEM_VALUE("item.value", Kind.NUMBER),
  PARCEL_WEIGHT("parcel.weight", Kind.NUMBER),
  PARCEL_TRACKING_ID("parcel.trackingId", Kind.SHIPMENT_KEY),
  TRANSPORT_MASTER_WAYBILL("transport.masterWaybill", Kind.CATEGORICAL),
  TRANSPORT_FLIGHT("transport.flight", Kind.CATEGORICAL),
  TRANSPORT_HUB("transport.hub", Kind.CATEGORICAL),
  TIME_ORDER("time.order", Kind.TIME),
  TIME_DISPATCH("time.dispatch", Kind.TIME),
  TIME_HUB_SCAN("time.hubScan", Kind.TIME),
  TIME_RELEASE("time.release", Kind.TIME),
  TIME_DELIVERY("time.delivery", Kind.TIME);

  /** How an attribute's values behave under transforms. */
  public enum Kind {
    /** Identifies the buyer (a consumer or a business): pseudonymisable, not generalisable. */
    RECIPIENT_IDENTITY,
    /** Identifies the merchant. */
    SENDER_IDENTITY,
    /** Identifies the shipment itself. */
    SHIPMENT_KEY,
    /** A postcode: generalised to a prefix of n digits. */
    POSTCODE,
    /** An HS code: generalised to 2 or 4 digits. */
    HS_CODE,
    /** A number: generalised to bins, noised with Laplace noise. */
    NUMBER,
    /** A time in hours since the start: rounded, noised. */
    TIME,
    /** A label from a small set. */
    CATEGORICAL
  }

  private final String yamlName;
  private final Kind kind;

  Attribute(String yamlName, Kind kind) {
    this.yamlName = yamlName;
    this.kind = kind;
  }

  /** The spelling used in scenario files. */
  @JsonValue
  public String yamlName() {
    return yamlName;
  }

  /** How the attribute behaves under transforms. */
  public Kind kind() {
    return kind;
  }
}
