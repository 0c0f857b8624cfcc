package io.hubscope.metrics;

import io.hubscope.simulation.ShipmentColumns;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Stands in for a people metric's accumulator when the observer shares its {@link ViewProfile} with an earlier
 * observer (its view holds every field on every route in the same form, so its values equal the earlier one's by
 * construction). It only records which rows it is given; at emit it replays the values the earlier observer's
 * accumulator emitted for the same rows ({@link ViewProfile#replay}). When none were emitted (the earlier observer
 * was not measured on these rows, or not yet), it computes them from the recorded rows as the engine would have:
 * one fresh accumulator per recorded range of rows ({@link ViewProfile.RowsRead#forEach}), merged in order. This
 * saves the per-row work of every observer but the first of a shared profile, on every shard.
 */
final class ReplayAccumulator implements MetricAccumulator {

  private final ViewProfile profile;
  private final Class<?> accumulator;
  private final Supplier<MetricAccumulator> fresh;
  private final ViewProfile.RowsRead read = new ViewProfile.RowsRead();

  private ReplayAccumulator(ViewProfile profile, Class<?> accumulator, Supplier<MetricAccumulator> fresh) {
    this.profile = profile;
    this.accumulator = accumulator;
    this.fresh = fresh;
  }

  /**
   * The accumulator of a people metric for a context: the metric's own when the context's observer leads its
   * profile, else a replaying stand-in.
   *
   * @param context metric context
   * @param accumulator class of the metric's accumulator (the key its values are emitted under, see
   *     {@link ViewProfile#emitOnce})
   * @param make makes the metric's accumulator on a profile
   * @return an empty accumulator
   */
  static MetricAccumulator of(MetricContext context, Class<?> accumulator,
      Function<ViewProfile, MetricAccumulator> make) {
    ViewProfile profile = ViewProfile.of(context);
    if (profile.leads(context)) {
      return make.apply(profile);
    }
    return new ReplayAccumulator(profile, accumulator, () -> make.apply(profile));
  }

  @Override
  public void add(ShipmentColumns shipments, int from, int to) {
    read.add(shipments, from, to);
  }

  @Override
  public void merge(MetricAccumulator other) {
    ReplayAccumulator o = (ReplayAccumulator) other;
    read.merge(o.read);
  }

  @Override
  public void emit(MetricSink sink) {
    if (profile.replay(accumulator, read, sink)) {
      return;
    }
    MetricAccumulator total = fresh.get();
    read.forEach((s, from, to) -> {
      MetricAccumulator a = fresh.get();
      a.add(s, from, to);
      total.merge(a);
    });
    total.emit(sink);
  }
}
