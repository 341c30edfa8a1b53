package dev.gazette.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in a site, positioned at a file, a 1-based line and a 1-based column. A line of 0
 * means "the whole file"; a column of 0 means "the whole line".
 *
 * @param file path relative to the site root, always with forward slashes
 * @param hint what to do about it, or empty
 */
public record Diagnostic(
    String file, int line, int col, Severity severity, String message, String hint) {

  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::col)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
    if (line < 0 || col < 0) {
      throw new IllegalArgumentException("negative position " + line + ":" + col);
    }
  }

  public static Diagnostic error(String file, int line, int col, String message, String hint) {
    return new Diagnostic(file, line, col, Severity.ERROR, message, hint);
  }

  public static Diagnostic warning(String file, int line, int col, String message, String hint) {
    return new Diagnostic(file, line, col, Severity.WARNING, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  public Diagnostic asError() {
    return new Diagnostic(file, line, col, Severity.ERROR, message, hint);
  }

  /** {@code content/a.md:4:7: error: unknown channel "nws"} plus an indented hint line. */
  public String format() {
    var sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (col > 0) {
        sb.append(':').append(col);
      }
    }
    sb.append(": ").append(severity.label()).append(": ").append(message);
    if (!hint.isEmpty()) {
      sb.append("\n  hint: ").append(hint);
    }
    return sb.toString();
  }
}
