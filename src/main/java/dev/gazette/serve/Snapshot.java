package dev.gazette.serve;

import dev.gazette.diag.Diagnostic;
import dev.gazette.store.PackStore;
import java.util.List;

/**
 * What the server answers from: the last good build's files, keyed by their decoded path
 * ({@code news/index.html}), and the errors of the last build when it failed. Immutable; the
 * server swaps in a new one after each build, so a request sees one whole site.
 *
 * @param generation counts builds (and static refreshes); pages carry it, so a browser that
 *     missed an event can tell it is stale when it reconnects
 * @param errors empty when the last build succeeded
 */
record Snapshot(long generation, FileTable files, List<Diagnostic> errors, PackStore pack) {
  Snapshot {
    errors = List.copyOf(errors);
  }

  /** Before the first build: nothing to serve yet. */
  static Snapshot empty() {
    return new Snapshot(0, FileTable.EMPTY, List.of(), null);
  }

  /** @param built every file of the build, in {@code pack} or on disk; handed over, never touched again */
  Snapshot succeeded(FileTable built, PackStore pack) {
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
