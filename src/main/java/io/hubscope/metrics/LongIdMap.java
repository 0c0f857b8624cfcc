package io.hubscope.metrics;

import io.hubscope.simulation.StreamSeeds;

/**
 * Numbers distinct 64-bit codes densely (0, 1, 2, ... in order of first appearance) with an open-addressing hash
 * table, to turn observed codes into small array indices. O(1) expected per lookup; memory 12 bytes per slot at a
 * load factor of at most 1/2.
 */
final class LongIdMap {

  private long[] keys;
  private int[] ids;
  private int mask;
  private int size;

  /**
   * An empty map.
   *
   * @param expected expected number of distinct codes (a hint)
   */
  LongIdMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected) - 1) << 2;
    keys = new long[capacity];
    ids = new int[capacity];
    java.util.Arrays.fill(ids, -1);
    mask = capacity - 1;
  }

  /**
   * The number of a code, assigning the next one when it is new.
   *
   * @param key code
   * @return its dense number
   */
  int idOf(long key) {
    int h = (int) StreamSeeds.mix(key) & mask;
    while (ids[h] >= 0) {
      if (keys[h] == key) {
        return ids[h];
      }
      h = (h + 1) & mask;
    }
    keys[h] = key;
    ids[h] = size;
    size++;
    if (size * 2 > ids.length) {
      grow();
    }
    return size - 1;
  }

  /**
   * The number of a code already seen.
   *
   * @param key code
   * @return its dense number, or -1 when it was never seen
   */
  int find(long key) {
    int h = (int) StreamSeeds.mix(key) & mask;
    while (ids[h] >= 0) {
      if (keys[h] == key) {
        return ids[h];
      }
      h = (h + 1) & mask;
    }
    return -1;
  }

  /** Number of distinct codes seen. */
  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldIds = ids;
    keys = new long[oldKeys.length * 2];
    ids = new int[oldIds.length * 2];
    java.util.Arrays.fill(ids, -1);
    mask = ids.length - 1;
    for (int k = 0; k < oldIds.length; k++) {
      if (oldIds[k] >= 0) {
        int h = (int) StreamSeeds.mix(oldKeys[k]) & mask;
        while (ids[h] >= 0) {
          h = (h + 1) & mask;
        }
        keys[h] = oldKeys[k];
        ids[h] = oldIds[k];
      }
    }
  }
}
