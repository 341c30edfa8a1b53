package dev.gazette.cli;

import dev.gazette.diag.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Prints diagnostics as {@code FILE:LINE:COL: error: message} lines, at most 50 of them. */
final class Reporter {
  static final int MAX_SHOWN = 50;

  private Reporter() {}

  /** @param site paths are printed relative to the current folder, under this site folder */
  static void print(PrintWriter err, List<Diagnostic> diagnostics, Path site) {
    int shown = 0;
    for (Diagnostic d : diagnostics) {
      if (shown++ == MAX_SHOWN) {
        err.println("... and " + (diagnostics.size() - MAX_SHOWN) + " more");
        break;
      }
      err.println(prefix(d, site).format());
    }
    err.flush();
  }

  static void summary(PrintWriter err, List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    err.println("failed: " + errors + (errors == 1 ? " error" : " errors")
        + (warnings > 0 ? ", " + warnings + (warnings == 1 ? " warning" : " warnings") : ""));
    err.flush();
  }

  private static Diagnostic prefix(Diagnostic d, Path site) {
    String s = site.normalize().toString();
    if (s.isEmpty() || s.equals(".") || d.file().startsWith("/") || d.file().startsWith("--")) {
      return d;
    }
    String file = site.resolve(d.file()).toString().replace('\\', '/');
    return new Diagnostic(file, d.line(), d.col(), d.severity(), d.message(), d.hint());
  }
}
