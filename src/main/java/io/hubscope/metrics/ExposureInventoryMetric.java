package io.hubscope.metrics;

import io.hubscope.disclosure.FieldForm;
import io.hubscope.disclosure.ObserverView;
import io.hubscope.scenario.FieldSpec;
import io.hubscope.scenario.TransformSpec;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Exposure inventory: for each field and each data class, the share of all shipments in which the observer holds
 * it in clear, pseudonymised, generalised, noised, only in aggregate, or not at all.
 *
 * <p>Definition: with n_r shipments on route r and the observer's form of field f on route r given by its view,
 * share(f, form) = &Sigma;<sub>r: form(r, f) = form</sub> n_r / &Sigma;<sub>r</sub> n_r. For a data class, the form of
 * the class on a route is the most revealing form among its fields. Forms: {@code clear} (keep), {@code generalised},
 * {@code noised}, {@code pseudonymised}, {@code aggregate} (aggregateOnly), {@code none} (omitted or never
 * received). The shares of one field sum to 1. Cost O(n) to count routes plus O(routes &middot; fields).
 */
public final class ExposureInventoryMetric implements Metric {

  /** Form labels in code order (keep, generalise, noise, pseudonymise, aggregateOnly, omit, none). */
  static final String[] FORM_LABELS =
      {"clear", "generalised", "noised", "pseudonymised", "aggregate", "none", "none"};

  /** Distinct labels in report order. */
  static final String[] REPORTED = {"clear", "pseudonymised", "generalised", "noised", "aggregate", "none"};

  @Override
  public String name() {
    return "exposure";
  }

  @Override
  public String description() {
    return "Share of shipments in which the observer holds each field and data class in clear, pseudonymised, "
        + "generalised, noised, aggregated or not at all.";
  }

  @Override
  public MetricAccumulator newAccumulator(MetricContext context) {
    return new Accumulator(context);
  }

  /**
   * The form label of a code.
   *
   * @param code form code
   * @return label
   */
  public static String label(byte code) {
    return FORM_LABELS[code];
  }

  private static final class Accumulator extends RouteCountAccumulator {

    Accumulator(MetricContext context) {
      super(context);
    }

    @Override
    public void emit(MetricSink sink) {
      ObserverView view = context.view();
      List<FieldSpec> fields = context.scenario().fields();
      long total = 0;
      for (long n : perRoute) {
        total += n;
      }
      for (int f = 0; f < fields.size(); f++) {
        long[] byForm = new long[FieldForm.NONE_CODE + 1];
        for (int r = 0; r < perRoute.length; r++) {
          byForm[view.code(r, f)] += perRoute[r];
        }
        emitForms(sink, "field", fields.get(f).id(), byForm, total);
      }
      for (FieldSpec.DataClass dc : FieldSpec.DataClass.values()) {
        int[] ofClass = IntStream.range(0, fields.size()).filter(f -> fields.get(f).dataClass() == dc).toArray();
        if (ofClass.length == 0) {
          continue;
        }
        long[] byForm = new long[FieldForm.NONE_CODE + 1];
        for (int r = 0; r < perRoute.length; r++) {
          byte best = FieldForm.NONE_CODE;
          for (int f : ofClass) {
            best = (byte) Math.min(best, view.code(r, f));
          }
          byForm[best] += perRoute[r];
        }
        emitForms(sink, "class", dc.yamlName(), byForm, total);
      }
    }

    private static void emitForms(MetricSink sink, String key, String id, long[] byForm, long total) {
      for (String label : REPORTED) {
        long n = 0;
        for (int code = 0; code < byForm.length; code++) {
          if (FORM_LABELS[code].equals(label)) {
            n += byForm[code];
          }
        }
        sink.accept("share", Groups.of(key, id, "form", label), CoverageMetric.ratio(n, total), "share");
      }
    }
  }

  static {
    if (FORM_LABELS.length != FieldForm.NONE_CODE + 1 || TransformSpec.Op.values().length != 6) {
      throw new IllegalStateException("form labels out of step with TransformSpec.Op");
    }
  }
}
