package dev.gazette.frontmatter;

import java.util.Locale;
import java.util.Optional;

/**
 * What a content file is ({@code layout:} in its front matter): a dated article in a channel, a
 * standalone page (about, contact), or a special topic (专题) that articles join with {@code topics:}.
 * Pages and topics need no channel, date, source or author.
 */
public enum Layout {
  ARTICLE,
  PAGE,
  TOPIC;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the file stands outside the channels: a page or a topic. */
  public boolean standalone() {
    return this != ARTICLE;
  }

  static Optional<Layout> of(String id) {
    for (Layout l : values()) {
      if (l.id().equals(id)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
