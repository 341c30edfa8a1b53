package dev.gazette.config;

import java.util.Locale;
import java.util.Optional;

/**
 * Kinds of output a site can switch off with {@code disableKinds} (Hugo's setting of the same
 * name): a site without reporters' pages, or a benchmark that renders only what a peer renders.
 * A disabled term kind also writes no feeds and its names are shown without links.
 */
public enum PageKind {
  TAGS("tags"),
  AUTHORS("authors"),
  SOURCES("sources"),
  EDITORS("editors"),
  TOPICS("topics"),
  SITEMAP("sitemap"),
  ROBOTS("robots"),
  NOT_FOUND("404");

  private final String id;

  PageKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<PageKind> of(String id) {
    for (PageKind k : values()) {
      if (k.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
