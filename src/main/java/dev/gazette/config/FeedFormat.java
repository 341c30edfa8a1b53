package dev.gazette.config;

import java.util.Locale;
import java.util.Optional;

/** The feed formats Gazette writes; every feed file name and link is derived from one of them. */
public enum FeedFormat {
  RSS("rss.xml", "application/rss+xml"),
  ATOM("atom.xml", "application/atom+xml"),
  JSON("feed.json", "application/feed+json");

  private final String defaultFile;
  private final String mediaType;

  FeedFormat(String defaultFile, String mediaType) {
    this.defaultFile = defaultFile;
    this.mediaType = mediaType;
  }

  /** The name written in {@code site-config.yml}: {@code rss}, {@code atom}, {@code json}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String defaultFile() {
    return defaultFile;
  }

  public String mediaType() {
    return mediaType;
  }

  /**
   * The theme template that writes this format instead of Gazette ({@code rss.ftlx}, {@code
   * atom.ftlx}), used when the theme has it; null for JSON Feed, which Gazette always writes.
   */
  public String template() {
    return this == JSON ? null : id() + ".ftlx";
  }

  public static Optional<FeedFormat> of(String id) {
    for (FeedFormat f : values()) {
      if (f.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
