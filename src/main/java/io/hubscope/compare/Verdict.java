package io.hubscope.compare;

/** The plain-language verdict on a variant's mean against the baseline's (see {@link SampleComparison}). */
public enum Verdict {
  /** The variant's mean is lower: significant at alpha, or both samples constant with a lower value. */
  LOWER("lower"),
  /** The variant's mean is higher: significant at alpha, or both samples constant with a higher value. */
  HIGHER("higher"),
  /** The test cannot tell the means apart at alpha (or cannot be run: fewer than 2 values on a side). */
  NO_DETECTABLE_DIFFERENCE("no detectable difference"),
  /** Both samples are constant and equal: the variant changes nothing here. */
  NO_DIFFERENCE("no difference");

  private final String text;

  Verdict(String text) {
    this.text = text;
  }

  /** The text written to files and tables. */
  public String text() {
    return text;
  }
}
