package io.hubscope.scenario;

import java.util.List;

/**
 * A product category of the catalogue.
 *
 * @param id identifier
 * @param name human-readable name
 * @param hs Harmonised System code, 2 to 6 digits
 * @param value declared value per parcel in EUR
 * @param weight gross weight per parcel in kg
 * @param tags special-category and strategic tags
 */
public record Category(
    String id, String name, String hs, DistributionSpec value, DistributionSpec weight, List<CategoryTag> tags) {}
