package dev.gazette.feeds;

import dev.gazette.model.Article;
import dev.gazette.model.Site;
import dev.gazette.model.UrlPaths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code news-sitemap.xml}: Google News sitemap of the articles published in the last 48 hours
 * before the build's "now" (at most 1,000, as Google allows).
 *
 * <p>With no such article the file is not written and robots.txt does not name it: the sitemaps.org
 * schema requires at least one {@code <url>}, so an empty {@code <urlset>} is invalid (Search
 * Console reports it as an empty sitemap). The file disappears from the output and reappears with
 * the next article; {@code --changes} lists it as removed and added, so a deploy that syncs
 * deletions removes it and a crawler gets a 404, not an invalid file.
 */
public final class NewsSitemap {
  public static final String FILE = "news-sitemap.xml";
  /** What makes the file: it is written again by every build (it depends on the time) or not at all. */
  public static final String ORIGIN = "news sitemap";
  public static final Duration WINDOW = Duration.ofHours(48);
  static final int MAX = 1000;

  private NewsSitemap() {}

  /** The articles of the last 48 hours before {@code now}, newest first, at most 1,000; empty: no file. */
  public static List<Article> articles(Site site, Instant now) {
    var out = new ArrayList<Article>();
    Instant since = now.minus(WINDOW);
    for (Article a : site.articles()) {
      Instant t = a.date().toInstant();
      if (t.isBefore(since) || out.size() == MAX) {
        break;
      }
      if (!t.isAfter(now)) {
        out.add(a);
      }
    }
    return out;
  }

  /** The file listing {@code articles} (from {@link #articles}, not empty). */
  public static String render(Site site, List<Article> articles) {
    var base = site.config().baseUrl();
    String language = newsLanguage(site.config().language());
    var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
        .append(" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
    for (Article a : articles) {
      sb.append("  <url>\n    <loc>").append(Xml.escape(base.abs(UrlPaths.encode(a.path())))).append("</loc>\n")
          .append("    <news:news>\n      <news:publication>\n")
          .append("        <news:name>").append(Xml.escape(site.config().title())).append("</news:name>\n")
          .append("        <news:language>").append(language).append("</news:language>\n")
          .append("      </news:publication>\n")
          .append("      <news:publication_date>").append(FeedDates.rfc3339(a.date())).append("</news:publication_date>\n")
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
