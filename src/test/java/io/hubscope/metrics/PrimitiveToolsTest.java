package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The radix sort, growable columns and code numbering the metrics are built on. */
class PrimitiveToolsTest {

  @Provide
  Arbitrary<List<Long>> keys() {
    Arbitrary<Long> any = Arbitraries.longs();
    Arbitrary<Long> few = Arbitraries.longs().between(-3, 3).map(x -> x * 0x0123_4567_89AB_CDEFL);
    return Arbitraries.oneOf(any, few).list().ofMaxSize(3000);
  }

  @Property(tries = 80)
  void radixSortOrdersUnsignedAndKeepsEqualKeysInInputOrder(@ForAll("keys") List<Long> input) {
    int n = input.size();
    long[] keys = new long[n];
    int[] positions = new int[n];
    long[] doubled = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = input.get(i);
      positions[i] = i;
      doubled[i] = 2L * i;
    }
    long[] again = keys.clone();
    RadixSort.sort(keys, positions, n);
    RadixSort.sort(again, doubled, n);
    List<long[]> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      expected.add(new long[] {input.get(i), i});
    }
    expected.sort(Comparator.<long[]>comparingLong(a -> a[0] ^ Long.MIN_VALUE).thenComparingLong(a -> a[1]));
    for (int i = 0; i < n; i++) {
      assertThat(keys[i]).isEqualTo(expected.get(i)[0]);
      assertThat(positions[i]).isEqualTo((int) expected.get(i)[1]);
      assertThat(again[i]).isEqualTo(keys[i]);
      assertThat(doubled[i]).isEqualTo(2L * positions[i]);
    }
  }

  @Test
  void columnsConcatenateInMergeOrder() {
    LongColumn a = new LongColumn();
    LongColumn b = new LongColumn();
    IntColumn c = new IntColumn();
    IntColumn d = new IntColumn();
    for (int i = 0; i < 100; i++) {
      a.add(i);
      c.add(i);
    }
    for (int i = 100; i < 150; i++) {
      b.add(i);
      d.add(i);
    }
    a.absorb(b);
    c.absorb(d);
    a.add(150);
    assertThat(a.size()).isEqualTo(151);
    assertThat(b.size()).isZero();
    long[] all = a.toArray();
    int[] ints = c.toArray();
    for (int i = 0; i < 151; i++) {
      assertThat(all[i]).isEqualTo(i);
    }
    for (int i = 0; i < 150; i++) {
      assertThat(ints[i]).isEqualTo(i);
    }
  }

  @Test
  void codesAreNumberedInOrderOfFirstAppearance() {
    LongIdMap ids = new LongIdMap(2);
    for (long k = 0; k < 10_000; k++) {
      assertThat(ids.idOf(k * 7919 - 5000)).isEqualTo((int) k);
    }
    assertThat(ids.idOf(-5000)).isZero();
    assertThat(ids.find(7919 - 5000)).isEqualTo(1);
    assertThat(ids.find(3)).isEqualTo(-1);
    assertThat(ids.size()).isEqualTo(10_000);
  }
}
