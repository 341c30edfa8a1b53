package dev.gazette.feeds;

import dev.gazette.config.SiteConfig;
import dev.gazette.model.Article;
import dev.gazette.model.UrlPaths;
import dev.gazette.render.PhotoSet;

/** Atom 1.0 ({@code atom.xml}), written beside {@code rss.xml} when {@code feed.formats} has atom. */
public final class AtomFeed {
  private AtomFeed() {}

  public static String render(FeedSpec feed, SiteConfig config, PhotoSet photos) {
    var base = config.baseUrl();
    String self = base.abs(UrlPaths.encode(feed.dir() + config.feed().file(dev.gazette.config.FeedFormat.ATOM)));
    var sb = new StringBuilder(4096 + feed.items().size() * 4096);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(Xml.escape(config.language())).append("\">\n")
        .append("  <title>").append(Xml.escape(feed.title())).append("</title>\n")
        .append("  <subtitle>").append(Xml.escape(feed.description())).append("</subtitle>\n")
        .append("  <id>").append(Xml.escape(self)).append("</id>\n")
        .append("  <link href=\"").append(Xml.escape(feed.pageUrl())).append("\"/>\n")
        .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.escape(self)).append("\"/>\n")
        .append("  <generator>Gazette</generator>\n")
        .append("  <updated>").append(feed.items().isEmpty() ? "1970-01-01T00:00:00Z" : FeedDates.rfc3339(RssFeed.lastChange(feed))).append("</updated>\n");
    for (Article a : feed.items()) {
      String link = base.abs(UrlPaths.encode(a.path()));
      var updated = a.lastModified();
      sb.append("  <entry>\n")
          .append("    <title>").append(Xml.escape(a.title())).append("</title>\n")
          .append("    <link href=\"").append(Xml.escape(link)).append("\"/>\n")
          .append("    <id>").append(Xml.escape(link)).append("</id>\n")
          .append("    <published>").append(FeedDates.rfc3339(a.date())).append("</published>\n")
          .append("    <updated>").append(FeedDates.rfc3339(updated)).append("</updated>\n");
      FeedImage image = FeedImage.of(a, base, photos);
      if (image != null) {
        sb.append("    <link rel=\"enclosure\" href=\"").append(Xml.escape(image.url())).append('"')
            .append(image.attributes(false)).append("/>\n");
      }
      for (String author : a.authors()) {
        sb.append("    <author><name>").append(Xml.escape(author)).append("</name></author>\n");
      }
      for (String editor : a.editorial().editors()) {
        sb.append("    <contributor><name>").append(Xml.escape(editor)).append("</name></contributor>\n");
      }
      for (String tag : a.tags()) {
        sb.append("    <category term=\"").append(Xml.escape(tag)).append("\"/>\n");
      }
      sb.append("    <summary>").append(Xml.escape(a.teaser())).append("</summary>\n")
          .append("    <content type=\"html\">").append(Xml.escape(FeedContent.html(a, base.origin(), link))).append("</content>\n")
          .append("  </entry>\n");
    }
    sb.append("</feed>\n");
    return sb.toString();
  }
}
