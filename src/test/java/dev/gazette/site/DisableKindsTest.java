package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisableKindsTest {
  private static final String ARTICLE = """
      -- content/news/a.md --
      ---
      title: 新闻
      channel: news
      date: 2022-06-26 17:05
      source: 苏州日报
      author: 甲
      tags: [交通]
      ---
      正文。
      """;

  @Test
  void disabledKindsAreNotWrittenAndNotLinked(@TempDir Path dir) {
    var site = TestSite.build(dir, """
        -- site-config.yml --
        title: T
        baseUrl: https://news.example/
        disableKinds: [tags, authors, sources, sitemap, robots, "404"]
        channels: [{id: news, name: 资讯}]
        """ + ARTICLE);
    site.assertNoFile("public/tags/交通/index.html");
    site.assertNoFile("public/tags/交通/rss.xml");
    site.assertNoFile("public/authors/甲/index.html");
    site.assertNoFile("public/sources/苏州日报/index.html");
    site.assertNoFile("public/sitemap.xml");
    site.assertNoFile("public/news-sitemap.xml");
    site.assertNoFile("public/robots.txt");
    site.assertNoFile("public/404.html");
    String page = site.assertFile("public/news/2022/06/a/index.html", "甲", "交通");
    assertThat(page).doesNotContain("/tags/").doesNotContain("/authors/").doesNotContain("/sources/");
    site.assertFile("public/news/index.html", "新闻");
    site.assertFile("public/rss.xml", "新闻");
  }

  @Test
  void robotsWithoutSitemapsNamesNone(@TempDir Path dir) {
    var site = TestSite.build(dir, """
        -- site-config.yml --
        title: T
        baseUrl: https://news.example/
        disableKinds: [sitemap]
        channels: [{id: news, name: 资讯}]
        """ + ARTICLE);
    assertThat(site.read("public/robots.txt")).isEqualTo("User-agent: *\nAllow: /\n");
  }

  @Test
  void feedFilesCanBeRenamedAndPagesLinkTheFirstFormat(@TempDir Path dir) {
    var site = TestSite.build(dir, """
        -- site-config.yml --
        title: T
        baseUrl: https://news.example/
        feed: {formats: [atom, rss], files: {rss: index.xml}}
        channels: [{id: news, name: 资讯}]
        """ + ARTICLE);
    site.assertFile("public/index.xml", "<rss", "https://news.example/index.xml");
    site.assertFile("public/news/index.xml", "<rss");
    site.assertFile("public/atom.xml", "<feed");
    site.assertNoFile("public/rss.xml");
    // Pages link only feeds that exist: the first format's.
    String home = site.read("public/index.html");
    assertThat(home).contains("/atom.xml").doesNotContain("/rss.xml");
    assertThat(site.read("public/news/index.html")).contains("/news/atom.xml").doesNotContain("rss.xml");
  }

  @Test
  void unknownKindAndFeedFileErrorsArePositioned(@TempDir Path dir) {
    var site = TestSite.write(dir, """
        -- site-config.yml --
        title: T
        baseUrl: https://news.example/
        disableKinds: [tag]
        feed: {files: {rss: a/b.xml}}
        channels: [{id: news, name: 资讯}]
        """ + ARTICLE).build();
    site.assertDiagnostic("site-config.yml:3:16:", "unknown kind \"tag\"", "did you mean \"tags\"");
    site.assertDiagnostic("site-config.yml:4:21:", "feed file name");
  }
}
