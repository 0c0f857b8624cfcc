package io.hubscope.metrics;

import io.hubscope.disclosure.FieldForm;
import io.hubscope.disclosure.FormRevealingOrder;
import io.hubscope.disclosure.LaplaceNoise;
import io.hubscope.disclosure.ObserverView;
import io.hubscope.scenario.Attribute;
import io.hubscope.scenario.Category;
import io.hubscope.scenario.FieldSpec;
import io.hubscope.scenario.TransformSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What an observer can tell about the market and the supply chain from the fields it holds on each route: the
 * inference rules shared by the economic, supply and targetable metrics.
 *
 * <p>Every rule needs a field held "at least as revealing as" some form in {@link FormRevealingOrder} (the view keeps,
 * per route and field, the most revealing form over the observer's pool), so a stricter transform or a smaller pool
 * can only switch a rule off, never on. Per route:
 * <ul>
 *   <li><b>country</b> known: {@code recipient.country} or {@code recipient.postcode} kept or generalised (a
 *       postcode prefix of any length still tells the country);</li>
 *   <li><b>category</b>: exact when {@code item.category} or {@code item.description} is kept; otherwise from the
 *       most detailed {@code item.hs} held (kept: all digits; generalised: its digits), which narrows the category to
 *       the catalogue entries with the same observed code ({@link CategoryClasses}); otherwise unknown (all
 *       categories). Pseudonymised, aggregated or omitted labels tell nothing;</li>
 *   <li><b>value</b>: from the most revealing {@code item.value} field: exact (kept), binned (generalised; the bin's
 *       midpoint is used), noised (the noisy value, as {@link io.hubscope.disclosure.ObservedCodes} computes it) or
 *       unknown;</li>
 *   <li><b>merchant named</b>: a sender identity field ({@code sender.name}, {@code .address}, {@code .taxId})
 *       kept; <b>merchant linked</b>: kept or a keyed pseudonym (consistent across shipments);</li>
 *   <li><b>buyer linked</b>: a recipient identity field (name, street, phone, e-mail, tax id) kept or keyed
 *       pseudonym;</li>
 *   <li><b>firm recognised</b>: {@code recipient.type} kept, or {@code recipient.taxId} kept or keyed pseudonym (a
 *       consumer's tax id is empty, and a keyed pseudonym of an empty value is empty too), or {@code recipient.name}
 *       kept (a company name reads as one). Only then does the observer know the buyer is a business.</li>
 * </ul>
 */
final class ObserverKnowledge {

  /** Value modes. */
  static final byte VALUE_EXACT = 0;
  static final byte VALUE_BINNED = 1;
  static final byte VALUE_NOISED = 2;
  static final byte VALUE_UNKNOWN = 3;

  private static final byte GENERALISE = (byte) TransformSpec.Op.GENERALISE.ordinal();
  private static final byte PSEUDONYMISE = (byte) TransformSpec.Op.PSEUDONYMISE.ordinal();

  final boolean[] touches;
  final boolean[] countryKnown;
  /** Category class table per route: {@code classOf[route][category]}. */
  final int[][] classOf;
  final byte[] valueMode;
  /** Field whose value form is used, per route (-1 when unknown). */
  final int[] valueField;
  final FieldForm[] valueForm;
  final boolean[] merchantNamed;
  final boolean[] merchantLinked;
  final boolean[] buyerLinked;
  final boolean[] firmRecognised;
  final CategoryClasses classes;

  ObserverKnowledge(ObserverView view, List<FieldSpec> fields, List<Category> catalogue, int routes) {
    classes = new CategoryClasses(catalogue);
    touches = new boolean[routes];
    countryKnown = new boolean[routes];
    classOf = new int[routes][];
    valueMode = new byte[routes];
    valueField = new int[routes];
    valueForm = new FieldForm[routes];
    merchantNamed = new boolean[routes];
    merchantLinked = new boolean[routes];
    buyerLinked = new boolean[routes];
    firmRecognised = new boolean[routes];
    for (int r = 0; r < routes; r++) {
      touches[r] = view.touches(r);
      boolean exact = false;
      int hsDigits = -1;
      FieldForm bestValue = FieldForm.NONE;
      int bestValueField = -1;
      for (int f = 0; f < fields.size(); f++) {
        Attribute a = fields.get(f).carries();
        FieldForm form = view.form(r, f);
        if (a == null || !form.received()) {
          continue;
        }
        switch (a) {
          case RECIPIENT_COUNTRY, RECIPIENT_POSTCODE -> countryKnown[r] |= clearOrGeneralised(form);
          case ITEM_CATEGORY, ITEM_DESCRIPTION -> exact |= clearOrGeneralised(form);
          case ITEM_HS -> {
            if (form.op() == TransformSpec.Op.KEEP) {
              hsDigits = Integer.MAX_VALUE;
            } else if (form.op() == TransformSpec.Op.GENERALISE) {
              hsDigits = Math.max(hsDigits, form.digits());
            }
          }
          case ITEM_VALUE -> {
            if (bestValueField < 0 || FormRevealingOrder.INSTANCE.compare(form, bestValue) < 0) {
              bestValue = form;
              bestValueField = f;
            }
          }
          case SENDER_NAME, SENDER_ADDRESS, SENDER_TAX_ID -> {
            merchantNamed[r] |= clearOrGeneralised(form);
            merchantLinked[r] |= linkable(form);
          }
          case RECIPIENT_NAME, RECIPIENT_STREET, RECIPIENT_PHONE, RECIPIENT_EMAIL, RECIPIENT_TAX_ID -> {
            buyerLinked[r] |= linkable(form);
            if (a == Attribute.RECIPIENT_TAX_ID && linkable(form)) {
              firmRecognised[r] = true;
            }
            if (a == Attribute.RECIPIENT_NAME && clearOrGeneralised(form)) {
              firmRecognised[r] = true;
            }
          }
          case RECIPIENT_TYPE -> firmRecognised[r] |= clearOrGeneralised(form);
          default -> { }
        }
      }
      classOf[r] = exact ? classes.exact() : hsDigits >= 0 ? classes.byHsDigits(hsDigits) : classes.unknown();
      valueMode[r] = switch (bestValue.code()) {
        case 0 -> VALUE_EXACT;
        case 1 -> VALUE_BINNED;
        case 2 -> VALUE_NOISED;
        default -> VALUE_UNKNOWN;
      };
      valueField[r] = valueMode[r] == VALUE_UNKNOWN ? -1 : bestValueField;
      valueForm[r] = bestValue;
    }
  }

  /** Kept, or generalised (for labels and identities generalise keeps the value). */
  static boolean clearOrGeneralised(FieldForm form) {
    return form.received() && form.code() <= GENERALISE;
  }

  /** At least as revealing as a keyed pseudonym: the same value always gives the same code. */
  static boolean linkable(FieldForm form) {
    if (!form.received()) {
      return false;
    }
    return form.code() < PSEUDONYMISE
        || (form.code() == PSEUDONYMISE && form.pseudonym() == TransformSpec.Pseudonym.KEYED);
  }

  /**
   * True when a shipment to a firm on the route gives the observer its (merchant, firm) supply edge: the route is
   * touched, the merchant and the buyer are linked and the buyer is recognised as a business. Read through
   * {@link SupplyEdgeRoutes} by {@link SupplyMetric} and the exported observer supply graph.
   *
   * @param route route
   * @return whether the observer draws the edge
   */
  boolean drawsSupplyEdge(int route) {
    return touches[route] && merchantLinked[route] && buyerLinked[route] && firmRecognised[route];
  }

  /**
   * The value the observer reads for a shipment, in cents (see the class comment); only for routes whose value mode
   * is not unknown.
   *
   * @param route route
   * @param value true value in EUR
   * @param row shipment row (noise draw)
   * @param seed master seed
   * @param replication replication
   * @return observed value in cents
   */
  long observedCents(int route, float value, int row, long seed, int replication) {
    FieldForm form = valueForm[route];
    return switch (valueMode[route]) {
      case VALUE_EXACT -> Math.round(value * 100.0);
      case VALUE_BINNED -> Math.round((Math.floor(value / form.binWidth()) + 0.5) * form.binWidth() * 100.0);
      case VALUE_NOISED -> Math.round((value + LaplaceNoise.draw(seed, replication,
          valueField[route], row, form.sensitivity() / form.epsilon())) * 100.0);
      default -> throw new IllegalStateException("value unknown on route " + route);
    };
  }

  /**
   * The catalogue's categories grouped by what an observer can tell apart: class {@code c} for {@code c <
   * categoryCount} is category c alone; further classes are the sets of categories sharing an observed HS code at
   * some precision, and the last is "any category". Class members are ascending category indices.
   */
  static final class CategoryClasses {
    private final int categories;
    private final List<int[]> members = new ArrayList<>();
    private final Map<String, Integer> byKey = new LinkedHashMap<>();
    private final long[] hs;
    private final int[] hsLength;
    private final Map<Integer, int[]> byDigits = new LinkedHashMap<>();
    private final int[] exact;
    private final int[] unknown;

    CategoryClasses(List<Category> catalogue) {
      categories = catalogue.size();
      hs = new long[categories];
      hsLength = new int[categories];
      for (int c = 0; c < categories; c++) {
        String code = catalogue.get(c).hs();
        hs[c] = Long.parseLong(code);
        hsLength[c] = code.length();
        intern(new int[] {c});
      }
      exact = new int[categories];
      for (int c = 0; c < categories; c++) {
        exact[c] = c;
      }
      int[] all = new int[categories];
      for (int c = 0; c < categories; c++) {
        all[c] = c;
      }
      int any = intern(all);
      unknown = new int[categories];
      Arrays.fill(unknown, any);
    }

    private int intern(int[] set) {
      String key = Arrays.toString(set);
      Integer id = byKey.get(key);
      if (id == null) {
        id = members.size();
        members.add(set);
        byKey.put(key, id);
      }
      return id;
    }

    /** Observed HS code of a category at a precision ({@code Integer.MAX_VALUE}: kept whole). */
    private long observed(int c, int digits) {
      int drop = Math.max(0, hsLength[c] - digits);
      long p = 1;
      for (int k = 0; k < drop; k++) {
        p *= 10;
      }
      return hs[c] / p;
    }

    int[] exact() {
      return exact;
    }

    int[] unknown() {
      return unknown;
    }

    /**
     * @param digits HS digits held ({@code Integer.MAX_VALUE} when kept whole)
     * @return class of each category at that precision: the categories whose observed code is equal
     */
    int[] byHsDigits(int digits) {
      return byDigits.computeIfAbsent(digits, d -> {
        int[] out = new int[categories];
        for (int c = 0; c < categories; c++) {
          long code = observed(c, d);
          int[] set = IntStream.range(0, categories).filter(o -> observed(o, d) == code).toArray();
          out[c] = intern(set);
        }
        return out;
      });
    }

    /** Number of classes so far (grows as precisions are asked for; ask before sizing arrays). */
    int count() {
      return members.size();
    }

    /**
     * @param cls class
     * @return its categories (do not modify)
     */
    int[] members(int cls) {
      return members.get(cls);
    }

    /**
     * @param cls class
     * @return true when the class is a single category
     */
    boolean single(int cls) {
      return members.get(cls).length == 1;
    }
  }
}
