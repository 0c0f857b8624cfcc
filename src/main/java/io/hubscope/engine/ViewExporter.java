package io.hubscope.engine;

import io.hubscope.disclosure.ObservedValues;
import io.hubscope.disclosure.ObserverView;
import io.hubscope.results.TidyCsvWriter;
import io.hubscope.scenario.FieldSpec;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.util.CsvCells;
import io.hubscope.util.HubscopeException;
import io.hubscope.util.Numbers;
import io.hubscope.world.World;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes each observer's view ({@code view-<observer>.csv}: one row per shipment it touches, one column per field as
 * it holds it) and the hidden ground truth ({@code truth.csv}). Both carry {@code variant}, {@code replication} and
 * {@code shipment} columns, so they join and any metric can be recomputed independently.
 */
final class ViewExporter implements ReplicationListener, AutoCloseable {

  private static final String[] TRUTH_HEADER = {"variant", "replication", "shipment", "recipient", "recipient_type",
      "consumer", "business", "merchant", "merchant_origin", "category", "hs", "value", "weight", "destination",
      "zone", "postcode", "route", "hub", "t_order", "t_dispatch", "t_departure", "t_hub_scan", "t_release",
      "t_handover", "t_delivery"};

  private final Path folder;
  private final long seed;
  private final Map<String, CSVPrinter> printers = new LinkedHashMap<>();
  private final List<Writer> writers = new ArrayList<>();

  ViewExporter(Path folder, long seed) {
    this.folder = folder;
    this.seed = seed;
  }

  @Override
  public void replicationDone(VariantModel model, int replication, World world, ShipmentColumns s) {
    try {
      writeTruth(model, replication, world, s);
      ObservedValues values = new ObservedValues(model.scenario(), world, model.network(), model.routes(), seed);
      List<FieldSpec> fields = model.scenario().fields();
      for (ObserverView view : model.views()) {
        List<String> header = new ArrayList<>(List.of("variant", "replication", "shipment"));
        fields.forEach(f -> header.add(f.id()));
        CSVPrinter p = printer("view-" + safeName(view.id()) + ".csv", header.toArray(String[]::new));
        String[] row = new String[header.size()];
        for (int i = 0; i < s.size; i++) {
          int route = s.route[i];
          if (!view.touches(route)) {
            continue;
          }
          row[0] = CsvCells.safe(model.variant());
          row[1] = Integer.toString(replication);
          row[2] = Integer.toString(i);
          for (int f = 0; f < fields.size(); f++) {
            row[3 + f] = CsvCells.safe(values.observed(fields.get(f), f, view.form(route, f), s, i, replication));
          }
          p.printRecord((Object[]) row);
        }
      }
    } catch (IOException e) {
      throw HubscopeException.cannotWrite("cannot write views to " + folder + ": " + e.getMessage(),
          "check disk space and permissions", e);
    }
  }

  private void writeTruth(VariantModel model, int replication, World world, ShipmentColumns s) throws IOException {
    CSVPrinter p = printer("truth.csv", TRUTH_HEADER);
    int consumers = world.consumerCount();
    var index = world.index();
    Object[] row = new Object[TRUTH_HEADER.length];
    for (int i = 0; i < s.size; i++) {
      int r = s.recipient[i];
      boolean consumer = r < consumers;
      int b = r - consumers;
      int zone = s.zone[i];
      int postcode = consumer ? world.consumers().postcode(r) : world.businesses().postcode(b);
      int hub = model.routes().hub(s.route[i]);
      row[0] = CsvCells.safe(model.variant());
      row[1] = replication;
      row[2] = i;
      row[3] = r;
      row[4] = consumer ? "consumer" : "business";
      row[5] = consumer ? Integer.toString(r) : "";
      row[6] = consumer ? "" : Integer.toString(b);
      row[7] = s.merchant[i];
      row[8] = CsvCells.safe(index.originAt(world.merchants().origin(s.merchant[i])).id());
      row[9] = CsvCells.safe(index.categoryAt(s.category[i]).id());
      row[10] = index.categoryAt(s.category[i]).hs();
      row[11] = Numbers.format(Math.round(s.value[i] * 100.0) / 100.0);
      row[12] = Numbers.format(s.weight[i]);
      row[13] = CsvCells.safe(index.destinationAt(world.zones().destination(zone)).id());
      row[14] = CsvCells.safe(world.zones().prefix(zone));
      row[15] = world.zones().postcode(postcode);
      row[16] = s.route[i];
      row[17] = hub < 0 ? "" : CsvCells.safe(model.network().nodeId(hub));
      row[18] = Numbers.format(s.tOrder[i]);
      row[19] = Numbers.format(s.tDispatch[i]);
      row[20] = Numbers.format(s.tDeparture[i]);
      row[21] = Numbers.format(s.tHubScan[i]);
      row[22] = Numbers.format(s.tRelease[i]);
      row[23] = Numbers.format(s.tHandover[i]);
      row[24] = Numbers.format(s.tDelivery[i]);
      p.printRecord(row);
    }
  }

  private CSVPrinter printer(String name, String[] header) throws IOException {
    CSVPrinter p = printers.get(name);
    if (p == null) {
      Writer w = Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8);
      writers.add(w);
      p = new CSVPrinter(w, TidyCsvWriter.FORMAT);
      p.printRecord((Object[]) header);
      printers.put(name, p);
    }
    return p;
  }

  /** Observer ids become file names: anything but letters, digits, dot, dash and underscore becomes '_'. */
  static String safeName(String id) {
    return id.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  @Override
  public void close() {
    try {
      for (CSVPrinter p : printers.values()) {
        p.close(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
