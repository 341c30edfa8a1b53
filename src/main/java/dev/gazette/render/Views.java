package dev.gazette.render;

import dev.gazette.store.StoredText;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import java.util.Map;

/**
 * The records templates see (the data model documented in README.md, "Theme guide"). They are
 * built in one place, {@link ViewModels}, from the domain records; templates never see the domain itself.
 */
public final class Views {
  private Views() {}

  /** @param topics the topics (专题) the channel bar links, from {@code topics:} in the config */
  public record SiteView(String title, String baseUrl, String language, String ogLocale, List<ChannelView> channels,
      List<LinkView> pages, String feedUrl, String searchUrl, int year, String tagline, String description,
      List<LinkView> topics) {}

  /**
   * @param feeds one link per configured feed format, titled with this page's name
   * @param jsonLd the page's structured data (schema.org JSON-LD), safe inside a script element, or null
   */
  public record PageView(String kind, String title, String url, String permalink,
      String description, String section, String feedUrl, String image, List<FeedLink> feeds, String jsonLd) {}

  /** A feed to advertise in {@code <link rel="alternate">}: media type, title and URL. */
  public record FeedLink(String type, String title, String url) {}

  /** A correction (更正) as shown: display date, ISO date, text. */
  public record CorrectionView(String date, String dateIso, String text) {}

  public record ChannelView(String id, String key, String name, String url, String feedUrl,
      int depth, List<ChannelView> children, String parentId) {}

  public record LinkView(String name, String url) {}

  public record ArticleView(String title, String url, String permalink, ChannelView channel,
      String date, String dateIso, String day, String updated, String updatedIso, String source,
      String sourceUrl, List<LinkView> authors, List<LinkView> tags, String lead, String summary,
      String image, Html content, Plain plain, int readingMinutes, int charCount, boolean headline,
      Map<String, Object> params, List<LinkView> editors, String originalTitle, String originalAuthor,
      String originalUrl, List<CorrectionView> corrections, List<LinkView> topics, String modified,
      String modifiedIso, Integer imageWidth, Integer imageHeight, PhotoView photo, String imageCaption,
      String imageCredit, List<GalleryView> gallery) {}

  /**
   * One photo of a gallery (图集).
   *
   * @param src the image URL as written, under the base path (for an image that is no photo)
   * @param photo its derivatives, or null for an SVG or an external URL
   * @param number its place, from 1
   */
  public record GalleryView(int number, String src, PhotoView photo, String caption, String credit) {}

  /**
   * A photo's derivatives for {@code <img srcset>}: {@code src} is the one for the article
   * column (about 960 wide), {@code thumb} the one for teasers (about 480), {@code large} the
   * widest (absolute: Open Graph, JSON-LD); {@code width}/{@code height} are {@code src}'s.
   */
  public record PhotoView(String src, String srcset, int width, int height, String thumb, String large,
      int largeWidth, int largeHeight, String type) {}

  /**
   * An article body for templates: a string ({@code ${article.content?no_esc}}) read from the
   * pack only when a template prints it, so index pages never load bodies.
   */
  public record Html(StoredText stored, PhotoSet photos, List<String> images) implements TemplateScalarModel {
    public Html(StoredText stored) {
      this(stored, null, List.of());
    }

    /** The body, its photos given their derivatives ({@link PhotoSet#rewrite}). */
    @Override
    public String getAsString() {
      return photos == null ? stored.text() : photos.rewrite(stored.text());
    }
  }

  /**
   * An article body as text, the way Hugo's {@code .Plain} reads its HTML, for a theme's own
   * teasers: line breaks become spaces, each {@code </p>}, {@code <br>} and {@code <br />} ends
   * a line, every other tag is dropped and entities stay as written ({@code &amp;}). Read from the
   * pack and stripped only when a template prints it, each time (a list of 20 teasers reads 20
   * bodies; nothing is kept on the heap).
   */
  public record Plain(StoredText stored) implements TemplateScalarModel {
    @Override
    public String getAsString() {
      return of(stored.text());
    }

    static String of(String html) {
      var out = new StringBuilder(html.length());
      int n = html.length();
      for (int i = 0; i < n; i++) {
        char c = html.charAt(i);
        int close;
        if (c == '<' && (close = html.indexOf('>', i + 1)) > 0) {
          if (isTag(html, i, close, "</p>") || isTag(html, i, close, "<br>") || isTag(html, i, close, "<br />")) {
            out.append('\n');
          }
          i = close;
        } else {
          out.append(c == '\n' ? ' ' : c);
        }
      }
      return out.toString();
    }

    private static boolean isTag(String html, int start, int close, String tag) {
      return close - start + 1 == tag.length() && html.startsWith(tag, start);
    }
  }

  public record PageLink(int number, String url, boolean current) {}

  public record PaginatorView(List<ArticleView> items, int pageNumber, int totalPages,
      int totalItems, String prevUrl, String nextUrl, String firstUrl, String lastUrl,
      List<PageLink> pages, boolean stable) {}

  public record BlockView(ChannelView channel, List<ArticleView> articles) {}

  /**
   * A feed a theme writes with its own template ({@code rss.ftlx}, {@code atom.ftlx}).
   *
   * @param format {@code rss} or {@code atom}
   * @param kind what the feed follows: {@code home} (the whole site), {@code channel}, {@code tag}
   *     or {@code topic}
   * @param name the channel's or tag's name, the topic's title, the site's title for {@code home}
   * @param link the absolute URL of the page the feed belongs to
   * @param url the feed's own absolute URL
   * @param updated the newest change among the items (RFC 822), or null without items
   * @param updatedIso the same in RFC 3339, or null
   */
  public record FeedView(String format, String kind, String name, String title, String description, String link,
      String url, String updated, String updatedIso, List<FeedItemView> items) {}

  /**
   * One article of a feed.
   *
   * @param link the article's absolute URL
   * @param pubDate its date in RFC 822 ({@code Tue, 02 Jul 2024 09:30:00 +0800}), as RSS writes it
   * @param updated its latest change (date, {@code updated}, corrections), RFC 822
   * @param content the body with absolute links, after a notice of its corrections, as HTML
   */
  public record FeedItemView(ArticleView article, String link, String pubDate, String pubDateIso, String updated,
      String updatedIso, String content) {}
}
