package dev.gazette.feeds;

import dev.gazette.config.BaseUrl;

/** {@code robots.txt}: allow everything and point at the sitemaps. */
public final class RobotsTxt {
  public static final String FILE = "robots.txt";

  private RobotsTxt() {}

  public static String render(BaseUrl base) {
    return "User-agent: *\nAllow: /\n\nSitemap: " + base.abs(Sitemap.FILE) + "\nSitemap: "
        + base.abs(NewsSitemap.FILE) + "\n";
  }
}
