package dev.gazette.site;

import static dev.gazette.site.Sites.CONFIG;
import static dev.gazette.site.Sites.article;
import static dev.gazette.site.Sites.html;
import static dev.gazette.site.Sites.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sitemap.xml, news-sitemap.xml, robots.txt, 404.html, static files and alias redirects. */
class DiscoveryTest {
  @Test
  void sitemapListsEveryPageAndMatchesTheGoldenFile(@TempDir Path dir) throws IOException {
    var site = TestSite.build(dir, CONFIG.replace("https://news.example/", "https://host/portal/")
        + article("content/a.md", "苏州新闻", "news/suzhou", "2022-06-26 17:05", "tags: [地铁]", "updated: 2022-06-28 08:00")
        + article("content/b.md", "房产新闻", "house", "2022-06-25", "author: 王芳", "source: 姑苏晚报")
        + article("content/c.md", "草稿", "house", "2022-06-27", "draft: true")
        + "-- content/about.md --\n---\ntitle: 关于我们\nlayout: page\n---\n关于。\n");
    String sitemap = site.read("public/sitemap.xml");
    RssTest.assertGolden("sitemap.xml", sitemap);
    assertThat(sitemap).contains(
        // the home page shows a, updated after its date
        "<url><loc>https://host/portal/</loc><lastmod>2022-06-28T08:00:00+08:00</lastmod></url>",
        "<url><loc>https://host/portal/news/suzhou/2022/06/a/</loc><lastmod>2022-06-28T08:00:00+08:00</lastmod></url>",
        "<url><loc>https://host/portal/about/</loc></url>",
        "<loc>https://host/portal/tags/%E5%9C%B0%E9%93%81/</loc>",
        "<loc>https://host/portal/authors/%E7%8E%8B%E8%8A%B3/</loc>",
        "<loc>https://host/portal/sources/%E5%A7%91%E8%8B%8F%E6%99%9A%E6%8A%A5/</loc>",
        "<loc>https://host/portal/news/china/</loc>");
    assertThat(sitemap).doesNotContain("/c/");
    FeedsTest.parseXml(sitemap);
  }

  @Test
  void newsSitemapHoldsTheLast48HoursBeforeNow(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG
        + article("content/fresh.md", "刚刚发布", "news/suzhou", "2022-06-27 11:00")
        + article("content/day.md", "昨天发布", "news", "2022-06-26 17:05")
        + article("content/edge.md", "刚好48小时", "house", "2022-06-25 12:00")
        + article("content/old.md", "三天前", "house", "2022-06-24 11:00")
        + article("content/future.md", "明天发布", "house", "2022-06-28 09:00"))
        .with(o -> o.withNow(Instant.parse("2022-06-27T04:00:00Z")))  // 12:00 in Shanghai
        .build();
    String news = site.read("public/news-sitemap.xml");
    FeedsTest.parseXml(news);
    assertThat(news).contains(
        "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"",
        "<loc>https://news.example/news/suzhou/2022/06/fresh/</loc>",
        "<news:name>苏州都市网</news:name>",
        "<news:language>zh-cn</news:language>",
        "<news:publication_date>2022-06-27T11:00:00+08:00</news:publication_date>",
        "<news:title>刚刚发布</news:title>",
        "<news:title>昨天发布</news:title>",
        "<news:title>刚好48小时</news:title>");
    assertThat(news).doesNotContain("三天前", "明天发布");

    // with --future the future article is built, but not yet news
    site.with(o -> new dev.gazette.build.BuildOptions(o.siteDir(), o.outDir(), false, true, o.now(), null, false)).build();
    assertThat(site.exists("public/house/2022/06/future/index.html")).isTrue();
    assertThat(site.read("public/news-sitemap.xml")).doesNotContain("明天发布");
  }

  @Test
  void robotsTxtNamesTheNewsSitemapOnlyWhileAnArticleIsInItsLast48Hours(@TempDir Path dir) {
    // an empty <urlset> is invalid (the sitemaps.org schema wants at least one <url>)
    var site = TestSite.write(dir, CONFIG.replace("https://news.example/", "https://host/")
        + article("content/a.md", "周五的新闻", "news", "2022-06-24 18:00"))
        .with(o -> o.withNow(Instant.parse("2022-06-27T04:00:00Z")))
        .build();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    site.assertNoFile("public/news-sitemap.xml");
    String onlySitemap = """
        User-agent: *
        Allow: /

        Sitemap: https://host/sitemap.xml
        """;
    assertThat(site.read("public/robots.txt")).isEqualTo(onlySitemap);

    // the dev server's rebuilds as the clock moves: back into the article's 48 hours, then out again
    site.with(o -> o.withNow(Instant.parse("2022-06-25T04:00:00Z"))).rebuild();
    assertThat(site.read("public/news-sitemap.xml")).contains("<news:title>周五的新闻</news:title>");
    assertThat(site.read("public/robots.txt")).isEqualTo(onlySitemap + "Sitemap: https://host/news-sitemap.xml\n");
    site.with(o -> o.withNow(Instant.parse("2022-06-28T04:00:00Z"))).rebuild();
    site.assertNoFile("public/news-sitemap.xml");
    assertThat(site.read("public/robots.txt")).isEqualTo(onlySitemap);
  }

  @Test
  void aListsLastmodIsTheLastChangeOfTheArticlesItsIndexShows(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG.replace("timezone:", "paginate: 2\ntimezone:")
        + article("content/a3.md", "最新", "news/suzhou", "2022-06-26 10:00")
        + article("content/a2.md", "后来更新", "news/suzhou", "2022-06-25 10:00", "updated: 2022-06-28 08:00")
        + article("content/a1.md", "后来更正", "news/china", "2022-06-24 10:00", "tags: [更正]", "corrections:",
            "  - {date: 2022-06-30 09:00, text: 数字有误。}"));
    String sitemap = site.read("public/sitemap.xml");
    // the index of news shows a3 and a2: a2's update moves it; a1, on page 2, does not
    assertThat(sitemap).contains(
        "<url><loc>https://news.example/news/</loc><lastmod>2022-06-28T08:00:00+08:00</lastmod></url>",
        "<url><loc>https://news.example/news/suzhou/</loc><lastmod>2022-06-28T08:00:00+08:00</lastmod></url>",
        "<url><loc>https://news.example/authors/%E8%B5%B5%E7%84%B1/</loc><lastmod>2022-06-28T08:00:00+08:00</lastmod></url>",
        // a1's correction moves the lists whose index shows a1, and the home page, whose block of news shows it
        "<url><loc>https://news.example/news/china/</loc><lastmod>2022-06-30T09:00:00+08:00</lastmod></url>",
        "<url><loc>https://news.example/tags/%E6%9B%B4%E6%AD%A3/</loc><lastmod>2022-06-30T09:00:00+08:00</lastmod></url>",
        "<url><loc>https://news.example/</loc><lastmod>2022-06-30T09:00:00+08:00</lastmod></url>",
        // as each article's own
        "<url><loc>https://news.example/news/china/2022/06/a1/</loc><lastmod>2022-06-30T09:00:00+08:00</lastmod></url>");
    // no page/n/ page is listed: neither archive pages nor the redirect at page/1/
    assertThat(sitemap).doesNotContain("/page/");
  }

  @Test
  void notFoundPageListsTheLatestArticles(@TempDir Path dir) {
    var text = new StringBuilder(CONFIG);
    for (int i = 1; i <= 12; i++) {
      text.append(article("content/a" + i + ".md", "新闻" + i, "news", String.format("2022-06-%02d", i)));
    }
    var doc = html(TestSite.build(dir, text.toString()), "public/404.html");
    assertThat(doc.select("h1").text()).isEqualTo("页面未找到");
    var latest = texts(doc, ".latest .news-list a");
    assertThat(latest).hasSize(10).startsWith("新闻12", "新闻11").endsWith("新闻3");
    // a 404 page is served at any depth: its links must not be relative
    assertThat(doc.select("a[href], link[href]").eachAttr("href"))
        .allMatch(h -> h.startsWith("/") || h.startsWith("#") || h.startsWith("https://"));
  }

  @Test
  void staticFilesOfThemeAndSiteAreCopiedAndTheSiteWins(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + """
        -- static/images/logo.svg --
        site logo
        -- static/files/报名表.docx --
        docx
        -- static/favicon.svg --
        <svg>site</svg>
        -- static/.hidden --
        secret
        """);
    assertThat(site.read("public/images/logo.svg")).isEqualTo("site logo\n");
    assertThat(site.read("public/files/报名表.docx")).isEqualTo("docx\n");
    assertThat(site.read("public/favicon.svg")).isEqualTo("<svg>site</svg>\n");
    assertThat(site.read("public/css/style.css")).isEqualTo(site.read("themes/default/static/css/style.css"));
    site.assertNoFile("public/.hidden");
  }

  @Test
  void aliasesRedirectFromOldUrls(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG.replace("https://news.example/", "https://host/portal/")
        + article("content/a.md", "搬家的新闻", "news/suzhou", "2022-06-26",
            "aliases: [/2021/old-news.html, /old/path/, /旧/路径]"));
    String target = "https://host/portal/news/suzhou/2022/06/a/";
    for (String file : new String[] {"public/2021/old-news.html", "public/old/path/index.html", "public/旧/路径/index.html"}) {
      var doc = html(site, file);
      assertThat(doc.select("meta[http-equiv=refresh]").attr("content")).as(file).isEqualTo("0; url=" + target);
      assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo(target);
      assertThat(doc.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }
  }

  @Test
  void anAliasOnAnotherArticlesUrlIsAnErrorNamingBoth(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG
        + article("content/a.md", "甲", "news", "2022-06-26")
        + article("content/b.md", "乙", "news", "2022-06-27", "aliases: [/news/2022/06/a/]"))
        .build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("content/b.md:7:10: error: the alias /news/2022/06/a/ is the URL of content/a.md");
  }
}
