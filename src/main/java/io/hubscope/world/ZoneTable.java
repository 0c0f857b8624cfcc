package io.hubscope.world;

import io.hubscope.scenario.Regions;
import java.util.List;

/**
 * The global zone index over all destinations, and the global postcode index over all zones.
 *
 * <p>Layout: zones are numbered destination by destination in file order; column arrays of length
 * {@code zoneCount}: {@code destination}, {@code population}, {@code postcodeCount}, {@code firstPostcode}. Postcodes
 * are numbered zone by zone, so zone {@code z} owns global postcodes {@code firstPostcode[z] ..
 * firstPostcode[z] + postcodeCount[z] - 1}; {@code postcodeZone} maps a global postcode back to its zone. The k-th
 * postcode of a zone (k from 0) is written as the zone prefix followed by {@code k} zero-padded to
 * {@code postcodeDigits - prefix length} digits, e.g. prefix {@code 10}, 4 digits, k = 7: {@code 1007}.
 */
public final class ZoneTable {

  private final int[] destination;
  private final String[] prefix;
  private final String[] name;
  private final long[] population;
  private final int[] postcodeCount;
  private final int[] firstPostcode;
  private final int[] suffixDigits;
  private final int[] destinationFirstZone;
  private final int[] postcodeZone;

  /**
   * Builds the index.
   *
   * @param destinations destinations in index order
   * @throws IllegalArgumentException when a zone holds more postcodes than its suffix digits can write
   */
  public ZoneTable(List<Regions.Destination> destinations) {
    int zones = 0;
    for (Regions.Destination d : destinations) {
      zones += d.zones().size();
    }
    destination = new int[zones];
    prefix = new String[zones];
    name = new String[zones];
    population = new long[zones];
    postcodeCount = new int[zones];
    firstPostcode = new int[zones];
    suffixDigits = new int[zones];
    destinationFirstZone = new int[destinations.size() + 1];
    int z = 0;
    int postcodes = 0;
    for (int d = 0; d < destinations.size(); d++) {
      Regions.Destination dest = destinations.get(d);
      destinationFirstZone[d] = z;
      for (Regions.Zone zone : dest.zones()) {
        destination[z] = d;
        prefix[z] = zone.prefix();
        name[z] = zone.name();
        population[z] = zone.population() == null ? 0 : zone.population();
        postcodeCount[z] = zone.postcodes() == null ? 1 : zone.postcodes();
        int digits = dest.postcodeLength(zone);
        suffixDigits[z] = Math.max(0, digits - zone.prefix().length());
        double capacity = Math.pow(10, suffixDigits[z]);
        if (postcodeCount[z] < 1 || postcodeCount[z] > capacity) {
          throw new IllegalArgumentException("zone " + dest.id() + "/" + zone.prefix() + " has " + postcodeCount[z]
              + " postcodes; between 1 and " + (long) capacity + " fit in " + digits + "-digit postcodes");
        }
        firstPostcode[z] = postcodes;
        postcodes += postcodeCount[z];
        z++;
      }
    }
    destinationFirstZone[destinations.size()] = z;
    postcodeZone = new int[postcodes];
    for (int i = 0; i < zones; i++) {
      java.util.Arrays.fill(postcodeZone, firstPostcode[i], firstPostcode[i] + postcodeCount[i], i);
    }
  }

  /** Number of zones over all destinations. */
  public int zoneCount() {
    return destination.length;
  }

  /** Number of postcodes over all zones. */
  public int postcodeCount() {
    return postcodeZone.length;
  }

  /**
   * @param zone zone index
   * @return its destination index
   */
  public int destination(int zone) {
    return destination[zone];
  }

  /**
   * @param zone zone index
   * @return its postcode prefix
   */
  public String prefix(int zone) {
    return prefix[zone];
  }

  /**
   * @param zone zone index
   * @return its name
   */
  public String name(int zone) {
    return name[zone];
  }

  /**
   * @param zone zone index
   * @return residents
   */
  public long population(int zone) {
    return population[zone];
  }

  /**
   * @param zone zone index
   * @return number of postcodes in the zone
   */
  public int postcodeCount(int zone) {
    return postcodeCount[zone];
  }

  /**
   * @param zone zone index
   * @return global index of its first postcode
   */
  public int firstPostcode(int zone) {
    return firstPostcode[zone];
  }

  /**
   * @param destination destination index
   * @return index of its first zone
   */
  public int firstZone(int destination) {
    return destinationFirstZone[destination];
  }

  /**
   * @param destination destination index
   * @return number of its zones
   */
  public int zoneCount(int destination) {
    return destinationFirstZone[destination + 1] - destinationFirstZone[destination];
  }

  /**
   * @param postcode global postcode index
   * @return its zone
   */
  public int zoneOfPostcode(int postcode) {
    return postcodeZone[postcode];
  }

  /**
   * The postcode string of a global postcode index.
   *
   * @param postcode global postcode index
   * @return prefix + zero-padded suffix
   */
  public String postcode(int postcode) {
    int z = postcodeZone[postcode];
    int k = postcode - firstPostcode[z];
    int width = suffixDigits[z];
    if (width == 0) {
      return prefix[z];
    }
    String digits = Integer.toString(k);
    return prefix[z] + "0".repeat(Math.max(0, width - digits.length())) + digits;
  }

  /** Copy of the zone-to-destination column. */
  public int[] destinationColumn() {
    return destination.clone();
  }

  /** Copy of the zone-to-first-postcode column. */
  public int[] firstPostcodeColumn() {
    return firstPostcode.clone();
  }

  /** Copy of the postcode-to-zone column. */
  public int[] postcodeZoneColumn() {
    return postcodeZone.clone();
  }
}
