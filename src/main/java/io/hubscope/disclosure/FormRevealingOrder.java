package io.hubscope.disclosure;

import java.util.Comparator;

/**
 * Orders forms from most to least revealing, to decide what a party holds when it gets the same field through
 * several messages: it keeps the most revealing form.
 *
 * <p>Rule: first by operation in {@code TransformSpec.Op} declaration order — keep &gt; generalise &gt; noise &gt;
 * pseudonymise &gt; aggregateOnly &gt; omit — then {@link FieldForm#NONE} (not received) last. Within one operation:
 * generalise keeping more digits, a narrower bin or a finer rounding is more revealing; noise with a smaller
 * Laplace scale (sensitivity / epsilon) is more revealing; a keyed pseudonym (linkable across shipments) is more
 * revealing than a per-shipment one.
 */
public final class FormRevealingOrder implements Comparator<FieldForm> {

  /** The order. */
  public static final FormRevealingOrder INSTANCE = new FormRevealingOrder();

  private FormRevealingOrder() {}

  @Override
  public int compare(FieldForm a, FieldForm b) {
    int c = Byte.compare(a.code(), b.code());
    if (c != 0 || a.op() == null) {
      return c;
    }
    return switch (a.op()) {
      case GENERALISE -> {
        int d = Integer.compare(b.digits(), a.digits());
        if (d == 0) {
          d = Double.compare(a.binWidth(), b.binWidth());
        }
        yield d != 0 ? d : Double.compare(a.roundHours(), b.roundHours());
      }
      case NOISE -> Double.compare(a.sensitivity() / a.epsilon(), b.sensitivity() / b.epsilon());
      case PSEUDONYMISE -> Integer.compare(a.pseudonym().ordinal(), b.pseudonym().ordinal());
      default -> 0;
    };
  }

  /**
   * The more revealing of two forms (the first when equally revealing).
   *
   * @param a a form
   * @param b another form
   * @return the more revealing one
   */
  public static FieldForm mostRevealing(FieldForm a, FieldForm b) {
    return INSTANCE.compare(b, a) < 0 ? b : a;
  }
}
