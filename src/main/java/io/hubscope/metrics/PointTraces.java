package io.hubscope.metrics;

import io.hubscope.simulation.StreamSeeds;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * An observer's records indexed for {@link UnicityMetric}: each distinct point (place, time) has the sorted list of
 * the people whose trace holds it (its posting list), and the records of the sampled people are gathered with their
 * point numbers. A trace "holds" a point when the point's posting list contains the person.
 *
 * <p>Construction: the records arrive bucketed by the top byte of their point code ({@link BucketedKeys}), so equal
 * points share a bucket; in each bucket (a few thousand records for a replication, in cache) the distinct points are
 * numbered with a {@link LongIdMap}, and the (point, person) pairs radix-sorted and deduplicated into posting
 * lists, O(n) overall, buckets in parallel. Points are numbered bucket by bucket in order of first appearance; the
 * numbering is arbitrary, as uniqueness depends only on which people hold which points.
 */
final class PointTraces {

  /** One bucket's points: the local number of each record's point, and each point's sorted distinct people. */
  private record Bucket(int points, int[] pointOf, long[] who, int[] postStart, int[] postPeople) {}

  private final List<Bucket> buckets;
  private final int[] base;
  private final int[] postStart;
  private final int[] postPeople;
  private final int[] recordCount;
  private int[] recordStart;
  private int[] recordPoint;
  private int[] recordRow;

  /**
   * Indexes records.
   *
   * @param points point code of each record, carrying (person &lt;&lt; 32 | row)
   * @param persons number of people (person indices are below it)
   */
  PointTraces(BucketedKeys points, int persons) {
    int personBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, persons - 1));
    buckets = points.mapBuckets((keys, ints, who) -> index(keys, who, personBits));
    base = new int[buckets.size() + 1];
    int postings = 0;
    for (int b = 0; b < buckets.size(); b++) {
      base[b + 1] = base[b] + buckets.get(b).points();
      postings += buckets.get(b).postPeople().length;
    }
    postStart = new int[base[buckets.size()] + 1];
    postPeople = new int[postings];
    recordCount = new int[persons];
    int d = 0;
    for (int b = 0; b < buckets.size(); b++) {
      Bucket bucket = buckets.get(b);
      for (int q = 0; q < bucket.points(); q++) {
        postStart[base[b] + q + 1] = d + bucket.postStart()[q + 1];
      }
      System.arraycopy(bucket.postPeople(), 0, postPeople, d, bucket.postPeople().length);
      d += bucket.postPeople().length;
      for (long w : bucket.who()) {
        recordCount[(int) (w >>> 32)]++;
      }
    }
  }

  /** Numbers a bucket's points and builds their posting lists. */
  private static Bucket index(long[] keys, long[] who, int personBits) {
    int m = keys.length;
    LongIdMap ids = new LongIdMap(m);
    int[] pointOf = new int[m];
    for (int i = 0; i < m; i++) {
      pointOf[i] = ids.idOf(keys[i]);
    }
    int points = ids.size();
    long[] pairs = new long[m];
    for (int i = 0; i < m; i++) {
      pairs[i] = ((long) pointOf[i] << personBits) | (who[i] >>> 32);
    }
    RadixSort.sort(pairs, m);
    long personMask = (1L << personBits) - 1;
    int[] postStart = new int[points + 1];
    int[] people = new int[m];
    int d = 0;
    for (int k = 0; k < m; k++) {
      if (k == 0 || pairs[k] != pairs[k - 1]) {
        people[d++] = (int) (pairs[k] & personMask);
        postStart[(int) (pairs[k] >>> personBits) + 1] = d;
      }
    }
    return new Bucket(points, pointOf, who, postStart, Arrays.copyOf(people, d));
  }

  /**
   * Keeps the records of the given people (only theirs are drawn from).
   *
   * @param people people whose records are kept
   */
  void gatherRecords(BitSet people) {
    int persons = recordCount.length;
    recordStart = new int[persons + 1];
    for (int p = people.nextSetBit(0); p >= 0; p = people.nextSetBit(p + 1)) {
      recordStart[p + 1] = recordCount[p];
    }
    for (int p = 0; p < persons; p++) {
      recordStart[p + 1] += recordStart[p];
    }
    recordPoint = new int[recordStart[persons]];
    recordRow = new int[recordPoint.length];
    int[] at = Arrays.copyOf(recordStart, persons);
    for (int b = 0; b < buckets.size(); b++) {
      Bucket bucket = buckets.get(b);
      long[] who = bucket.who();
      for (int i = 0; i < who.length; i++) {
        int person = (int) (who[i] >>> 32);
        if (people.get(person)) {
          int k = at[person]++;
          recordPoint[k] = base[b] + bucket.pointOf()[i];
          recordRow[k] = (int) who[i];
        }
      }
    }
  }

  /**
   * @param p person
   * @return the person's number of records
   */
  int recordCount(int p) {
    return recordCount[p];
  }

  /**
   * The people in {@code [lo, hi)} who have records, in a random order given by a keyed hash of the person (the
   * first m of them, or the first m with at least p records, are uniform samples without replacement).
   *
   * @param lo first person
   * @param hi end person
   * @param order every person in that random order ({@link ViewProfile#peopleByPriority})
   * @return people, in hash order
   */
  int[] byPriority(int lo, int hi, int[] order) {
    int[] out = new int[hi - lo];
    int k = 0;
    for (int p : order) {
      if (p >= lo && p < hi && recordCount(p) > 0) {
        out[k++] = p;
      }
    }
    return Arrays.copyOf(out, k);
  }

  /**
   * Uniqueness of one person for p = 1..maxPoints known records.
   *
   * @param t the person
   * @param maxPoints largest p
   * @param key sampling key (orders the person's records)
   * @return {@code u[p]} true when the first p records single the person out ({@code u[0]} unused)
   */
  boolean[] uniqueness(int t, int maxPoints, long key) {
    int lo = recordStart[t];
    int n = recordStart[t + 1] - lo;
    long[] prio = new long[n];
    int[] pts = new int[n];
    for (int k = 0; k < n; k++) {
      prio[k] = StreamSeeds.mix(key ^ StreamSeeds.mix(recordRow[lo + k] * 2L));
      pts[k] = recordPoint[lo + k];
    }
    RadixSort.sort(prio, pts, n);
    boolean[] u = new boolean[maxPoints + 1];
    int[] known = new int[Math.min(n, maxPoints)];
    int size = 0;
    int witness = -1;
    boolean unique = false;
    for (int p = 1; p <= maxPoints; p++) {
      boolean grew = false;
      if (p <= n && indexOf(known, size, pts[p - 1]) < 0) {
        known[size++] = pts[p - 1];
        grew = true;
      }
      if (!unique && (grew || p == 1)) {
        if (witness >= 0 && holdsAll(witness, known, size)) {
          unique = false;
        } else {
          witness = otherHolder(t, known, size);
          unique = witness < 0;
        }
      }
      u[p] = unique;
    }
    return u;
  }

  /** Another person whose trace holds every known point, or -1. */
  private int otherHolder(int t, int[] known, int size) {
    int rarest = known[0];
    for (int k = 1; k < size; k++) {
      if (postingSize(known[k]) < postingSize(rarest)) {
        rarest = known[k];
      }
    }
    for (int j = postStart[rarest]; j < postStart[rarest + 1]; j++) {
      int c = postPeople[j];
      if (c != t && holdsAll(c, known, size)) {
        return c;
      }
    }
    return -1;
  }

  private int postingSize(int point) {
    return postStart[point + 1] - postStart[point];
  }

  private boolean holdsAll(int someone, int[] known, int size) {
    for (int k = 0; k < size; k++) {
      if (Arrays.binarySearch(postPeople, postStart[known[k]], postStart[known[k] + 1], someone) < 0) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(int[] a, int size, int v) {
    for (int k = 0; k < size; k++) {
      if (a[k] == v) {
        return k;
      }
    }
    return -1;
  }
}
