package dev.gazette.site;

import static dev.gazette.site.Sites.CONFIG;
import static dev.gazette.site.Sites.article;
import static dev.gazette.site.Sites.html;
import static dev.gazette.site.Sites.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ordering, selection and URL uniqueness of the assembled site. */
class ModelTest {
  @Test
  void equalDatesAreOrderedBySourcePathEverywhere(@TempDir Path dir) {
    // written in an order that is neither the path order nor its reverse
    var site = TestSite.build(dir, CONFIG
        + article("content/b.md", "乙", "news", "2022-06-26 17:05")
        + article("content/news/x.md", "丙", "news", "2022-06-26 17:05")
        + article("content/a.md", "甲", "news", "2022-06-26 17:05")
        + article("content/z.md", "更新", "news", "2022-06-26 17:06")
        + article("content/c.md", "更旧", "news", "2022-06-26 17:04"));
    var expected = new String[] {"更新", "甲", "乙", "丙", "更旧"};
    assertThat(texts(html(site, "public/news/index.html"), ".teaser-title")).containsExactly(expected);
    assertThat(FeedsTest.titles(site.read("public/rss.xml"))).containsExactly(expected);
    assertThat(texts(html(site, "public/index.html"), ".latest .news-list a")).containsExactly(expected);
    // the same order gives prev/next: 甲 is older than 更新 and newer than 乙
    var a = html(site, "public/news/2022/06/a/index.html");
    assertThat(texts(a, ".prev-next a[rel=next]")).containsExactly("更新");
    assertThat(texts(a, ".prev-next a[rel=prev]")).containsExactly("乙");
  }

  @Test
  void theSameInstantWrittenInTwoZonesIsOneDate(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG
        + article("content/b.md", "北京时间", "news", "2022-06-26 17:05")
        + article("content/a.md", "世界时", "news", "2022-06-26T09:05:00Z"));
    assertThat(texts(html(site, "public/news/index.html"), ".teaser-title")).containsExactly("世界时", "北京时间");
  }

  @Test
  void twoFilesOnOneUrlAreAnErrorNamingBoth(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG
        + article("content/news/a.md", "一", "news", "2022-06-26")
        + article("content/news/old/a.md", "二", "news", "2022-06-01")
        + article("content/b.md", "三", "news", "2022-06-01", "slug: a"))
        .build();
    assertThat(site.ok()).isFalse();
    // content/b.md comes first in path order and keeps the URL; the others are errors naming it
    site.assertDiagnostic("content/news/a.md:2:", "error", "/news/2022/06/a/", "content/b.md");
    site.assertDiagnostic("content/news/old/a.md:2:", "error", "/news/2022/06/a/", "content/b.md");
    // nothing was written
    site.assertNoFile("public/index.html");
  }

  @Test
  void aPageOnAChannelUrlIsAnError(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG + """
        -- content/news.md --
        ---
        title: 冒名的频道页
        layout: page
        ---
        正文。
        """).build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("content/news.md", "error", "news/index.html");
  }

  @Test
  void thePermalinkPatternShapesArticleUrls(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG.replace("timezone:", "permalink: \"/{yyyy}/{MM}{dd}/{channel}-{slug}/\"\ntimezone:")
        + article("content/a.md", "新闻", "news/suzhou", "2022-06-05 17:05", "aliases: [/old/]"));
    site.assertFile("public/2022/0605/news/suzhou-a/index.html", "新闻");
    site.assertFile("public/rss.xml", "<link>https://news.example/2022/0605/news/suzhou-a/</link>");
    site.assertFile("public/news/suzhou/index.html", "href=\"/2022/0605/news/suzhou-a/\"");
    site.assertFile("public/old/index.html", "url=https://news.example/2022/0605/news/suzhou-a/");
  }

  @Test
  void aDraftMayShareAUrlWithAPublishedArticle(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG
        + article("content/news/a.md", "正式稿", "news", "2022-06-26")
        + article("content/drafts/a.md", "草稿", "news", "2022-06-27", "draft: true"));
    site.assertFile("public/news/2022/06/a/index.html", "正式稿");
  }
}
