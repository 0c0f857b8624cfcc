package io.hubscope.metrics;

import io.hubscope.scenario.Category;
import io.hubscope.scenario.CategoryTag;
import io.hubscope.simulation.ShipmentColumns;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Attribute inference: special categories of personal data (GDPR Art. 9: health, religion, politics, sexuality,
 * ...) that the observer learns about identifiable people, and the regional picture ("local sentiment") it can draw.
 *
 * <p>The observer <em>can tell</em> that a shipment's category carries tag T when it holds a product field
 * ({@code item.category}, {@code item.description} or {@code item.hs}) in clear or generalised and every catalogue
 * category with the same observed code carries T ({@link ViewProfile}): a clear category or description tells its
 * tags; an HS code generalised to 2 digits tells "health" only if every category in that chapter is a health
 * category. The observer is assumed to know the catalogue; a pseudonymised category tells nothing.
 *
 * <p>Measures, per population P and special-category tag T present in the catalogue (group
 * {@code population=P;tag=T}), unit {@code share}:
 * <ul>
 *   <li>{@code special_revealed} = people of P with a shipment that carries T, whose tag the observer can tell, and
 *       on which it identifies the buyer directly or singles the record out (its quasi-identifier class has k = 1,
 *       as in {@code reid}) / people of P with at least one shipment: the observer can attach "bought a T item" to
 *       that identifiable person;</li>
 *   <li>{@code special_buyers} = people of P with at least one shipment carrying T / people of P with at least one
 *       shipment (the truth, for scale);</li>
 *   <li>{@code regional_mae} = (1/Z) &Sigma;<sub>z</sub> |e<sub>z</sub> - t<sub>z</sub>| over the Z destination
 *       zones with shipments of P, where t<sub>z</sub> is the market share of P's shipments to zone z that carry T
 *       and e<sub>z</sub> the observer's estimate of it: among its records whose zone it can tell (it holds a
 *       postcode with at least the zone prefix's digits), the share whose tag T it can tell. Scaling its counts by
 *       its coverage to estimate market volumes cancels in a share. For a zone it holds no such record of, it uses
 *       its share over all its records of P (0 when it holds none);</li>
 *   <li>{@code regional_truth_mean} = (1/Z) &Sigma;<sub>z</sub> t<sub>z</sub>, the scale of the error.</li>
 * </ul>
 * An observer that cannot tell the tag estimates 0 everywhere, so its error equals the truth mean.
 *
 * <p>Complexity: O(n &middot; q) tuple hashes (shared with {@code reid}), O(n) hash-table lookups of the held
 * records' tuples among the pending tagged records' at emit, O(zones &middot; tags) counters, O(people
 * &middot; tags) bits. Memory: 8 bytes per held record (none when every record
 * whose tag the observer can tell is identified directly) plus 16 per tagged, non-identified held record.
 *
 * <p>References: Regulation (EU) 2016/679 (GDPR) Art. 9; Article 29 Working Party, Opinion 05/2014 (inference);
 * Y.-A. de Montjoye et al., Science 347:536, 2015 (what purchases reveal).
 */
public final class AttributeInferenceMetric implements Metric {

  @Override
  public String name() {
    return "attribute";
  }

  @Override
  public String description() {
    return "Special-category purchases (health, religion, politics, sexuality) revealed about identified or "
        + "singled-out people, and the error of the observer's regional estimate of their share.";
  }

  @Override
  public MetricAccumulator newAccumulator(MetricContext context) {
    return ReplayAccumulator.of(context, Accumulator.class, Accumulator::new);
  }

  /**
   * The special-category tags carried by some category of a catalogue, in tag order.
   *
   * @param catalogue catalogue
   * @return tags
   */
  static List<CategoryTag> specialTags(List<Category> catalogue) {
    List<CategoryTag> out = new ArrayList<>();
    for (CategoryTag t : CategoryTag.values()) {
      if (t.specialCategory() && catalogue.stream().anyMatch(c -> c.tags() != null && c.tags().contains(t))) {
        out.add(t);
      }
    }
    return out;
  }

  private static final class Accumulator implements MetricAccumulator {
    private final ViewProfile profile;
    private final ViewProfile.RowsRead read = new ViewProfile.RowsRead();
    private final CategoryTag[] tags;
    private final int[] carried;
    private final int[] told;
    /** Whether some held record can be tagged without being identified directly (then classes are needed). */
    private final boolean singlingOutMatters;
    private final int zones;
    private final BitSet[] revealed;
    private final LongColumn heldKeys = new LongColumn();
    private final LongColumn pendingKeys = new LongColumn();
    private final IntColumn pendingPeople = new IntColumn();
    private final IntColumn pendingTags = new IntColumn();
    private final long[][] seen;
    private final long[][][] seenTagged;
    private final long[] seenAll = new long[2];
    private final long[][] seenAllTagged;

    Accumulator(ViewProfile profile) {
      this.profile = profile;
      List<Category> catalogue = profile.context.scenario().catalogue();
      this.tags = specialTags(catalogue).toArray(new CategoryTag[0]);
      this.carried = new int[catalogue.size()];
      for (int c = 0; c < carried.length; c++) {
        for (int t = 0; t < tags.length; t++) {
          List<CategoryTag> ct = catalogue.get(c).tags();
          if (ct != null && ct.contains(tags[t])) {
            carried[c] |= 1 << t;
          }
        }
      }
      this.zones = profile.world.zones().zoneCount();
      this.told = new int[profile.routeCount * carried.length];
      boolean matters = false;
      for (int r = 0; r < profile.routeCount; r++) {
        boolean identifiesAll = profile.direct(r, 0) && profile.direct(r, profile.consumers);
        for (int c = 0; c < carried.length; c++) {
          int mask = profile.tagsTold(r, c);
          for (int t = 0; t < tags.length; t++) {
            if ((mask & (1 << tags[t].ordinal())) != 0) {
              told[r * carried.length + c] |= 1 << t;
            }
          }
          matters |= profile.touches(r) && !identifiesAll && (told[r * carried.length + c] & carried[c]) != 0;
        }
      }
      this.singlingOutMatters = matters;
      revealed = new BitSet[tags.length];
      for (int t = 0; t < tags.length; t++) {
        revealed[t] = new BitSet(profile.persons);
      }
      seen = new long[2][zones];
      seenTagged = new long[2][tags.length][zones];
      seenAllTagged = new long[2][tags.length];
    }

    /** Tags (bit t = tags[t]) the observer can tell on a route for a category. */
    private int told(int route, int category) {
      return told[route * carried.length + category];
    }

    @Override
    public void add(ShipmentColumns s, int from, int to) {
      read.add(s, from, to);
      ShardCodes sc = profile.shard(s, from, to);
      long[] qi = profile.qiHashes(sc, s, to);
      int[] zoneOf = profile.zoneOfPerson();
      for (int i = from; i < to; i++) {
        int r = s.recipient[i];
        int route = s.route[i];
        if (!profile.touches(route)) {
          continue;
        }
        int pop = profile.population(r);
        int zone = zoneOf[r];
        int carries = carried[s.category[i]];
        if (singlingOutMatters) {
          heldKeys.add(qi[i - from]);
        }
        int told = told(route, s.category[i]) & carries;
        boolean zoneTold = profile.zoneTold(route, zone);
        seenAll[pop]++;
        if (zoneTold) {
          seen[pop][zone]++;
        }
        for (int t = 0; told != 0 && t < tags.length; t++) {
          if ((told & (1 << t)) != 0) {
            seenAllTagged[pop][t]++;
            if (zoneTold) {
              seenTagged[pop][t][zone]++;
            }
          }
        }
        if (told == 0) {
          continue;
        }
        if (profile.direct(route, r)) {
          reveal(r, told);
        } else {
          pendingKeys.add(qi[i - from]);
          pendingPeople.add(r);
          pendingTags.add(told);
        }
      }
    }

    private void reveal(int person, int told) {
      for (int t = 0; t < tags.length; t++) {
        if ((told & (1 << t)) != 0) {
          revealed[t].set(person);
        }
      }
    }

    @Override
    public void merge(MetricAccumulator other) {
      Accumulator o = (Accumulator) other;
      read.merge(o.read);
      for (int t = 0; t < tags.length; t++) {
        revealed[t].or(o.revealed[t]);
      }
      heldKeys.absorb(o.heldKeys);
      pendingKeys.absorb(o.pendingKeys);
      pendingPeople.absorb(o.pendingPeople);
      pendingTags.absorb(o.pendingTags);
      for (int p = 0; p < 2; p++) {
        seenAll[p] += o.seenAll[p];
        for (int z = 0; z < zones; z++) {
          seen[p][z] += o.seen[p][z];
        }
        for (int t = 0; t < tags.length; t++) {
          seenAllTagged[p][t] += o.seenAllTagged[p][t];
          for (int z = 0; z < zones; z++) {
            seenTagged[p][t][z] += o.seenTagged[p][t][z];
          }
        }
      }
    }

    @Override
    public void emit(MetricSink sink) {
      profile.emitOnce(getClass(), read, sink, this::compute);
    }

    private void compute(MetricSink sink) {
      revealSingledOut();
      Truth market = profile.marketValue("attribute.truth", read, () -> new Truth(read));
      long[][] total = market.total;
      long[][][] tagged = market.tagged;
      for (int pop = 0; pop < 2; pop++) {
        int lo = profile.firstPerson(pop);
        int hi = profile.endPerson(pop);
        int peopleP = MarketCounts.of(profile, read).people(pop, 1);
        for (int t = 0; t < tags.length; t++) {
          String group = Groups.of("population", ViewProfile.POPULATIONS[pop], "tag", tags[t].yamlName());
          sink.accept("special_revealed", group,
              CoverageMetric.ratio(revealed[t].get(lo, hi).cardinality(), peopleP), "share");
          sink.accept("special_buyers", group,
              CoverageMetric.ratio(market.buyers[t].get(lo, hi).cardinality(), peopleP), "share");
          double fallback = seenAll[pop] == 0 ? 0 : seenAllTagged[pop][t] / (double) seenAll[pop];
          double error = 0;
          double truth = 0;
          int counted = 0;
          for (int z = 0; z < zones; z++) {
            if (total[pop][z] == 0) {
              continue;
            }
            double tz = tagged[pop][t][z] / (double) total[pop][z];
            double ez = seen[pop][z] == 0 ? fallback : seenTagged[pop][t][z] / (double) seen[pop][z];
            error += Math.abs(ez - tz);
            truth += tz;
            counted++;
          }
          sink.accept("regional_mae", group, CoverageMetric.ratio(error, counted), "share");
          sink.accept("regional_truth_mean", group, CoverageMetric.ratio(truth, counted), "share");
        }
      }
    }

    /**
     * The truth over the market rows read, the same for every observer (computed once per replication): the buyers
     * of each tag, and shipments per population and zone, in all and carrying each tag.
     */
    private final class Truth {
      final BitSet[] buyers = new BitSet[tags.length];
      final long[][] total = new long[2][zones];
      final long[][][] tagged = new long[2][tags.length][zones];

      Truth(ViewProfile.RowsRead read) {
        int[] zoneOf = profile.zoneOfPerson();
        for (int t = 0; t < tags.length; t++) {
          buyers[t] = new BitSet(profile.persons);
        }
        read.forEach((s, from, to) -> {
          for (int i = from; i < to; i++) {
            int r = s.recipient[i];
            int pop = profile.population(r);
            int zone = zoneOf[r];
            int carries = carried[s.category[i]];
            total[pop][zone]++;
            for (int t = 0; carries != 0 && t < tags.length; t++) {
              if ((carries & (1 << t)) != 0) {
                tagged[pop][t][zone]++;
                buyers[t].set(r);
              }
            }
          }
        });
      }
    }

    /**
     * Marks the people of pending tagged records whose quasi-identifier class among all held records has k = 1:
     * the pending tuples are numbered in a hash table, every held record's tuple is looked up and counted.
     */
    private void revealSingledOut() {
      long[] pk = pendingKeys.toArray();
      if (pk.length == 0) {
        return;
      }
      int[] who = pendingPeople.toArray();
      int[] what = pendingTags.toArray();
      LongIdMap ids = new LongIdMap(Math.max(16, pk.length));
      int[] id = new int[pk.length];
      for (int i = 0; i < pk.length; i++) {
        id[i] = ids.idOf(pk[i]);
      }
      int[] k = new int[ids.size()];
      for (long key : heldKeys.toArray()) {
        int j = ids.find(key);
        if (j >= 0) {
          k[j]++;
        }
      }
      for (int i = 0; i < pk.length; i++) {
        if (k[id[i]] == 1) {
          reveal(who[i], what[i]);
        }
      }
    }
  }
}
