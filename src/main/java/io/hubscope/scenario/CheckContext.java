package io.hubscope.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What every semantic check needs: the scenario, where its values are in the file, the ids each section defines, and
 * the list the problems are collected in.
 */
final class CheckContext {

  private static final int MAX_LISTED = 12;

  private final String file;
  private final Scenario scenario;
  private final SourceMap sourceMap;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** Party ids, each mapped to its first definition; likewise below for the other sections. */
  final Map<String, Party> parties;
  final Map<String, NetworkSpec.Node> nodes;
  final Map<String, Category> categories;
  final Map<String, Regions.Origin> origins;
  final Map<String, Regions.Destination> destinations;
  final Map<String, FieldSpec> fields;
  final Map<String, MessageSpec> messages;
  /** The parties each route token can stand for anywhere on the network, resolved on first use. */
  private final Map<RouteToken, Set<String>> tokenParties = new EnumMap<>(RouteToken.class);

  CheckContext(String file, Scenario scenario, SourceMap sourceMap) {
    this.file = file;
    this.scenario = scenario;
    this.sourceMap = sourceMap;
    this.parties = index(scenario.parties(), Party::id);
    this.nodes = index(scenario.network() == null ? null : scenario.network().nodes(), NetworkSpec.Node::id);
    this.categories = index(scenario.catalogue(), Category::id);
    this.origins = index(scenario.regions() == null ? null : scenario.regions().origins(), Regions.Origin::id);
    this.destinations =
        index(scenario.regions() == null ? null : scenario.regions().destinations(), Regions.Destination::id);
    this.fields = index(scenario.fields(), FieldSpec::id);
    this.messages = index(scenario.messages(), MessageSpec::id);
  }

  /** The scenario being checked. */
  Scenario scenario() {
    return scenario;
  }

  /** Where values are in the file. */
  SourceMap sourceMap() {
    return sourceMap;
  }

  /** Everything reported so far. */
  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The horizon in days, or null when it is not a usable number. */
  Integer horizon() {
    Integer h = scenario.meta() == null ? null : scenario.meta().horizonDays();
    return h == null || h < 1 ? null : h;
  }

  /**
   * The party ids a message recipient or a transform target can stand for: a party id itself; a route token every
   * party it resolves to anywhere on the network (so a check built on it errs on the side of "can reach"); none for
   * {@code *}, whose meaning the caller decides.
   *
   * @param name party id, route token or {@code *}
   * @return party ids
   */
  Set<String> standsFor(String name) {
    if (name == null || name.equals(RouteToken.EVERYONE)) {
      return Set.of();
    }
    Optional<RouteToken> token = RouteToken.parse(name);
    return token.isPresent() ? tokenParties.computeIfAbsent(token.get(), t -> t.resolve(scenario)) : Set.of(name);
  }

  /** Reports an error located at the value at {@code pointer}. */
  void error(String pointer, String message, String hint) {
    add(Diagnostic.Severity.ERROR, sourceMap.locate(pointer), pointer, message, hint);
  }

  /** Reports an error located at the key naming the value at {@code pointer} (for map keys and extra keys). */
  void errorAtKey(String pointer, String message, String hint) {
    add(Diagnostic.Severity.ERROR, sourceMap.locateKey(pointer), pointer, message, hint);
  }

  /** Reports a warning located at the value at {@code pointer}. */
  void warning(String pointer, String message, String hint) {
    add(Diagnostic.Severity.WARNING, sourceMap.locate(pointer), pointer, message, hint);
  }

  private void add(Diagnostic.Severity severity, SourceLocation at, String pointer, String message, String hint) {
    diagnostics.add(new Diagnostic(severity, file, at, SourceMap.dotted(pointer), message, hint));
  }

  /**
   * Reports a reference that names nothing, with the nearest valid id as the hint.
   *
   * @param pointer where the reference is
   * @param atKey true when the reference is a map key
   * @param value the id written
   * @param ids the ids that exist
   * @param what e.g. {@code a party id defined under parties}
   */
  void unknown(String pointer, boolean atKey, String value, Collection<String> ids, String what) {
    String message = "'" + value + "' is not " + what;
    String hint = NameSuggester.didYouMean(value, ids);
    if (hint == null) {
      hint = ids.isEmpty() ? "none is defined yet" : "valid: " + listed(ids);
    }
    if (atKey) {
      errorAtKey(pointer, message, hint);
    } else {
      error(pointer, message, hint);
    }
  }

  /** Up to a dozen names, comma-separated, then {@code ...}. */
  static String listed(Collection<String> names) {
    List<String> all = new ArrayList<>(names);
    if (all.size() <= MAX_LISTED) {
      return String.join(", ", all);
    }
    return String.join(", ", all.subList(0, MAX_LISTED)) + ", ... (" + all.size() + " in all)";
  }

  /**
   * A JSON Pointer built from keys and indices, escaped.
   *
   * @param parts keys (strings) and indices (integers)
   * @return pointer
   */
  static String at(Object... parts) {
    String p = "";
    for (Object part : parts) {
      p = SourceMap.child(p, String.valueOf(part));
    }
    return p;
  }

  /**
   * A number for messages: at most ten significant digits, no trailing zeros ({@code 0.9}, {@code 5}, {@code -1}),
   * in scientific notation when very large or small ({@code 1E+308}).
   *
   * @param v value
   * @return text
   */
  static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return String.valueOf(v);
    }
    BigDecimal rounded = new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros();
    double magnitude = Math.abs(v);
    boolean plain = magnitude == 0 || (magnitude >= 1e-6 && magnitude < 1e15);
    return plain ? rounded.toPlainString() : rounded.toString();
  }

  /** A null list as an empty one. */
  static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }

  /** A null map as an empty one. */
  static <K, V> Map<K, V> map(Map<K, V> m) {
    return m == null ? Map.of() : m;
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
    Map<String, T> out = new LinkedHashMap<>();
    for (T item : list(items)) {
      if (item != null && id.apply(item) != null) {
        out.putIfAbsent(id.apply(item), item);
      }
    }
    return out;
  }
}
