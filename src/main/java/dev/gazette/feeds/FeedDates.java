package dev.gazette.feeds;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The two date formats of feeds and sitemaps, in one place: RFC 822 (RSS's {@code pubDate}) and
 * RFC 3339 to the second (Atom, JSON Feed, sitemaps, the news sitemap), each in the article's own
 * offset, so a date reads as the newsroom wrote it.
 */
final class FeedDates {
  private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

  private FeedDates() {}

  /** {@code Thu, 03 Dec 2026 09:30:00 +0800}. */
  static String rfc822(ZonedDateTime t) {
    return RFC_822.format(t);
  }

  /** {@code 2026-12-03T09:30:00+08:00}: seconds, no fraction (W3C Datetime, as sitemaps ask). */
  static String rfc3339(ZonedDateTime t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.withNano(0));
  }
}
