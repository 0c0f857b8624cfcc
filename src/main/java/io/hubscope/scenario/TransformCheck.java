package io.hubscope.scenario;

import static io.hubscope.scenario.CheckContext.at;
import static io.hubscope.scenario.CheckContext.list;
import static io.hubscope.scenario.CheckContext.number;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Transform parameters: each operation gets exactly the parameters it uses, and they fit the kind of attribute the
 * field carries ({@code digits} for postcodes and HS codes, {@code binWidth} for numbers, {@code roundHours} for
 * times; noise only on numbers and times; identities are never generalised). Warnings: a transform that reaches no
 * party (no message carries its field to one it targets), and an HS-code generalisation that keeps some category's
 * whole code.
 */
final class TransformCheck {

  private static final Map<TransformSpec.Op, Set<String>> PARAMETERS = Map.of(
      TransformSpec.Op.KEEP, Set.of(),
      TransformSpec.Op.OMIT, Set.of(),
      TransformSpec.Op.AGGREGATE_ONLY, Set.of(),
      TransformSpec.Op.GENERALISE, Set.of("digits", "binWidth", "roundHours"),
      TransformSpec.Op.NOISE, Set.of("epsilon", "sensitivity"),
      TransformSpec.Op.PSEUDONYMISE, Set.of("pseudonym"));

  private static final int HS_CHAPTER = 2;
  private static final int HS_HEADING = 4;

  private final CheckContext ctx;

  TransformCheck(CheckContext ctx) {
    this.ctx = ctx;
  }

  void run() {
    List<TransformSpec> transforms = list(ctx.scenario().transforms());
    for (int i = 0; i < transforms.size(); i++) {
      TransformSpec t = transforms.get(i);
      if (t != null && t.op() != null) {
        check(at("transforms", i), t);
      }
      if (t != null && t.field() != null && t.to() != null) {
        reachesSomeone(at("transforms", i), t);
      }
    }
  }

  /**
   * Warns about a transform that can apply to no delivery: no message (the one it names, if any) carries its field
   * to any party it targets. Route tokens stand for every party they can resolve to anywhere on the network, so the
   * warning fires only when the transform can never apply. Such a transform is a silent no-op, and a targeted party
   * that sends the field itself then holds it in clear as its originator (the holding rule of the views).
   */
  private void reachesSomeone(String pointer, TransformSpec t) {
    Set<String> targets = parties(t.to());
    boolean everyone = t.to().contains(RouteToken.EVERYONE);
    Set<String> senders = new LinkedHashSet<>();
    for (MessageSpec m : list(ctx.scenario().messages())) {
      if (m == null || m.fields() == null || !m.fields().contains(t.field())
          || (t.message() != null && !t.message().equals(m.id()))) {
        continue;
      }
      Set<String> recipients = parties(m.recipients() == null ? List.of() : m.recipients());
      if (everyone ? !recipients.isEmpty() : recipients.stream().anyMatch(targets::contains)) {
        return;
      }
      for (String p : parties(m.sender() == null ? List.of() : List.of(m.sender()))) {
        if (targets.contains(p)) {
          senders.add(p + " in message " + m.id());
        }
      }
    }
    String to = String.join(", ", t.to());
    String hint = senders.isEmpty()
        ? "add the field to a message sent to that party, or remove the transform"
        : "it sends the field itself (" + String.join("; ", senders) + "), so it holds it in clear as its "
            + "originator; to keep it from that party, take the field out of what it sends too";
    ctx.warning(pointer, "transform of " + t.field() + " to " + to + " applies to nothing: no message"
        + (t.message() == null ? "" : " '" + t.message() + "'") + " carries " + t.field() + " to " + to, hint);
  }

  /** The party ids a list of recipients or targets can stand for ({@link CheckContext#standsFor}). */
  private Set<String> parties(List<String> names) {
    Set<String> out = new LinkedHashSet<>();
    names.forEach(name -> out.addAll(ctx.standsFor(name)));
    return out;
  }

  private void check(String pointer, TransformSpec t) {
    Map<String, Object> given = given(t);
    Set<String> allowed = PARAMETERS.get(t.op());
    for (Map.Entry<String, Object> e : given.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        ctx.errorAtKey(SourceMap.child(pointer, e.getKey()),
            "'" + e.getKey() + "' does not apply to op " + t.op().yamlName(), hintFor(e.getKey()));
      }
    }
    FieldSpec field = t.field() == null ? null : ctx.fields.get(t.field());
    Attribute.Kind kind = field == null || field.carries() == null ? null : field.carries().kind();
    switch (t.op()) {
      case GENERALISE:
        generalise(pointer, t, given, field, kind);
        break;
      case NOISE:
        noise(pointer, t, field, kind);
        break;
      case PSEUDONYMISE:
        if (t.pseudonym() == null) {
          ctx.error(pointer, "op pseudonymise needs 'pseudonym'",
              "add pseudonym: keyed (same token for the same value) or perShipment (a fresh token each time)");
        }
        break;
      default:
        break;
    }
  }

  private void generalise(String pointer, TransformSpec t, Map<String, Object> given, FieldSpec field,
      Attribute.Kind kind) {
    if (kind == null) {
      long count = given.keySet().stream().filter(PARAMETERS.get(TransformSpec.Op.GENERALISE)::contains).count();
      if (count != 1) {
        ctx.error(pointer, "op generalise needs exactly one of digits, binWidth or roundHours, got " + count,
            "digits for postcodes and HS codes, binWidth for numbers, roundHours for times");
      }
      return;
    }
    String needed = switch (kind) {
      case POSTCODE, HS_CODE -> "digits";
      case NUMBER -> "binWidth";
      case TIME -> "roundHours";
      default -> null;
    };
    if (needed == null) {
      boolean identity = kind != Attribute.Kind.CATEGORICAL;
      ctx.error(SourceMap.child(pointer, "op"), "field '" + field.id() + "' carries " + field.carries().yamlName()
              + ", " + describe(kind) + "; it cannot be generalised",
          identity ? "use pseudonymise or omit for identities" : "use keep, omit or aggregateOnly for a label");
      return;
    }
    for (String p : List.of("digits", "binWidth", "roundHours")) {
      if (!p.equals(needed) && given.containsKey(p)) {
        ctx.errorAtKey(SourceMap.child(pointer, p), "'" + p + "' does not fit field '" + field.id() + "', "
            + describe(kind), "generalise it with " + needed);
      }
    }
    if (!given.containsKey(needed)) {
      ctx.error(pointer, "generalise of field '" + field.id() + "' (" + describe(kind) + ") needs '" + needed + "'",
          switch (kind) {
            case HS_CODE -> "add digits: 2 (keeps the chapter) or 4 (keeps the heading)";
            case POSTCODE -> "add digits: the number of leading postcode digits kept";
            case NUMBER -> "add binWidth: the bin width, in the field's unit";
            default -> "add roundHours: the rounding step, in hours";
          });
      return;
    }
    switch (needed) {
      case "digits":
        digits(pointer, t.digits(), kind);
        break;
      case "binWidth":
        positive(SourceMap.child(pointer, "binWidth"), "binWidth", t.binWidth(), "the bin width, in the field's unit");
        break;
      default:
        positive(SourceMap.child(pointer, "roundHours"), "roundHours", t.roundHours(), "the rounding step in hours");
        break;
    }
  }

  private void digits(String pointer, int digits, Attribute.Kind kind) {
    String at = SourceMap.child(pointer, "digits");
    if (kind == Attribute.Kind.HS_CODE) {
      if (digits != HS_CHAPTER && digits != HS_HEADING) {
        ctx.error(at, "digits must be 2 or 4 for an HS code, got " + digits,
            "2 keeps the chapter, 4 the heading");
        return;
      }
      // a category whose code is no longer than the digits kept is seen whole, yet counted as generalised
      List<String> whole = CheckContext.list(ctx.scenario().catalogue()).stream()
          .filter(c -> c != null && c.hs() != null && c.hs().length() <= digits).map(Category::id).toList();
      if (!whole.isEmpty()) {
        ctx.warning(at, "digits " + digits + " keep the whole HS code of " + String.join(", ", whole)
            + ": for their shipments the code is seen as it is, though exposure counts it as generalised",
            "keep fewer digits, or give those categories longer (6-digit) codes");
      }
      return;
    }
    int longest = CheckContext.list(ctx.scenario().regions() == null ? null
            : ctx.scenario().regions().destinations()).stream()
        .filter(d -> d != null && d.postcodeDigits() != null)
        .mapToInt(Regions.Destination::postcodeDigits).max().orElse(0);
    if (digits < 1 || digits > longest) {
      ctx.error(at, "digits must be between 1 and " + longest + " (the postcode length) for a postcode, got "
          + digits, "the number of leading postcode digits kept");
    }
  }

  private void noise(String pointer, TransformSpec t, FieldSpec field, Attribute.Kind kind) {
    if (kind != null && kind != Attribute.Kind.NUMBER && kind != Attribute.Kind.TIME) {
      ctx.error(SourceMap.child(pointer, "op"), "noise applies only to numbers and times; field '" + field.id()
          + "' carries " + field.carries().yamlName() + ", " + describe(kind), "use generalise, pseudonymise or omit");
    }
    if (t.epsilon() == null) {
      ctx.error(pointer, "op noise needs 'epsilon'",
          "add epsilon: the privacy budget of the Laplace mechanism (greater than 0; smaller is noisier)");
    } else {
      positive(SourceMap.child(pointer, "epsilon"), "epsilon", t.epsilon(), "the privacy budget");
    }
    if (t.sensitivity() != null) {
      positive(SourceMap.child(pointer, "sensitivity"), "sensitivity", t.sensitivity(),
          "the sensitivity, in the field's unit");
    }
  }

  private void positive(String pointer, String name, double v, String what) {
    if (!(v > 0 && Double.isFinite(v))) {
      ctx.error(pointer, name + " must be greater than 0, got " + number(v), "it is " + what);
    }
  }

  private static String describe(Attribute.Kind kind) {
    return switch (kind) {
      case RECIPIENT_IDENTITY -> "an identity of the recipient";
      case SENDER_IDENTITY -> "an identity of the sender";
      case SHIPMENT_KEY -> "the shipment's key";
      case POSTCODE -> "a postcode";
      case HS_CODE -> "an HS code";
      case NUMBER -> "a number";
      case TIME -> "a time";
      case CATEGORICAL -> "a label";
    };
  }

  private static String hintFor(String parameter) {
    return switch (parameter) {
      case "digits", "binWidth", "roundHours" -> parameter + " is a parameter of op generalise";
      case "epsilon", "sensitivity" -> parameter + " is a parameter of op noise";
      default -> "pseudonym is a parameter of op pseudonymise";
    };
  }

  private static Map<String, Object> given(TransformSpec t) {
    Map<String, Object> m = new LinkedHashMap<>();
    put(m, "pseudonym", t.pseudonym());
    put(m, "digits", t.digits());
    put(m, "binWidth", t.binWidth());
    put(m, "roundHours", t.roundHours());
    put(m, "epsilon", t.epsilon());
    put(m, "sensitivity", t.sensitivity());
    return m;
  }

  private static void put(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
