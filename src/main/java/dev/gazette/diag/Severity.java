package dev.gazette.diag;

/** How bad a {@link Diagnostic} is. Warnings become errors under {@code --strict}. */
public enum Severity {
  ERROR,
  WARNING;

  String label() {
    return this == ERROR ? "error" : "warning";
  }
}
