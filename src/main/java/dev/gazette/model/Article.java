package dev.gazette.model;

import dev.gazette.config.Channel;
import dev.gazette.store.StoredText;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One published article or standalone page, ready to render.
 *
 * @param relPath the source file, {@code content/news/a.md}; unique, and the article's identity
 * @param channel null for a standalone page
 * @param date null only for a standalone page without one
 * @param lead the front matter's {@code summary}, or null
 * @param teaser the lead, or else the teaser cut from the body (SPEC §6)
 * @param path the decoded site path of the page, {@code news/suzhou/2022/06/slug/}
 * @param html the body as HTML, kept on disk until a page or feed reads it
 */
public record Article(
    String relPath,
    String title,
    Channel channel,
    ZonedDateTime date,
    ZonedDateTime updated,
    String source,
    List<String> authors,
    List<String> tags,
    String lead,
    String teaser,
    String image,
    boolean headline,
    boolean page,
    List<String> aliases,
    Map<String, Object> params,
    String path,
    StoredText html,
    int readingMinutes,
    int charCount) {

  public Article {
    Objects.requireNonNull(relPath);
    Objects.requireNonNull(title);
    Objects.requireNonNull(path);
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    aliases = List.copyOf(aliases);
    params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
  }

  /**
   * When the article last changed: {@code updated} when it is later than {@code date}, else
   * {@code date} (null only for an undated standalone page).
   */
  public ZonedDateTime lastModified() {
    if (date == null) {
      return updated;
    }
    return updated != null && updated.isAfter(date) ? updated : date;
  }
}
