package dev.gazette.diag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A thread-safe collector: stages report every problem they find and the build fails once, with
 * the whole list, at the end of a stage.
 */
public final class Diagnostics {
  /** A set: a problem found twice on one path is reported once. */
  private final LinkedHashSet<Diagnostic> items = new LinkedHashSet<>();

  public synchronized void add(Diagnostic d) {
    items.add(d);
  }

  public void addAll(List<Diagnostic> ds) {
    if (ds.isEmpty()) {
      return;
    }
    synchronized (this) {
      items.addAll(ds);
    }
  }

  public void error(String file, int line, int col, String message, String hint) {
    add(Diagnostic.error(file, line, col, message, hint));
  }

  public void warning(String file, int line, int col, String message, String hint) {
    add(Diagnostic.warning(file, line, col, message, hint));
  }

  public synchronized boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  /** All diagnostics so far, sorted by file and position. */
  public synchronized List<Diagnostic> sorted() {
    var copy = new ArrayList<>(items);
    copy.sort(Diagnostic.ORDER);
    return List.copyOf(copy);
  }

  /** Ends the current stage when any error was reported. */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw new SiteException(sorted());
    }
  }
}
