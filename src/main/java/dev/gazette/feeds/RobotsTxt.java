package dev.gazette.feeds;

import dev.gazette.config.BaseUrl;

/** {@code robots.txt}: allow everything and point at the sitemaps when the site writes them. */
public final class RobotsTxt {
  public static final String FILE = "robots.txt";

  private RobotsTxt() {}

  public static String render(BaseUrl base, boolean sitemaps) {
    String allow = "User-agent: *\nAllow: /\n";
    return sitemaps ? allow + "\nSitemap: " + base.abs(Sitemap.FILE) + "\nSitemap: " + base.abs(NewsSitemap.FILE) + "\n" : allow;
  }
}
