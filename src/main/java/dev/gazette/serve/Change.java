package dev.gazette.serve;

import java.util.Objects;

/**
 * One changed path of the site.
 *
 * @param path relative to the site root with forward slashes ({@code content/news/a.md}); the
 *     watched folder itself when events were lost
 */
public record Change(ChangeKind kind, String path) {
  public Change {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(path);
  }

  /** Events were lost (the watcher's queue overflowed): anything may have changed. */
  public static final Change EVERYTHING = new Change(ChangeKind.CONFIG, "anything (file events were lost)");

  public static Change of(String relPath) {
    return new Change(ChangeKind.of(relPath), relPath);
  }

  @Override
  public String toString() {
    return kind.label() + ": " + path;
  }
}
