package io.hubscope.scenario;

import java.util.List;

/**
 * A whole scenario as written in a YAML file (after a variant, if any, was applied). Every list is non-null after
 * loading; optional scalars may be null and take the defaults documented in {@code docs/scenario-reference.md}.
 */
public record Scenario(
    Meta meta,
    Regions regions,
    List<Party> parties,
    NetworkSpec network,
    List<Category> catalogue,
    MerchantSpec merchants,
    CustomerSpec customers,
    DemandSpec demand,
    List<FieldSpec> fields,
    List<MessageSpec> messages,
    List<TransformSpec> transforms,
    List<ObserverSpec> observers,
    List<NeedSpec> needs,
    DisruptionSpec disruption,
    AnalysisSpec analysis,
    List<VariantSpec> variants) {}
