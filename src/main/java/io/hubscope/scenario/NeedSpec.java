package io.hubscope.scenario;

import java.util.List;

/**
 * The fields a party needs to do its job; used to measure the utility each party keeps under a mitigation.
 *
 * @param party party id
 * @param purpose what the fields are needed for (sorting, clearance, delivery...)
 * @param fields field ids it must receive in a usable form
 */
public record NeedSpec(String party, String purpose, List<String> fields) {}
