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

  public static String render(BaseUrl base, boolean sitemaps) {
    String allow = "User-agent: *\nAllow: /\n";
    return sitemaps ? allow + "\nSitemap: " + base.abs(Sitemap.FILE) + "\nSitemap: " + base.abs(NewsSitemap.FILE) + "\n" : allow;
  }
}
