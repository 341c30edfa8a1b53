package dev.gazette.model;

import dev.gazette.config.SiteConfig;
import dev.gazette.frontmatter.FrontMatter;
import dev.gazette.source.SourceFile;
import java.util.Locale;

/**
 * Every URL rule in one place. Paths are decoded site paths without a leading slash; a page path
 * ends with {@code /} (a folder with {@code index.html}), a file path does not. Every path is in
 * Unicode NFC: a file named on macOS (NFD, 'e' + combining accent) gets the URL a browser and a
 * link typed elsewhere use, and an NFC and an NFD name of one word are one URL.
 */
public final class Permalinks {
  public static final String TAGS = "tags/";
  public static final String AUTHORS = "authors/";
  public static final String SOURCES = "sources/";
  public static final String EDITORS = "editors/";
  /** Special topics (专题): {@code topics/<slug>/}, wherever the topic's file stands under content/. */
  public static final String TOPICS = "topics/";
  /** The search page; its index is {@code search/index.json}. */
  public static final String SEARCH = "search/";


  private final String pattern;

  public Permalinks(SiteConfig config) {
    this.pattern = config.permalink();
  }

  /** The path of an article (from the permalink pattern) or of a standalone page. */
  public String of(FrontMatter fm, SourceFile source) {
    if (fm.layout() == dev.gazette.frontmatter.Layout.TOPIC) {
      return topic(fm.slug());
    }
    if (fm.page()) {
      String content = source.contentPath();
      int slash = content.lastIndexOf('/');
      return nfc((slash < 0 ? "" : content.substring(0, slash + 1)) + fm.slug() + "/");
    }
    var d = fm.date();
    String p = pattern
        .replace("{channel}", fm.channel())
        .replace("{yyyy}", Integer.toString(d.getYear()))
        .replace("{MM}", twoDigits(d.getMonthValue()))
        .replace("{dd}", twoDigits(d.getDayOfMonth()))
        .replace("{slug}", fm.slug());
    while (p.contains("//")) {
      p = p.replace("//", "/");
    }
    return nfc(p.substring(1));
  }

  /** Unicode NFC, the form URLs and most file systems use. */
  public static String nfc(String s) {
    return java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFC) ? s
        : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  public static String channel(String id) {
    return id + "/";
  }

  /** Page 1 is the index itself; page n is {@code index/page/n/}. */
  public static String paged(String index, int page) {
    return page <= 1 ? index : numbered(index, page);
  }

  /**
   * {@code index/page/n/}: page n of a list, also for n = 1 (the oldest archive page of stable
   * pages; with the default numbering a redirect to the index).
   */
  public static String numbered(String index, int page) {
    return index + "page/" + page + "/";
  }

  public static String tag(String tag) {
    return TAGS + key(tag) + "/";
  }

  public static String author(String name) {
    return AUTHORS + key(name) + "/";
  }

  public static String source(String name) {
    return SOURCES + key(name) + "/";
  }

  public static String editor(String name) {
    return EDITORS + key(name) + "/";
  }

  /** The page of the topic whose slug is {@code id}. */
  public static String topic(String id) {
    return TOPICS + id + "/";
  }

  /** The feed pages link to, in the folder of {@code index}: {@code news/rss.xml} by default. */
  public static String feed(String index, dev.gazette.config.FeedConfig feed) {
    return index + feed.file(feed.primary());
  }

  /**
   * The folder name of a tag, reporter or source: lower case, spaces as {@code -}, no leading dot,
   * so that "AI" and "ai" are one tag on every file system and ".NET" is not a hidden folder.
   */
  public static String key(String name) {
    return dev.gazette.frontmatter.SlugRules.key(name);
  }

}
