package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Staging areas lent between key sets on one thread never mix their keys. */
class BucketedKeysTest {

  private static long key(int bucket, int low) {
    return ((long) bucket << 56) | low;
  }

  @Test
  void setsFilledOneAfterTheOtherOrInterleavedKeepTheirOwnKeys() {
    BucketedKeys first = new BucketedKeys(BucketedKeys.Payload.INT);
    first.reserve(3);
    first.add(key(2, 1), 10);
    first.add(key(1, 2), 20);
    first.add(key(2, 3), 30);
    first.seal();
    // the next two reserve while both are unsealed: one borrows the first set's staging area, the other does not
    BucketedKeys second = new BucketedKeys(BucketedKeys.Payload.INT);
    BucketedKeys third = new BucketedKeys(BucketedKeys.Payload.INT);
    second.reserve(2);
    third.reserve(2);
    second.add(key(1, 4), 40);
    third.add(key(1, 5), 50);
    second.add(key(2, 6), 60);
    third.add(key(3, 7), 70);
    second.seal();
    third.seal();
    first.absorb(second);

    BucketedKeys.Sorted sorted = first.sorted();
    assertThat(sorted.keys()).containsExactly(key(1, 2), key(1, 4), key(2, 1), key(2, 3), key(2, 6));
    assertThat(sorted.ints()).containsExactly(20, 40, 10, 30, 60);
    BucketedKeys.Sorted other = third.sorted();
    assertThat(other.keys()).containsExactly(key(1, 5), key(3, 7));
    assertThat(other.ints()).containsExactly(50, 70);
  }

  @Test
  void classesFoldTheirSizesAndFlags() {
    BucketedKeys keys = new BucketedKeys(BucketedKeys.Payload.NONE);
    // class 5 (in bucket 1) twice, one flagged; class 9 (bucket 200) three times, two flagged
    keys.add(key(1, 5 << 1));
    keys.add(key(200, (9 << 1) | 1));
    keys.add(key(1, (5 << 1) | 1));
    keys.add(key(200, (9 << 1) | 1));
    keys.add(key(200, 9 << 1));
    long[] sizes = keys.foldClasses(() -> new long[4],
        (into, cls, size, flagged) -> {
          into[0] += size;
          into[1] += flagged;
          into[2]++;
          into[3] += (long) size * size;
        },
        (a, b) -> {
          for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
          }
        });
    assertThat(sizes).containsExactly(5, 3, 2, 4 + 9);
  }
}
