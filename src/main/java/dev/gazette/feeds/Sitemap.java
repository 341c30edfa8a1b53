package dev.gazette.feeds;

import dev.gazette.config.BaseUrl;
import dev.gazette.model.Article;
import dev.gazette.model.Listing;
import dev.gazette.model.Site;
import dev.gazette.model.UrlPaths;
import dev.gazette.output.OutputFile;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sitemap.xml}: articles and pages, then the home page and the channel, tag, reporter,
 * source, editor and topic indexes. Above 50,000 URLs it becomes a sitemap index over {@code
 * sitemap-1.xml}, ... ({@link Part}).
 *
 * <p>Articles are listed oldest first and the indexes last, so that the parts of a large archive
 * stay the same from one publish to the next: a new article and the indexes whose {@code lastmod}
 * it moves are in the last parts, and the parts before them keep their bytes (a build keeps an
 * unchanged part's file without formatting it again; a CDN sees no change). Newest first, one
 * article would shift every part. The protocol gives the order no meaning.
 */
public final class Sitemap {
  public static final String FILE = "sitemap.xml";
  static final int MAX_URLS = 50_000;

  private Sitemap() {}

  /** One URL: a site path and its last modification, or null when it has none. */
  public record Entry(String path, ZonedDateTime lastmod) {}

  /** One file of URLs: {@code sitemap.xml} itself, or a numbered part of the index. */
  public record Part(String file, List<Entry> entries) {}

  /** The site's URLs, in files of at most 50,000. */
  public static List<Part> parts(Site site) {
    return parts(entries(site), MAX_URLS);
  }

  static List<Part> parts(List<Entry> entries, int maxUrls) {
    if (entries.size() <= maxUrls) {
      return List.of(new Part(FILE, entries));
    }
    var out = new ArrayList<Part>();
    for (int i = 0; i * maxUrls < entries.size(); i++) {
      out.add(new Part("sitemap-" + (i + 1) + ".xml",
          entries.subList(i * maxUrls, Math.min(entries.size(), (i + 1) * maxUrls))));
    }
    return out;
  }

  /** A part's file. */
  public static OutputFile render(Part part, BaseUrl base) {
    return OutputFile.text(part.file(), urlset(part.entries(), base), "sitemap");
  }

  /** {@code sitemap.xml} as the index of {@code parts}, or null when there is one part (it is that file). */
  public static OutputFile index(List<Part> parts, BaseUrl base) {
    if (parts.size() == 1) {
      return null;
    }
    var index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (Part p : parts) {
      index.append("  <sitemap><loc>").append(Xml.escape(base.abs(p.file()))).append("</loc></sitemap>\n");
    }
    index.append("</sitemapindex>\n");
    return OutputFile.text(FILE, index.toString(), "sitemap");
  }

  /** Every file: the parts and, above the limit, the index. */
  static List<OutputFile> render(List<Entry> entries, BaseUrl base, int maxUrls) {
    var parts = parts(entries, maxUrls);
    var out = new ArrayList<OutputFile>();
    parts.forEach(p -> out.add(render(p, base)));
    OutputFile index = index(parts, base);
    if (index != null) {
      out.add(index);
    }
    return out;
  }

  static List<Entry> entries(Site site) {
    var out = new ArrayList<Entry>();
    List<Article> articles = site.articles();
    for (int i = articles.size() - 1; i >= 0; i--) {
      Article a = articles.get(i);
      out.add(new Entry(a.path(), a.lastModified()));
    }
    for (Article p : site.pages()) {
      out.add(new Entry(p.path(), p.lastModified()));
    }
    out.add(new Entry("", Article.lastModified(site.onHome())));
    for (Listing list : Listing.of(site)) {
      out.add(new Entry(list.index(), lastmod(site, list)));
    }
    return out;
  }

  /**
   * A list's lastmod: the last change of the articles its index shows (dates, updates and
   * corrections, as an article's own lastmod), and of its intro (a topic's page). The sitemap
   * names only the index of a list, whose page changes when one of those does; {@code page/n/}
   * pages are not listed, as Hugo does not list them.
   */
  private static ZonedDateTime lastmod(Site site, Listing list) {
    var shown = new ArrayList<>(site.firstPage(list.articles()));
    if (list.intro() != null) {
      shown.add(list.intro());
    }
    return Article.lastModified(shown);
  }

  private static String urlset(List<Entry> entries, BaseUrl base) {
    var sb = new StringBuilder(128 + entries.size() * 160)
        .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (Entry e : entries) {
      sb.append("  <url><loc>").append(Xml.escape(base.abs(UrlPaths.encode(e.path())))).append("</loc>");
      if (e.lastmod() != null) {
        sb.append("<lastmod>").append(FeedDates.rfc3339(e.lastmod())).append("</lastmod>");
      }
      sb.append("</url>\n");
    }
    return sb.append("</urlset>\n").toString();
  }
}
