package dev.gazette.feeds;

import dev.gazette.config.BaseUrl;

/** {@code robots.txt}: allow everything and point at the sitemaps when the site writes them. */
public final class RobotsTxt {
  public static final String FILE = "robots.txt";

  private RobotsTxt() {}

  /**
   * Whether the site writes one: crawlers read robots.txt only at a host's root (RFC 9309), so a
   * site under a path ({@code https://host/portal/}) writes none; its sitemaps go into the
   * host's own robots.txt (README, "A site under a path").
   */
  public static boolean written(BaseUrl base) {
    return base.path().equals("/");
  }

  /**
   * @param sitemaps whether the site writes sitemaps
   * @param news whether this build writes the news sitemap, which it leaves out while no article is
   *     in its 48 hours ({@link NewsSitemap}); robots.txt then names only sitemap.xml
   */
  public static String render(BaseUrl base, boolean sitemaps, boolean news) {
    var sb = new StringBuilder("User-agent: *\nAllow: /\n");
    if (sitemaps) {
      sb.append("\nSitemap: ").append(base.abs(Sitemap.FILE)).append('\n');
      if (news) {
        sb.append("Sitemap: ").append(base.abs(NewsSitemap.FILE)).append('\n');
      }
    }
    return sb.toString();
  }
}
