package dev.gazette.serve;

import dev.gazette.diag.Diagnostic;
import dev.gazette.store.PackStore;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What the server answers from: the last good build's files, keyed by their decoded path
 * ({@code news/index.html}), and the errors of the last build when it failed. Immutable; the
 * server swaps in a new one after each build, so a request sees one whole site.
 *
 * @param generation counts builds (and static refreshes); pages carry it, so a browser that
 *     missed an event can tell it is stale when it reconnects
 * @param errors empty when the last build succeeded
 */
record Snapshot(long generation, Map<String, ServedFile> files, List<Diagnostic> errors, PackStore pack) {
  /**
   * The files map is wrapped, not copied, so that a rebuild of 10,000 articles hashes its 13,000
   * paths once; every caller (all in this package) hands over a map it never touches again.
   */
  Snapshot {
    files = Collections.unmodifiableMap(files);
    errors = List.copyOf(errors);
  }

  /** Before the first build: nothing to serve yet. */
  static Snapshot empty() {
    return new Snapshot(0, Map.of(), List.of(), null);
  }

  /** @param built every file of the build, in {@code pack} or on disk; handed over, never touched again */
  Snapshot succeeded(Map<String, ServedFile> built, PackStore pack) {
    return new Snapshot(generation + 1, built, List.of(), pack);
  }

  /** Keeps serving the last good files. */
  Snapshot failed(List<Diagnostic> diagnostics) {
    List<Diagnostic> shown = diagnostics.stream().filter(Diagnostic::isError).toList();
    if (shown.isEmpty()) {
      shown = diagnostics.isEmpty() ? List.of(Diagnostic.error("site", 0, 0, "the build failed", "")) : diagnostics;
    }
    return new Snapshot(generation + 1, files, shown, pack);
  }

  /** The same files, changed on disk (static files are read when served). */
  Snapshot touched() {
    return new Snapshot(generation + 1, files, errors, pack);
  }

  boolean isFailed() {
    return !errors.isEmpty();
  }

  ServedFile get(String path) {
    return files.get(path);
  }
}
