package io.hubscope.scenario;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Tags on a product category. The first group are GDPR Art. 9 special categories of personal data, inferable from
 * what a person buys; the rest describe strategic goods.
 */
public enum CategoryTag {
  HEALTH("health", true),
  RELIGION("religion", true),
  POLITICS("politics", true),
  SEXUALITY("sexuality", true),
  ETHNICITY("ethnicity", true),
  TRADE_UNION("tradeUnion", true),
  DUAL_USE("dualUse", false),
  CRITICAL("critical", false);

  private final String yamlName;
  private final boolean specialCategory;

  CategoryTag(String yamlName, boolean specialCategory) {
    this.yamlName = yamlName;
    this.specialCategory = specialCategory;
  }

  /** The spelling used in scenario files. */
  @JsonValue
  public String yamlName() {
    return yamlName;
  }

  /** True for GDPR Art. 9 special categories. */
  public boolean specialCategory() {
    return specialCategory;
  }
}
