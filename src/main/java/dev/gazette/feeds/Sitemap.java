package dev.gazette.feeds;

import dev.gazette.config.BaseUrl;
import dev.gazette.config.PageKind;
import dev.gazette.model.Article;
import dev.gazette.model.Permalinks;
import dev.gazette.model.Site;
import dev.gazette.model.UrlPaths;
import dev.gazette.output.OutputFile;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sitemap.xml}: the home page, channel, tag, reporter and source indexes, articles and
 * pages. Above 50,000 URLs it becomes a sitemap index over {@code sitemap-1.xml}, ...
 */
public final class Sitemap {
  public static final String FILE = "sitemap.xml";
  static final int MAX_URLS = 50_000;
  private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private Sitemap() {}

  record Entry(String path, ZonedDateTime lastmod) {}

  public static List<OutputFile> render(Site site) {
    return render(entries(site), site.config().baseUrl(), MAX_URLS);
  }

  static List<OutputFile> render(List<Entry> entries, BaseUrl base, int maxUrls) {
    if (entries.size() <= maxUrls) {
      return List.of(OutputFile.text(FILE, urlset(entries, base), "sitemap"));
    }
    var index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    int parts = (entries.size() + maxUrls - 1) / maxUrls;
    // the parts side by side: 50,000 URLs each, with their dates formatted
    var out = new ArrayList<OutputFile>(java.util.stream.IntStream.range(0, parts).parallel()
        .mapToObj(i -> OutputFile.text("sitemap-" + (i + 1) + ".xml",
            urlset(entries.subList(i * maxUrls, Math.min(entries.size(), (i + 1) * maxUrls)), base), "sitemap"))
        .toList());
    for (int n = 1; n <= parts; n++) {
      index.append("  <sitemap><loc>").append(Xml.escape(base.abs("sitemap-" + n + ".xml"))).append("</loc></sitemap>\n");
    }
    index.append("</sitemapindex>\n");
    out.add(OutputFile.text(FILE, index.toString(), "sitemap"));
    return out;
  }

  static List<Entry> entries(Site site) {
    var out = new ArrayList<Entry>();
    ZonedDateTime newest = site.articles().isEmpty() ? null : site.articles().get(0).date();
    out.add(new Entry("", newest));
    site.byChannel().forEach((id, list) -> out.add(new Entry(Permalinks.channel(id), list.isEmpty() ? null : list.get(0).date())));
    for (Article a : site.articles()) {
      out.add(new Entry(a.path(), a.lastModified()));
    }
    for (Article p : site.pages()) {
      out.add(new Entry(p.path(), p.lastModified()));
    }
    var c = site.config();
    if (c.writes(PageKind.TAGS)) {
      site.tags().values().forEach(t -> out.add(new Entry(Permalinks.tag(t.name()), t.articles().get(0).date())));
    }
    if (c.writes(PageKind.AUTHORS)) {
      site.authors().values().forEach(t -> out.add(new Entry(Permalinks.author(t.name()), t.articles().get(0).date())));
    }
    if (c.writes(PageKind.SOURCES)) {
      site.sources().values().forEach(t -> out.add(new Entry(Permalinks.source(t.name()), t.articles().get(0).date())));
    }
    if (c.writes(PageKind.EDITORS)) {
      site.editors().values().forEach(t -> out.add(new Entry(Permalinks.editor(t.name()), t.articles().get(0).date())));
    }
    if (c.writes(PageKind.TOPICS)) {
      site.topics().values().forEach(t -> out.add(new Entry(Permalinks.topic(t.id()),
          t.articles().isEmpty() ? t.page().lastModified() : t.articles().get(0).date())));
    }
    return out;
  }

  private static String urlset(List<Entry> entries, BaseUrl base) {
    var sb = new StringBuilder(128 + entries.size() * 160)
        .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (Entry e : entries) {
      sb.append("  <url><loc>").append(Xml.escape(base.abs(UrlPaths.encode(e.path())))).append("</loc>");
      if (e.lastmod() != null) {
        sb.append("<lastmod>").append(W3C.format(e.lastmod().withNano(0))).append("</lastmod>");
      }
      sb.append("</url>\n");
    }
    return sb.append("</urlset>\n").toString();
  }
}
