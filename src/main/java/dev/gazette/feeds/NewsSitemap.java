package dev.gazette.feeds;

import dev.gazette.model.Article;
import dev.gazette.model.Site;
import dev.gazette.model.UrlPaths;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * {@code news-sitemap.xml}: Google News sitemap of the articles published in the last 48 hours
 * before the build's "now" (at most 1,000, as Google allows).
 */
public final class NewsSitemap {
  public static final String FILE = "news-sitemap.xml";
  public static final Duration WINDOW = Duration.ofHours(48);
  static final int MAX = 1000;

  private NewsSitemap() {}

  public static String render(Site site, Instant now) {
    var base = site.config().baseUrl();
    String language = newsLanguage(site.config().language());
    var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
        .append(" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
    int n = 0;
    Instant since = now.minus(WINDOW);
    for (Article a : site.articles()) {
      Instant t = a.date().toInstant();
      if (t.isBefore(since)) {
        break;
      }
      if (t.isAfter(now) || ++n > MAX) {
        continue;
      }
      sb.append("  <url>\n    <loc>").append(Xml.escape(base.abs(UrlPaths.encode(a.path())))).append("</loc>\n")
          .append("    <news:news>\n      <news:publication>\n")
          .append("        <news:name>").append(Xml.escape(site.config().title())).append("</news:name>\n")
          .append("        <news:language>").append(language).append("</news:language>\n")
          .append("      </news:publication>\n")
          .append("      <news:publication_date>").append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(a.date().withNano(0))).append("</news:publication_date>\n")
          .append("      <news:title>").append(Xml.escape(a.title())).append("</news:title>\n")
          .append("    </news:news>\n  </url>\n");
    }
    return sb.append("</urlset>\n").toString();
  }

  /** Google News wants ISO 639 codes, with zh-cn / zh-tw for Chinese. */
  static String newsLanguage(String language) {
    String l = language.toLowerCase(Locale.ROOT);
    if (l.startsWith("zh")) {
      return l.contains("tw") || l.contains("hk") || l.contains("hant") ? "zh-tw" : "zh-cn";
    }
    int dash = l.indexOf('-');
    return dash < 0 ? l : l.substring(0, dash);
  }
}
