package dev.gazette.model;

import dev.gazette.config.Channel;
import dev.gazette.frontmatter.Editorial;
import dev.gazette.frontmatter.Layout;
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
 * @param text the body's readable text, kept on disk until the search index reads it
 * @param topics ids of the topics (专题) the article joins
 * @param media the lead image's caption and credit, and the gallery (图集)
 * @param bodyImages the {@code src} of every image in the body's HTML (its photos get derivatives)
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
    Layout layout,
    List<String> aliases,
    Editorial editorial,
    List<String> topics,
    Map<String, Object> params,
    String path,
    StoredText html,
    StoredText text,
    int readingMinutes,
    int charCount,
    dev.gazette.frontmatter.Media media,
    List<String> bodyImages) {

  public Article {
    Objects.requireNonNull(relPath);
    Objects.requireNonNull(title);
    Objects.requireNonNull(path);
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(layout);
    Objects.requireNonNull(editorial);
    topics = List.copyOf(topics);
    params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    Objects.requireNonNull(media);
    bodyImages = List.copyOf(bodyImages);
  }

  /** Whether the article is a photo gallery (图集). */
  public boolean gallery() {
    return !media.gallery().isEmpty();
  }

  /** Whether it stands outside the channels: a standalone page or a topic. */
  public boolean page() {
    return layout.standalone();
  }

  public boolean topic() {
    return layout == Layout.TOPIC;
  }

  /**
   * When the article last changed: the latest of {@code date}, {@code updated} and the newest
   * correction (null only for an undated standalone page without either).
   */
  public ZonedDateTime lastModified() {
    ZonedDateTime last = date;
    for (ZonedDateTime t : new ZonedDateTime[] {updated, editorial.lastCorrected()}) {
      if (t != null && (last == null || t.isAfter(last))) {
        last = t;
      }
    }
    return last;
  }

  /**
   * When the newest change among {@code articles} happened: the latest {@link #lastModified()} (a
   * list's sitemap lastmod, a feed's updated date); null when none has a date.
   */
  public static ZonedDateTime lastModified(java.util.Collection<Article> articles) {
    ZonedDateTime last = null;
    for (Article a : articles) {
      ZonedDateTime t = a.lastModified();
      if (t != null && (last == null || t.isAfter(last))) {
        last = t;
      }
    }
    return last;
  }

  /** The modification date to show and publish when it differs from {@code date}, else null. */
  public ZonedDateTime modified() {
    ZonedDateTime last = lastModified();
    return last == null || last.equals(date) ? null : last;
  }
}
