package io.hubscope.metrics;

import io.hubscope.simulation.ShipmentColumns;
import java.lang.ref.WeakReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A value per thread for the last shard the thread asked about. The engine runs every (observer, metric) accumulator
 * of a shard in a row on one thread, so a value that does not depend on the observer can be made by the first
 * accumulator of the shard and shared by the others. The shipments are held weakly; shipments must not change once
 * simulated.
 *
 * @param <T> the value
 */
final class ShardLocal<T> {

  /** The value of a shard: rows {@code from..to-1} of the shipments. */
  private record Entry<T>(WeakReference<ShipmentColumns> shipments, int from, int to, T value) {}

  private final ThreadLocal<Entry<T>> current = new ThreadLocal<>();

  /**
   * The calling thread's value for a shard: the one it kept, when it is of the same rows and still fits, else a new
   * one, which it then keeps.
   *
   * @param s shipments
   * @param from first row
   * @param to end row
   * @param fits whether a kept value of the same rows also fits the caller's other inputs
   * @param make makes the value
   * @return the value
   */
  T get(ShipmentColumns s, int from, int to, Predicate<T> fits, Supplier<T> make) {
    Entry<T> e = current.get();
    if (e != null && e.shipments().get() == s && e.from() == from && e.to() == to && fits.test(e.value())) {
      return e.value();
    }
    T value = make.get();
    current.set(new Entry<>(new WeakReference<>(s), from, to, value));
    return value;
  }
}
