package io.hubscope.scenario;

import static io.hubscope.scenario.CheckContext.at;
import static io.hubscope.scenario.CheckContext.list;
import static io.hubscope.scenario.CheckContext.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Identifiers: every id is unique within its list, and every reference names something that exists (a party, node,
 * category, origin, destination, field or message, or a route token where one is allowed).
 */
final class IdentifierCheck {

  private static final String PARTY = "a party id defined under parties";
  private static final String NODE = "a node id defined under network.nodes";
  private static final String CATEGORY = "a category id defined under catalogue";
  private static final String ORIGIN = "an origin id defined under regions.origins";
  private static final String DESTINATION = "a destination id defined under regions.destinations";
  private static final String FIELD = "a field id defined under fields";
  private static final String MESSAGE = "a message id defined under messages";

  private final CheckContext ctx;
  private final Scenario s;

  IdentifierCheck(CheckContext ctx) {
    this.ctx = ctx;
    this.s = ctx.scenario();
  }

  void run() {
    duplicates();
    partyIdsAreNotTokens();
    variantIdsAreNotBaseline();
    regionReferences();
    networkReferences();
    mixReferences();
    messageReferences();
    transformReferences();
    observerAndNeedReferences();
    if (s.disruption() != null && s.disruption().node() != null) {
      node(at("disruption", "node"), s.disruption().node());
    }
  }

  private void duplicates() {
    unique("parties", list(s.parties()), Party::id, "party id");
    if (s.network() != null) {
      unique("network/nodes", list(s.network().nodes()), NetworkSpec.Node::id, "node id");
    }
    unique("catalogue", list(s.catalogue()), Category::id, "category id");
    unique("fields", list(s.fields()), FieldSpec::id, "field id");
    unique("messages", list(s.messages()), MessageSpec::id, "message id");
    unique("observers", list(s.observers()), ObserverSpec::id, "observer id");
    unique("variants", list(s.variants()), VariantSpec::id, "variant id");
    if (s.regions() != null) {
      unique("regions/origins", list(s.regions().origins()), Regions.Origin::id, "origin id");
      unique("regions/destinations", list(s.regions().destinations()), Regions.Destination::id, "destination id");
      List<Regions.Destination> dests = list(s.regions().destinations());
      for (int i = 0; i < dests.size(); i++) {
        if (dests.get(i) != null) {
          unique("regions/destinations/" + i + "/zones", list(dests.get(i).zones()), Regions.Zone::prefix,
              "zone prefix");
        }
      }
    }
    if (s.customers() != null) {
      unique("customers/businesses", list(s.customers().businesses()), CustomerSpec.Sector::id, "sector id");
      if (s.customers().consumers() != null) {
        unique("customers/consumers/byDestination", list(s.customers().consumers().byDestination()),
            CustomerSpec.DestinationPreference::destination, "destination");
      }
    }
  }

  private <T> void unique(String listPointer, List<T> items, Function<T, String> id, String what) {
    Map<String, Integer> first = new HashMap<>();
    String idKey = what.equals("zone prefix") ? "prefix" : what.equals("destination") ? "destination" : "id";
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      String value = item == null ? null : id.apply(item);
      if (value == null) {
        continue;
      }
      Integer earlier = first.putIfAbsent(value, i);
      if (earlier != null) {
        String earlierPointer = "/" + listPointer + "/" + earlier + "/" + idKey;
        ctx.error("/" + listPointer + "/" + i + "/" + idKey,
            "duplicate " + what + " '" + value + "' (first defined on line "
                + ctx.sourceMap().locate(earlierPointer).line() + ")",
            "each " + what + " must be unique in " + SourceMap.dotted("/" + listPointer)
                + "; rename or remove one");
      }
    }
  }

  /** {@code baseline} names the unmodified scenario in every output, so no variant may take it. */
  private void variantIdsAreNotBaseline() {
    List<VariantSpec> variants = list(s.variants());
    for (int i = 0; i < variants.size(); i++) {
      String id = variants.get(i) == null ? null : variants.get(i).id();
      if (LoadedScenario.BASELINE.equals(id)) {
        ctx.error(at("variants", i, "id"), "variant id 'baseline' is reserved for the unmodified scenario",
            "rename the variant (its results would be mixed with the base scenario's under one name)");
      }
    }
  }

  private void partyIdsAreNotTokens() {
    List<Party> parties = list(s.parties());
    for (int i = 0; i < parties.size(); i++) {
      String id = parties.get(i) == null ? null : parties.get(i).id();
      if (id != null && (RouteToken.looksLikeToken(id) || id.equals(RouteToken.EVERYONE))) {
        ctx.error(at("parties", i, "id"), "party id '" + id + "' is written like a route token",
            "party ids must not start with '@' or be '*'; rename the party");
      }
    }
  }

  private void regionReferences() {
    if (s.regions() == null) {
      return;
    }
    List<Regions.Origin> origins = list(s.regions().origins());
    for (int i = 0; i < origins.size(); i++) {
      if (origins.get(i) != null && origins.get(i).node() != null) {
        node(at("regions", "origins", i, "node"), origins.get(i).node());
      }
    }
    List<Regions.Destination> dests = list(s.regions().destinations());
    for (int i = 0; i < dests.size(); i++) {
      if (dests.get(i) != null && dests.get(i).node() != null) {
        node(at("regions", "destinations", i, "node"), dests.get(i).node());
      }
    }
  }

  private void networkReferences() {
    if (s.network() == null) {
      return;
    }
    List<NetworkSpec.Node> nodes = list(s.network().nodes());
    for (int i = 0; i < nodes.size(); i++) {
      NetworkSpec.Node n = nodes.get(i);
      if (n != null && n.operator() != null) {
        party(at("network", "nodes", i, "operator"), n.operator());
      }
    }
    List<NetworkSpec.Lane> lanes = list(s.network().lanes());
    for (int i = 0; i < lanes.size(); i++) {
      NetworkSpec.Lane l = lanes.get(i);
      if (l == null) {
        continue;
      }
      if (l.from() != null) {
        node(at("network", "lanes", i, "from"), l.from());
      }
      if (l.to() != null) {
        node(at("network", "lanes", i, "to"), l.to());
      }
      if (l.carrier() != null) {
        party(at("network", "lanes", i, "carrier"), l.carrier());
      }
    }
    if (s.network().routing() != null) {
      for (String hub : map(s.network().routing().hubShares()).keySet()) {
        if (!ctx.nodes.containsKey(hub)) {
          ctx.unknown(at("network", "routing", "hubShares", hub), true, hub, ctx.nodes.keySet(), NODE);
        }
      }
    }
  }

  private void mixReferences() {
    if (s.merchants() != null) {
      keys(map(s.merchants().originMix()), at("merchants", "originMix"), ctx.origins.keySet(), ORIGIN);
      keys(map(s.merchants().categoryMix()), at("merchants", "categoryMix"), ctx.categories.keySet(), CATEGORY);
    }
    if (s.customers() == null) {
      return;
    }
    CustomerSpec.Consumers c = s.customers().consumers();
    if (c != null) {
      keys(map(c.categoryPreferences()), at("customers", "consumers", "categoryPreferences"),
          ctx.categories.keySet(), CATEGORY);
      List<CustomerSpec.DestinationPreference> prefs = list(c.byDestination());
      for (int i = 0; i < prefs.size(); i++) {
        CustomerSpec.DestinationPreference p = prefs.get(i);
        if (p == null) {
          continue;
        }
        if (p.destination() != null && !ctx.destinations.containsKey(p.destination())) {
          ctx.unknown(at("customers", "consumers", "byDestination", i, "destination"), false, p.destination(),
              ctx.destinations.keySet(), DESTINATION);
        }
        keys(map(p.categoryPreferences()), at("customers", "consumers", "byDestination", i, "categoryPreferences"),
            ctx.categories.keySet(), CATEGORY);
      }
    }
    List<CustomerSpec.Sector> sectors = list(s.customers().businesses());
    for (int i = 0; i < sectors.size(); i++) {
      CustomerSpec.Sector sector = sectors.get(i);
      if (sector == null) {
        continue;
      }
      List<String> inputs = list(sector.criticalInputs());
      for (int j = 0; j < inputs.size(); j++) {
        String input = inputs.get(j);
        if (input != null && !ctx.categories.containsKey(input)) {
          ctx.unknown(at("customers", "businesses", i, "criticalInputs", j), false, input,
              ctx.categories.keySet(), CATEGORY);
        }
      }
      keys(map(sector.destinationMix()), at("customers", "businesses", i, "destinationMix"),
          ctx.destinations.keySet(), DESTINATION);
    }
  }

  private void messageReferences() {
    List<MessageSpec> messages = list(s.messages());
    for (int i = 0; i < messages.size(); i++) {
      MessageSpec m = messages.get(i);
      if (m == null) {
        continue;
      }
      if (m.sender() != null) {
        partyOrToken(at("messages", i, "sender"), m.sender(), false);
      }
      List<String> recipients = list(m.recipients());
      for (int j = 0; j < recipients.size(); j++) {
        if (recipients.get(j) != null) {
          partyOrToken(at("messages", i, "recipients", j), recipients.get(j), false);
        }
      }
      List<String> fields = list(m.fields());
      for (int j = 0; j < fields.size(); j++) {
        field(at("messages", i, "fields", j), fields.get(j));
      }
    }
  }

  private void transformReferences() {
    List<TransformSpec> transforms = list(s.transforms());
    for (int i = 0; i < transforms.size(); i++) {
      TransformSpec t = transforms.get(i);
      if (t == null) {
        continue;
      }
      field(at("transforms", i, "field"), t.field());
      List<String> to = list(t.to());
      for (int j = 0; j < to.size(); j++) {
        if (to.get(j) != null) {
          partyOrToken(at("transforms", i, "to", j), to.get(j), true);
        }
      }
      if (t.message() == null) {
        continue;
      }
      MessageSpec m = ctx.messages.get(t.message());
      if (m == null) {
        ctx.unknown(at("transforms", i, "message"), false, t.message(), ctx.messages.keySet(), MESSAGE);
      } else if (t.field() != null && ctx.fields.containsKey(t.field()) && !list(m.fields()).contains(t.field())) {
        ctx.warning(at("transforms", i, "message"),
            "message '" + m.id() + "' does not carry field '" + t.field() + "', so this transform changes nothing",
            "add the field to the message, or name a message that carries it");
      }
    }
  }

  private void observerAndNeedReferences() {
    List<ObserverSpec> observers = list(s.observers());
    for (int i = 0; i < observers.size(); i++) {
      ObserverSpec o = observers.get(i);
      if (o == null) {
        continue;
      }
      if (o.party() != null) {
        party(at("observers", i, "party"), o.party());
      }
      List<String> pool = list(o.pool());
      for (int j = 0; j < pool.size(); j++) {
        if (pool.get(j) != null) {
          party(at("observers", i, "pool", j), pool.get(j));
        }
      }
    }
    List<NeedSpec> needs = list(s.needs());
    for (int i = 0; i < needs.size(); i++) {
      NeedSpec n = needs.get(i);
      if (n == null) {
        continue;
      }
      if (n.party() != null) {
        party(at("needs", i, "party"), n.party());
      }
      List<String> fields = list(n.fields());
      for (int j = 0; j < fields.size(); j++) {
        field(at("needs", i, "fields", j), fields.get(j));
      }
    }
  }

  private void partyOrToken(String pointer, String value, boolean everyoneAllowed) {
    if (ctx.parties.containsKey(value)) {
      return;
    }
    if (value.equals(RouteToken.EVERYONE)) {
      if (!everyoneAllowed) {
        ctx.error(pointer, "'*' is only allowed in a transform's 'to'",
            "list the recipients: party ids or route tokens " + String.join(", ", RouteToken.spellings()));
      }
      return;
    }
    if (RouteToken.looksLikeToken(value)) {
      var token = RouteToken.parse(value);
      if (token.isEmpty()) {
        String hint = NameSuggester.didYouMean(value, RouteToken.spellings());
        ctx.error(pointer, "'" + value + "' is not a route token; expected one of "
            + String.join(", ", RouteToken.spellings()), hint);
      } else if (ctx.standsFor(value).isEmpty()) {
        ctx.warning(pointer, "route token '" + value + "' stands for no party in this network",
            token.get().isNodeToken() ? "no node of the matching type has an operator"
                : "no lane of the matching mode has a carrier");
      }
      return;
    }
    List<String> candidates = new ArrayList<>(ctx.parties.keySet());
    candidates.addAll(RouteToken.spellings());
    if (everyoneAllowed) {
      candidates.add(RouteToken.EVERYONE);
    }
    ctx.unknown(pointer, false, value, candidates, "a party id or a route token");
  }

  private void party(String pointer, String value) {
    if (!ctx.parties.containsKey(value)) {
      ctx.unknown(pointer, false, value, ctx.parties.keySet(), PARTY);
    }
  }

  private void node(String pointer, String value) {
    if (!ctx.nodes.containsKey(value)) {
      ctx.unknown(pointer, false, value, ctx.nodes.keySet(), NODE);
    }
  }

  private void field(String pointer, String value) {
    if (value != null && !ctx.fields.containsKey(value)) {
      ctx.unknown(pointer, false, value, ctx.fields.keySet(), FIELD);
    }
  }

  private void keys(Map<String, Double> shares, String mapPointer, Set<String> valid, String what) {
    for (String key : new LinkedHashSet<>(shares.keySet())) {
      if (!valid.contains(key)) {
        ctx.unknown(SourceMap.child(mapPointer, key), true, key, valid, what);
      }
    }
  }
}
