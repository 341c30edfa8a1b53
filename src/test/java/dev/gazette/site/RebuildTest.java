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

/** A second build after an edit shows the edit everywhere the article appears, as a fresh build would. */
class RebuildTest {
  private static final String SITE = CONFIG
      + article("content/a.md", "甲新闻", "news/suzhou", "2022-06-24", "tags: [地铁]")
      + article("content/b.md", "乙新闻", "news/suzhou", "2022-06-25", "tags: [地铁]", "headline: true")
      + article("content/c.md", "丙新闻", "news/suzhou", "2022-06-26");

  @Test
  void aNewTitleShowsOnEveryPageThatListsTheArticle(@TempDir Path dir) {
    var site = TestSite.build(dir, SITE);
    site.edit("content/b.md", "title: 乙新闻", "title: 乙新闻改").rebuild();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    assertThat(texts(html(site, "public/index.html"), ".headlines .headline-title")).containsExactly("乙新闻改");
    assertThat(texts(html(site, "public/news/index.html"), ".teaser-title")).containsExactly("丙新闻", "乙新闻改", "甲新闻");
    assertThat(texts(html(site, "public/tags/地铁/index.html"), ".teaser-title")).containsExactly("乙新闻改", "甲新闻");
    assertThat(texts(html(site, "public/news/suzhou/2022/06/a/index.html"), ".prev-next a[rel=next]")).containsExactly("乙新闻改");
    assertThat(texts(html(site, "public/news/suzhou/2022/06/c/index.html"), ".related .teaser-title")).contains("乙新闻改");
    assertThat(FeedsTest.titles(site.read("public/rss.xml"))).containsExactly("丙新闻", "乙新闻改", "甲新闻");
    assertThat(site.read("public/404.html")).doesNotContain("乙新闻<");
  }

  @Test
  void aNewDateReordersEveryList(@TempDir Path dir) {
    var site = TestSite.build(dir, SITE);
    site.edit("content/a.md", "date: 2022-06-24", "date: 2022-06-27").rebuild();
    assertThat(texts(html(site, "public/news/index.html"), ".teaser-title")).containsExactly("甲新闻", "丙新闻", "乙新闻");
    assertThat(FeedsTest.titles(site.read("public/rss.xml"))).containsExactly("甲新闻", "丙新闻", "乙新闻");
    assertThat(texts(html(site, "public/news/suzhou/2022/06/a/index.html"), ".prev-next a[rel=prev]")).containsExactly("丙新闻");
  }

  @Test
  void newAndRemovedTagsAndArticlesAddAndRemovePages(@TempDir Path dir) {
    var site = TestSite.build(dir, SITE);
    site.edit("content/c.md", "date: 2022-06-26", "date: 2022-06-26\ntags: [美食]").delete("content/a.md").rebuild();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    assertThat(texts(html(site, "public/tags/美食/index.html"), ".teaser-title")).containsExactly("丙新闻");
    site.assertNoFile("public/news/suzhou/2022/06/a/index.html");
    assertThat(texts(html(site, "public/tags/地铁/index.html"), ".teaser-title")).containsExactly("乙新闻");
    assertThat(site.read("public/sitemap.xml")).contains("/tags/%E7%BE%8E%E9%A3%9F/").doesNotContain("/2022/06/a/");

    site.edit("content/b.md", "tags: [地铁]", "tags: []").rebuild();
    site.assertNoFile("public/tags/地铁/index.html");
    site.assertNoFile("public/tags/地铁/rss.xml");
  }

  @Test
  void aThemeEditReRendersEveryPage(@TempDir Path dir) {
    var site = TestSite.build(dir, SITE);
    site.edit("themes/default/templates/partials/breadcrumb.ftlh", "首页</a>", "网站首页</a>").rebuild();
    site.assertFile("public/news/suzhou/2022/06/a/index.html", "网站首页");
    site.assertFile("public/news/index.html", "网站首页");
  }
}
