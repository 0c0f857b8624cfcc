package io.hubscope.scenario;

import java.util.List;

/**
 * Whose view is measured: a party plus the parties whose data it can pool.
 *
 * @param id identifier used in results
 * @param description threat model in one sentence
 * @param party the observing party
 * @param pool further party ids whose received data it pools
 * @param poolGroup when true, every party of the observer's corporate group is pooled
 * @param poolJurisdictions every party under one of these jurisdictions is pooled (a state that can compel them)
 */
public record ObserverSpec(
    String id,
    String description,
    String party,
    List<String> pool,
    Boolean poolGroup,
    List<String> poolJurisdictions) {}
