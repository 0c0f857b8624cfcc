package io.hubscope.disclosure;

import java.util.List;

/**
 * What every party holds of every field, per route: the table the engine applies to each shipment.
 *
 * <p>Layout: flat arrays indexed by {@code slot(route, field, party) = (route * fieldCount + field) * partyCount +
 * party}: {@code code[slot]} is the {@link FieldForm#code()} (op ordinal, or {@link FieldForm#NONE_CODE}) and
 * {@code formId[slot]} indexes {@link #forms()} (distinct forms with their parameters; 0 is NONE).
 * Forms describe what a party RECEIVES. {@code sends[slot]} is true when the party is the sender of a message
 * carrying the field on that route; a sender must have had the data (it created it, or got it outside the modelled
 * messages), so consumers of the plan decide whether sending counts as exposure — the plan keeps the two apart.
 * Per (route, message): the resolved sender and recipient party indices.
 */
public final class DisclosurePlan {

  private final int routeCount;
  private final int fieldCount;
  private final int partyCount;
  private final int messageCount;
  private final byte[] code;
  private final int[] formId;
  private final boolean[] sends;
  private final List<FieldForm> forms;
  private final int[][] messageSenders;
  private final int[][] messageRecipients;

  DisclosurePlan(int routeCount, int fieldCount, int partyCount, int messageCount, byte[] code, int[] formId,
      boolean[] sends, List<FieldForm> forms, int[][] messageSenders, int[][] messageRecipients) {
    this.routeCount = routeCount;
    this.fieldCount = fieldCount;
    this.partyCount = partyCount;
    this.messageCount = messageCount;
    this.code = code;
    this.formId = formId;
    this.sends = sends;
    this.forms = List.copyOf(forms);
    this.messageSenders = messageSenders;
    this.messageRecipients = messageRecipients;
  }

  /** Number of routes. */
  public int routeCount() {
    return routeCount;
  }

  /** Number of fields. */
  public int fieldCount() {
    return fieldCount;
  }

  /** Number of parties. */
  public int partyCount() {
    return partyCount;
  }

  /**
   * The flat index of a (route, field, party) cell.
   *
   * @param route route index
   * @param field field index
   * @param party party index
   * @return slot
   */
  public int slot(int route, int field, int party) {
    return (route * fieldCount + field) * partyCount + party;
  }

  /**
   * @param route route index
   * @param field field index
   * @param party party index
   * @return form code (op ordinal, or {@link FieldForm#NONE_CODE})
   */
  public byte code(int route, int field, int party) {
    return code[slot(route, field, party)];
  }

  /**
   * @param route route index
   * @param field field index
   * @param party party index
   * @return the form with its parameters
   */
  public FieldForm form(int route, int field, int party) {
    return forms.get(formId[slot(route, field, party)]);
  }

  /**
   * @param route route index
   * @param field field index
   * @param party party index
   * @return index into {@link #forms()}
   */
  public int formId(int route, int field, int party) {
    return formId[slot(route, field, party)];
  }

  /**
   * @param route route index
   * @param field field index
   * @param party party index
   * @return whether the party sends the field on the route (as the sender of a message carrying it)
   */
  public boolean sends(int route, int field, int party) {
    return sends[slot(route, field, party)];
  }

  /** The distinct forms; {@code forms().get(0)} is {@link FieldForm#NONE}. */
  public List<FieldForm> forms() {
    return forms;
  }

  /** A copy of the code table (layout: see the class comment). */
  public byte[] codeTable() {
    return code.clone();
  }

  /** A copy of the form-id table (layout: see the class comment). */
  public int[] formIdTable() {
    return formId.clone();
  }

  /**
   * @param route route index
   * @param message message index
   * @return copy of the sending parties (a route token may stand for none or several)
   */
  public int[] senders(int route, int message) {
    return messageSenders[route * messageCount + message].clone();
  }

  /**
   * @param route route index
   * @param message message index
   * @return copy of the distinct recipient parties
   */
  public int[] recipients(int route, int message) {
    return messageRecipients[route * messageCount + message].clone();
  }
}
