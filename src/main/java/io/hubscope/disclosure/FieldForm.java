package io.hubscope.disclosure;

import io.hubscope.scenario.Attribute;
import io.hubscope.scenario.FieldSpec;
import io.hubscope.scenario.TransformSpec;
import io.hubscope.util.Numbers;

/**
 * The form in which a party holds a field: an operation with its parameters, or {@link #NONE} when the party never
 * receives the field. Unused parameters are 0.
 *
 * <p>Codes ({@link #code()}): the ordinal of {@link TransformSpec.Op} (0 keep, 1 generalise, 2 noise, 3 pseudonymise,
 * 4 aggregateOnly, 5 omit), and {@link #NONE_CODE} = 6 for "not received". Lower codes are more revealing.
 *
 * @param op the operation, null for {@link #NONE}
 * @param pseudonym pseudonym kind (pseudonymise only)
 * @param digits digits kept (generalise of a postcode or HS code)
 * @param binWidth bin width (generalise of a number)
 * @param roundHours rounding step in hours (generalise of a time)
 * @param epsilon Laplace privacy budget (noise)
 * @param sensitivity Laplace sensitivity (noise); scale = sensitivity / epsilon
 */
public record FieldForm(
    TransformSpec.Op op,
    TransformSpec.Pseudonym pseudonym,
    int digits,
    double binWidth,
    double roundHours,
    double epsilon,
    double sensitivity) {

  /** Code of "never received". */
  public static final byte NONE_CODE = (byte) TransformSpec.Op.values().length;

  /** Never received. */
  public static final FieldForm NONE = new FieldForm(null, null, 0, 0, 0, 0, 0);

  /** Received in clear. */
  public static final FieldForm KEEP = new FieldForm(TransformSpec.Op.KEEP, null, 0, 0, 0, 0, 0);

  /**
   * The form a transform gives a field. Defaults: pseudonym {@code keyed}, sensitivity 1.
   *
   * @param t the transform
   * @param field the field it applies to (its attribute decides which generalisation parameter is needed)
   * @return the form
   * @throws IllegalArgumentException when a needed parameter is missing or out of range
   */
  public static FieldForm of(TransformSpec t, FieldSpec field) {
    TransformSpec.Op op = t.op() == null ? TransformSpec.Op.KEEP : t.op();
    String what = "transform of field " + field.id() + " (" + op.yamlName() + ")";
    return switch (op) {
      case KEEP -> KEEP;
      case OMIT, AGGREGATE_ONLY -> new FieldForm(op, null, 0, 0, 0, 0, 0);
      case PSEUDONYMISE -> new FieldForm(op, t.pseudonym() == null ? TransformSpec.Pseudonym.KEYED : t.pseudonym(),
          0, 0, 0, 0, 0);
      case NOISE -> {
        double eps = positive(what, "epsilon", t.epsilon());
        double sens = t.sensitivity() == null ? 1 : positive(what, "sensitivity", t.sensitivity());
        yield new FieldForm(op, null, 0, 0, 0, eps, sens);
      }
      case GENERALISE -> {
        Attribute.Kind kind = field.carries() == null ? Attribute.Kind.CATEGORICAL : field.carries().kind();
        yield switch (kind) {
          case POSTCODE, HS_CODE -> {
            if (t.digits() == null || t.digits() < 0) {
              throw new IllegalArgumentException(what + " needs digits >= 0");
            }
            yield new FieldForm(op, null, t.digits(), 0, 0, 0, 0);
          }
          case NUMBER -> new FieldForm(op, null, 0, positive(what, "binWidth", t.binWidth()), 0, 0, 0);
          case TIME -> new FieldForm(op, null, 0, 0, positive(what, "roundHours", t.roundHours()), 0, 0);
          default -> new FieldForm(op, null, 0, 0, 0, 0, 0);
        };
      }
    };
  }

  private static double positive(String what, String name, Double v) {
    if (v == null || !(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(what + " needs " + name + " > 0");
    }
    return v;
  }

  /** The byte code: the op's ordinal, or {@link #NONE_CODE}. */
  public byte code() {
    return op == null ? NONE_CODE : (byte) op.ordinal();
  }

  /** True unless {@link #NONE}. */
  public boolean received() {
    return op != null;
  }

  /**
   * A short label for people: {@code clear}, {@code pseudonym(keyed)}, {@code postcode/2}, {@code hs/4},
   * {@code bin 10}, {@code round 24h}, {@code noise e=1}, {@code aggregate}, {@code omitted}, {@code -} (never).
   *
   * @param kind the attribute kind of the field
   * @return label
   */
  public String label(Attribute.Kind kind) {
    if (op == null) {
      return "-";
    }
    return switch (op) {
      case KEEP -> "clear";
      case PSEUDONYMISE -> "pseudonym(" + pseudonym.yamlName() + ")";
      case NOISE -> "noise e=" + Numbers.format(epsilon) + (sensitivity == 1 ? "" : " s=" + Numbers.format(sensitivity));
      case AGGREGATE_ONLY -> "aggregate";
      case OMIT -> "omitted";
      case GENERALISE -> switch (kind) {
        case POSTCODE -> "postcode/" + digits;
        case HS_CODE -> "hs/" + digits;
        case NUMBER -> "bin " + Numbers.format(binWidth);
        case TIME -> "round " + Numbers.format(roundHours) + "h";
        default -> "generalised";
      };
    };
  }
}
