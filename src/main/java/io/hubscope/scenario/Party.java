package io.hubscope.scenario;

/**
 * An organisation (or population) that sends or receives data.
 *
 * @param id identifier referenced everywhere else
 * @param name human-readable name
 * @param role what it does in the flow
 * @param group corporate group; observers may pool the data of a whole group
 * @param jurisdiction ISO country code of the law that can compel it
 */
public record Party(String id, String name, PartyRole role, String group, String jurisdiction) {}
