package io.hubscope.report;

import java.util.Locale;

/**
 * The six classes of form shown in the exposure heatmap, most revealing first, with their colours. They are the
 * classes of the exposure inventory ({@code exposure.share} groups): a detailed form label from
 * {@code dataflow.csv} ({@link io.hubscope.disclosure.FieldForm#label}) maps to one class.
 */
public enum FormClass {
  /** Held as is. */
  CLEAR("clear", "#b2182b"),
  /** A keyed or per-shipment pseudonym. */
  PSEUDONYMISED("pseudonymised", "#ef8a62"),
  /** Postcode or HS prefix, bins, rounded times. */
  GENERALISED("generalised", "#fddbc7"),
  /** Laplace noise added. */
  NOISED("noised", "#d1e5f0"),
  /** Only in aggregate. */
  AGGREGATE("aggregate", "#67a9cf"),
  /** Omitted or never received. */
  NONE("none", "#f2f2f2");

  private final String label;
  private final String colour;

  FormClass(String label, String colour) {
    this.label = label;
    this.colour = colour;
  }

  /** The class name, as in {@code exposure.share} groups. */
  public String label() {
    return label;
  }

  /** Fill colour, {@code #rrggbb}. */
  public String colour() {
    return colour;
  }

  /** True when the colour is dark enough to need white text. */
  public boolean dark() {
    return this == CLEAR;
  }

  /**
   * The class of a form label from {@code dataflow.csv}.
   *
   * @param form e.g. {@code clear}, {@code pseudonym(keyed)}, {@code postcode/2}, {@code noise e=1}, {@code none}
   * @return its class; unknown labels count as generalised (held, but not in clear)
   */
  public static FormClass of(String form) {
    String f = form == null ? "" : form.trim().toLowerCase(Locale.ROOT);
    if (f.equals("clear")) {
      return CLEAR;
    }
    if (f.startsWith("pseudonym")) {
      return PSEUDONYMISED;
    }
    if (f.startsWith("noise")) {
      return NOISED;
    }
    if (f.startsWith("aggregate")) {
      return AGGREGATE;
    }
    if (f.isEmpty() || f.equals("none") || f.equals("-") || f.equals("omitted")) {
      return NONE;
    }
    return GENERALISED;
  }
}
