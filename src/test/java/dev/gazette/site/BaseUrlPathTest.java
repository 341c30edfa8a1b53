package dev.gazette.site;

import static dev.gazette.site.Sites.CONFIG;
import static dev.gazette.site.Sites.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.build.BuildOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every link a page makes goes through the URL helper, so a site works under a path. */
class BaseUrlPathTest {
  private static final String SITE = CONFIG.replace("https://news.example/", "https://host/portal/")
      + article("content/news/a.md", "苏州新闻", "news/suzhou", "2022-06-26 17:05",
          "tags: [地铁]", "image: /images/a.png", "headline: true", "aliases: [/old/a/]")
      + article("content/news/b.md", "国内新闻", "news/china", "2022-06-25", "tags: [地铁]", "image: images/b.png")
      + article("content/house/c.md", "房产新闻", "house", "2022-06-24")
      + """
      -- content/about.md --
      ---
      title: 关于我们
      layout: page
      ---
      见[首页](/)和![标志](/images/a.png)。
      -- static/images/a.png --
      @image 40x30
      -- static/images/b.png --
      @image 40x30
      """;

  /** Every internal href and src of every HTML page, with the file it is in. */
  private static List<String> internalLinks(Path publicDir) throws IOException {
    var out = new ArrayList<String>();
    try (Stream<Path> files = Files.walk(publicDir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        var doc = Jsoup.parse(Files.readString(f));
        for (var e : doc.select("[href], [src]")) {
          String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
          if (!url.startsWith("#") && !url.matches("^[a-z]+:.*") && !url.startsWith("//")) {
            out.add(publicDir.relativize(f) + " -> " + url);
          }
        }
      }
    }
    return out;
  }

  @Test
  void everyInternalLinkStartsWithTheBasePath(@TempDir Path dir) throws IOException {
    var site = TestSite.build(dir, SITE);
    var links = internalLinks(dir.resolve("public"));
    assertThat(links).hasSizeGreaterThan(100);
    assertThat(links).allSatisfy(l -> assertThat(l.substring(l.indexOf(" -> ") + 4)).as(l).startsWith("/portal/"));
    var home = Jsoup.parse(site.read("public/index.html"));
    assertThat(home.select("link[rel=stylesheet]").attr("href")).isEqualTo("/portal/css/style.css");
    assertThat(home.select("link[rel=canonical]").attr("href")).isEqualTo("https://host/portal/");
    var article = Jsoup.parse(site.read("public/news/suzhou/2022/06/a/index.html"));
    assertThat(article.select(".article-image img").attr("src")).matches("/portal/images/a-[0-9a-f]{10}-40\\.png");
    assertThat(article.select("meta[property=og:image]").attr("content")).matches("https://host/portal/images/a-[0-9a-f]{10}-40\\.png");
    var about = Jsoup.parse(site.read("public/about/index.html"));
    assertThat(about.select(".article-body a").attr("href")).isEqualTo("/portal/");
    assertThat(about.select(".article-body img").attr("src")).matches("/portal/images/a-[0-9a-f]{10}-40\\.png");
    // absolute URLs in feeds, sitemaps and redirects carry the path as well
    site.assertFile("public/old/a/index.html", "url=https://host/portal/news/suzhou/2022/06/a/");
    assertThat(site.read("public/sitemap.xml")).doesNotContain("<loc>https://host/news");
  }

  @Test
  void aSiteUnderAPathWritesNoRobotsTxtWhichCrawlersReadOnlyAtTheHostsRoot(@TempDir Path dir) {
    var site = TestSite.write(dir, SITE).with(o -> o.withNow(java.time.Instant.parse("2022-06-27T00:00:00Z"))).build();
    site.assertNoFile("public/robots.txt");
    site.assertFile("public/sitemap.xml", "<loc>https://host/portal/</loc>");
    site.assertFile("public/news-sitemap.xml", "<loc>https://host/portal/news/suzhou/2022/06/a/</loc>");
  }

  @Test
  void theBaseUrlOptionOverridesTheConfig(@TempDir Path dir) throws IOException {
    var site = TestSite.write(dir, SITE)
        .with(o -> new BuildOptions(o.siteDir(), o.outDir(), false, false, o.now(), "https://cdn.example/mirror/", false))
        .build();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    assertThat(internalLinks(dir.resolve("public")))
        .allSatisfy(l -> assertThat(l.substring(l.indexOf(" -> ") + 4)).as(l).startsWith("/mirror/"));
    site.assertFile("public/rss.xml", "<link>https://cdn.example/mirror/news/suzhou/2022/06/a/</link>");
  }

  @Test
  void aRootBaseUrlGivesRootLinks(@TempDir Path dir) throws IOException {
    TestSite.build(dir, SITE.replace("https://host/portal/", "https://host"));
    assertThat(internalLinks(dir.resolve("public")))
        .allSatisfy(l -> assertThat(l.substring(l.indexOf(" -> ") + 4)).as(l).startsWith("/").doesNotStartWith("//"));
  }
}
