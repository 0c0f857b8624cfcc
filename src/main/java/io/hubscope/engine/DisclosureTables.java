package io.hubscope.engine;

import io.hubscope.disclosure.FieldForm;
import io.hubscope.disclosure.FormRevealingOrder;
import io.hubscope.disclosure.ObserverPools;
import io.hubscope.disclosure.ObserverView;
import io.hubscope.network.RouteTrafficEstimator;
import io.hubscope.results.TidyCsvWriter;
import io.hubscope.scenario.Attribute;
import io.hubscope.scenario.ObserverSpec;
import io.hubscope.util.CsvCells;
import io.hubscope.util.HubscopeException;
import io.hubscope.util.Numbers;
import io.hubscope.world.ScenarioIndex;
import io.hubscope.world.WorldBuilder;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/**
 * The per-party disclosure tables of a run, for charts and reports: {@code dataflow.csv} (what each party holds of
 * each field) and {@code observers.csv} (who pools whom).
 *
 * <p>{@code dataflow.csv} columns {@code variant,field,party,form,share}: for each variant, field and party, one row
 * per form in which the party holds the field on some route with traffic ({@link ObserverView#held}, so an
 * originator that sends a field it never received holds it in clear), with {@code share} the share of traffic on the
 * routes where it holds it in that form; {@code form} is the form's label ({@link FieldForm#label}: {@code clear},
 * {@code pseudonym(keyed)}, {@code postcode/2}, {@code noise e=1}, {@code aggregate}, {@code omitted}, ...) or
 * {@code none} when the party does not hold the field. The shares of one (variant, field, party) sum to 1; rows are
 * ordered by field and party in scenario order, then by share (largest first) and how revealing the form is.
 *
 * <p>Traffic: the expected shipments per route of the world of replication 1 ({@link RouteTrafficEstimator}), the
 * same weighting {@code hubscope inspect} uses for its data-flow matrix; building that world costs well under a
 * second for the Liège scenario.
 *
 * <p>{@code observers.csv} columns {@code variant,observer,party,pooled_parties,description}: the observer's own
 * party, every party whose data it pools ({@link ObserverPools}, party ids in scenario order joined by {@code ;}),
 * and the scenario's one-sentence threat model.
 */
public final class DisclosureTables {

  /** Header of dataflow.csv. */
  public static final String[] DATAFLOW_HEADER = {"variant", "field", "party", "form", "share"};
  /** Header of observers.csv. */
  public static final String[] OBSERVERS_HEADER = {"variant", "observer", "party", "pooled_parties", "description"};

  private DisclosureTables() {}

  /**
   * Writes {@code dataflow.csv} and {@code observers.csv} into a folder.
   *
   * @param folder the run folder
   * @param variants the run's variants
   * @param seed master seed (the traffic weights come from the world of replication 1)
   */
  public static void write(Path folder, List<VariantModel> variants, long seed) {
    Path dataflow = folder.resolve("dataflow.csv");
    Path observers = folder.resolve("observers.csv");
    try (Writer w = Files.newBufferedWriter(dataflow, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, TidyCsvWriter.FORMAT)) {
      p.printRecord((Object[]) DATAFLOW_HEADER);
      for (VariantModel v : variants) {
        double[] traffic = RouteTrafficEstimator.trafficShares(
            WorldBuilder.build(v.scenario(), RunEngine.worldSeed(seed, 1)), v.routes());
        writeDataflow(p, v, traffic);
      }
    } catch (IOException e) {
      throw HubscopeException.cannotWrite(dataflow, e);
    }
    try (Writer w = Files.newBufferedWriter(observers, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, TidyCsvWriter.FORMAT)) {
      p.printRecord((Object[]) OBSERVERS_HEADER);
      for (VariantModel v : variants) {
        writeObservers(p, v);
      }
    } catch (IOException e) {
      throw HubscopeException.cannotWrite(observers, e);
    }
  }

  /**
   * The forms in which a party holds a field, with the traffic share of each, largest share first.
   *
   * @param model the variant
   * @param traffic each route's share of traffic
   * @param field field index
   * @param party party index
   * @return form to share, in row order
   */
  static Map<FieldForm, Double> heldForms(VariantModel model, double[] traffic, int field, int party) {
    double total = 0;
    for (double t : traffic) {
      total += t;
    }
    int routes = model.plan().routeCount();
    Map<FieldForm, Double> shares = new LinkedHashMap<>();
    for (int r = 0; r < routes; r++) {
      double w = total > 0 ? traffic[r] / total : 1.0 / routes;
      if (w > 0) {
        shares.merge(ObserverView.held(model.plan(), r, field, party), w, Double::sum);
      }
    }
    List<Map.Entry<FieldForm, Double>> sorted = new ArrayList<>(shares.entrySet());
    sorted.sort(Map.Entry.<FieldForm, Double>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey(FormRevealingOrder.INSTANCE)));
    Map<FieldForm, Double> out = new LinkedHashMap<>();
    sorted.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static void writeDataflow(CSVPrinter p, VariantModel v, double[] traffic) throws IOException {
    ScenarioIndex index = v.index();
    for (int f = 0; f < index.fieldCount(); f++) {
      Attribute carries = index.fieldAt(f).carries();
      Attribute.Kind kind = carries == null ? Attribute.Kind.CATEGORICAL : carries.kind();
      for (int party = 0; party < index.partyCount(); party++) {
        for (Map.Entry<FieldForm, Double> e : heldForms(v, traffic, f, party).entrySet()) {
          String form = e.getKey().received() ? e.getKey().label(kind) : "none";
          p.printRecord(CsvCells.safe(v.variant()), CsvCells.safe(index.fieldAt(f).id()),
              CsvCells.safe(index.partyAt(party).id()), CsvCells.safe(form), Numbers.format(e.getValue()));
        }
      }
    }
  }

  private static void writeObservers(CSVPrinter p, VariantModel v) throws IOException {
    ScenarioIndex index = v.index();
    for (ObserverSpec o : v.scenario().observers()) {
      BitSet pool = ObserverPools.of(o, index);
      List<String> pooled = new ArrayList<>();
      for (int q = pool.nextSetBit(0); q >= 0; q = pool.nextSetBit(q + 1)) {
        pooled.add(index.partyAt(q).id());
      }
      p.printRecord(CsvCells.safe(v.variant()), CsvCells.safe(o.id()), CsvCells.safe(o.party()),
          CsvCells.safe(String.join(";", pooled)), CsvCells.safe(o.description()));
    }
  }

}
