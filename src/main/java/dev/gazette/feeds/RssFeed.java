package dev.gazette.feeds;

import dev.gazette.config.SiteConfig;
import dev.gazette.model.Article;
import dev.gazette.model.UrlPaths;
import dev.gazette.render.PhotoSet;
import java.time.ZonedDateTime;

/**
 * RSS 2.0: reporters in {@code dc:creator} (RSS {@code <author>} must be an e-mail address), editors
 * (责任编辑) in {@code dc:contributor}, a reprint's original ({@code sourceUrl}) in {@code dc:source}
 * (Dublin Core: the resource this one is derived from, named by its URI; RSS {@code <source url>}
 * must name the source's feed, which a site does not know),
 * {@code pubDate} in RFC 822 with English names and the site's offset, {@code guid} = permalink,
 * the teaser in {@code description} and the full body, with absolute links, in {@code
 * content:encoded}; the lead image (a 图集's first photo; a photo's widest derivative, with its
 * size) as Media RSS {@code media:content} (an {@code enclosure} would need the file's length).
 */
public final class RssFeed {

  private RssFeed() {}

  public static String render(FeedSpec feed, SiteConfig config, PhotoSet photos) {
    var base = config.baseUrl();
    String self = base.abs(UrlPaths.encode(feed.dir() + config.feed().file(dev.gazette.config.FeedFormat.RSS)));
    var sb = new StringBuilder(4096 + feed.items().size() * 4096);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"")
        .append(" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"")
        .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
        .append(" xmlns:media=\"http://search.yahoo.com/mrss/\">\n")
        .append("<channel>\n")
        .append("  <title>").append(Xml.escape(feed.title())).append("</title>\n")
        .append("  <link>").append(Xml.escape(feed.pageUrl())).append("</link>\n")
        .append("  <description>").append(Xml.escape(feed.description())).append("</description>\n")
        .append("  <language>").append(Xml.escape(config.language())).append("</language>\n")
        .append("  <generator>Gazette</generator>\n");
    if (!feed.items().isEmpty()) {
      sb.append("  <lastBuildDate>").append(FeedDates.rfc822(lastChange(feed))).append("</lastBuildDate>\n");
    }
    sb.append("  <atom:link href=\"").append(Xml.escape(self)).append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
    for (Article a : feed.items()) {
      String link = base.abs(UrlPaths.encode(a.path()));
      sb.append("  <item>\n")
          .append("    <title>").append(Xml.escape(a.title())).append("</title>\n")
          .append("    <link>").append(Xml.escape(link)).append("</link>\n")
          .append("    <guid isPermaLink=\"true\">").append(Xml.escape(link)).append("</guid>\n")
          .append("    <pubDate>").append(FeedDates.rfc822(a.date())).append("</pubDate>\n")
          // right after the date, where Hugo's and most feeds have it; an item's description is
          // HTML (readers render it so): the plain-text teaser is escaped as HTML, then as XML, so
          // "价格<100元" or "<b>" reads as written
          .append("    <description>").append(Xml.escape(Xml.htmlText(a.teaser()))).append("</description>\n");
      for (String author : a.authors()) {
        sb.append("    <dc:creator>").append(Xml.escape(author)).append("</dc:creator>\n");
      }
      for (String editor : a.editorial().editors()) {
        sb.append("    <dc:contributor>").append(Xml.escape(editor)).append("</dc:contributor>\n");
      }
      if (a.editorial().sourceUrl() != null) {
        sb.append("    <dc:source>").append(Xml.escape(a.editorial().sourceUrl())).append("</dc:source>\n");
      }
      if (a.channel() != null) {
        sb.append("    <category>").append(Xml.escape(a.channel().name())).append("</category>\n");
      }
      for (String tag : a.tags()) {
        sb.append("    <category>").append(Xml.escape(tag)).append("</category>\n");
      }
      FeedImage image = FeedImage.of(a, base, photos);
      if (image != null) {
        sb.append("    <media:content url=\"").append(Xml.escape(image.url())).append("\" medium=\"image\"")
            .append(image.attributes(true)).append("/>\n");
      }
      sb.append("    <content:encoded>").append(Xml.cdata(FeedContent.html(a, base.origin(), link)))
          .append("</content:encoded>\n")
          .append("  </item>\n");
    }
    sb.append("</channel>\n</rss>\n");
    return sb.toString();
  }

  /** The newest date or update among the items: deterministic, unlike the build time. */
  static ZonedDateTime lastChange(FeedSpec feed) {
    return Article.lastModified(feed.items());
  }
}
