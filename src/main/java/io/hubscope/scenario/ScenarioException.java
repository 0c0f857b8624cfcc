package io.hubscope.scenario;

import java.util.List;

/** A scenario that cannot be used: carries every error found (and the warnings seen on the way). */
public final class ScenarioException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  /**
   * Creates the exception.
   *
   * @param diagnostics problems, at least one of them an error
   */
  public ScenarioException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().filter(Diagnostic::isError).findFirst().map(Diagnostic::format)
        .orElse("invalid scenario"));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Every problem, errors and warnings, in file order. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Only the errors. */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }
}
