package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The unicity index on a few hand-made traces, and the bucket map it is built on. */
class PointTracesTest {

  /** Point codes whose top bytes put A and C in one bucket, B in another. */
  private static final long A = 0x0100_0000_0000_0001L;
  private static final long B = 0x7F00_0000_0000_0002L;
  private static final long C = 0x0100_0000_0000_0003L;

  private static long who(int person, int row) {
    return ((long) person << 32) | row;
  }

  /** Person 0 holds {A, B}, person 1 {A}, person 2 {B, C}; person 3 has no record. */
  private static BucketedKeys traces() {
    BucketedKeys first = new BucketedKeys(BucketedKeys.Payload.LONG);
    first.reserve(3);
    first.add(A, who(0, 0));
    first.add(B, who(2, 1));
    first.add(A, who(1, 2));
    first.seal();
    BucketedKeys second = new BucketedKeys(BucketedKeys.Payload.LONG);
    second.add(B, who(0, 3));
    second.add(C, who(2, 4));
    first.absorb(second);
    return first;
  }

  @Test
  void bucketsHoldTheirKeysInMergeOrder() {
    List<long[]> buckets = traces().mapBuckets((keys, ints, longs) -> {
      assertThat(ints).isNull();
      assertThat(longs).hasSameSizeAs(keys);
      return keys;
    });
    assertThat(buckets).hasSize(256);
    assertThat(buckets.get(0x01)).containsExactly(A, A, C);
    assertThat(buckets.get(0x7F)).containsExactly(B, B);
    assertThat(buckets.get(0x00)).isEmpty();
  }

  @Test
  void aPersonIsUniqueOnceNoOtherTraceHoldsAllTheKnownPoints() {
    PointTraces t = new PointTraces(traces(), 4);
    assertThat(t.recordCount(0)).isEqualTo(2);
    assertThat(t.recordCount(1)).isEqualTo(1);
    assertThat(t.recordCount(3)).isZero();
    assertThat(t.byPriority(0, 4, new int[] {3, 2, 0, 1})).containsExactly(2, 0, 1);
    assertThat(t.byPriority(1, 3, new int[] {3, 2, 0, 1})).containsExactly(2, 1);
    BitSet all = new BitSet();
    all.set(0, 4);
    t.gatherRecords(all);
    // {A} and {B} are each shared; {A, B} is person 0's alone, whatever order the records are drawn in
    assertThat(t.uniqueness(0, 2, 11)).containsExactly(false, false, true);
    // person 1's only point is shared with person 0, and knowing it twice adds nothing
    assertThat(t.uniqueness(1, 2, 11)).containsExactly(false, false, false);
    // nobody else holds C, so person 2 is unique with both points known
    assertThat(t.uniqueness(2, 2, 11)[2]).isTrue();
  }
}
