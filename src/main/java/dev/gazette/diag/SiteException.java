package dev.gazette.diag;

import java.util.List;

/** Thrown by a stage that found errors in the site; carries every diagnostic found so far. */
public final class SiteException extends RuntimeException {
  private final transient List<Diagnostic> diagnostics;

  public SiteException(List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "site has errors" : diagnostics.get(0).format());
    this.diagnostics = List.copyOf(diagnostics);
  }

  public SiteException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
