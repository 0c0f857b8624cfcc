package io.hubscope.scenario;

import java.util.List;

/**
 * Where goods come from and where they go.
 *
 * @param origins sending regions (e.g. Chinese provinces), each attached to a network node
 * @param destinations receiving countries, each with postcode zones
 */
public record Regions(List<Origin> origins, List<Destination> destinations) {

  /**
   * A sending region.
   *
   * @param id identifier referenced by merchant origin mixes
   * @param name human-readable name
   * @param country ISO 3166 alpha-2 code
   * @param node the network node where this region's parcels enter the network
   */
  public record Origin(String id, String name, String country, String node) {}

  /**
   * A destination country with postcode zones. Postcodes have three granularities: country, zone prefix, full code.
   *
   * @param id ISO 3166 alpha-2 code (used as identifier)
   * @param name human-readable name
   * @param node the network node (last-mile depot) that serves this country
   * @param postcodeDigits length of a full postcode
   * @param zones postcode zones, identified by their prefix
   */
  public record Destination(String id, String name, String node, Integer postcodeDigits, List<Zone> zones) {

    /**
     * The length of a full postcode in a zone: {@code postcodeDigits}, or when it is not given the zone's prefix
     * (whose postcodes are then the prefix itself).
     *
     * @param zone one of this destination's zones
     * @return digits
     */
    public int postcodeLength(Zone zone) {
      return postcodeDigits != null ? postcodeDigits : zone.prefix().length();
    }
  }

  /**
   * A postcode zone.
   *
   * @param prefix postcode prefix shared by the zone (its identifier within the country)
   * @param name human-readable name
   * @param population residents
   * @param postcodes how many distinct full postcodes the zone holds
   */
  public record Zone(String prefix, String name, Long population, Integer postcodes) {}
}
