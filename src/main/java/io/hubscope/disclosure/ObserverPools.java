package io.hubscope.disclosure;

import io.hubscope.scenario.ObserverSpec;
import io.hubscope.scenario.Party;
import io.hubscope.world.ScenarioIndex;
import java.util.BitSet;

/**
 * The parties whose data an observer pools: its own party, the listed {@code pool} parties, every party of its
 * corporate group when {@code poolGroup} is true, and every party under one of {@code poolJurisdictions}.
 */
public final class ObserverPools {

  private ObserverPools() {}

  /**
   * Resolves an observer's pool.
   *
   * @param observer the observer
   * @param index scenario indices
   * @return party indices in the pool
   */
  public static BitSet of(ObserverSpec observer, ScenarioIndex index) {
    BitSet pool = new BitSet(index.partyCount());
    int self = index.party(observer.party());
    pool.set(self);
    if (observer.pool() != null) {
      observer.pool().forEach(id -> pool.set(index.party(id)));
    }
    String group = index.partyAt(self).group();
    boolean byGroup = Boolean.TRUE.equals(observer.poolGroup()) && group != null;
    for (int p = 0; p < index.partyCount(); p++) {
      Party party = index.partyAt(p);
      if (byGroup && group.equals(party.group())) {
        pool.set(p);
      }
      if (observer.poolJurisdictions() != null && party.jurisdiction() != null
          && observer.poolJurisdictions().contains(party.jurisdiction())) {
        pool.set(p);
      }
    }
    return pool;
  }
}
