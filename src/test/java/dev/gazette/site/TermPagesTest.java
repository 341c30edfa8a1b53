package dev.gazette.site;

import static dev.gazette.site.Sites.CONFIG;
import static dev.gazette.site.Sites.article;
import static dev.gazette.site.Sites.attrs;
import static dev.gazette.site.Sites.html;
import static dev.gazette.site.Sites.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tag, reporter and source indexes. */
class TermPagesTest {
  private static final String PAGINATE_2 = CONFIG.replace("timezone:", "paginate: 2\ntimezone:");

  @Test
  void tagPagesListTaggedArticlesNewestFirstAndArePaged(@TempDir Path dir) {
    var site = TestSite.build(dir, PAGINATE_2
        + article("content/a.md", "一", "news/suzhou", "2022-06-21", "tags: [地铁]")
        + article("content/b.md", "二", "house", "2022-06-22", "tags: [地铁, 楼市]")
        + article("content/c.md", "三", "news/china", "2022-06-23", "tags: [地铁]")
        + article("content/d.md", "无标签", "news/china", "2022-06-24"));
    var first = html(site, "public/tags/地铁/index.html");
    assertThat(first.select("h1").text()).isEqualTo("标签：地铁");
    assertThat(texts(first, ".teaser-title")).containsExactly("三", "二");
    assertThat(attrs(first, ".pager a[rel=next]", "href")).containsExactly("/tags/%E5%9C%B0%E9%93%81/page/2/");
    assertThat(texts(html(site, "public/tags/地铁/page/2/index.html"), ".teaser-title")).containsExactly("一");
    site.assertNoFile("public/tags/地铁/page/3/index.html");
    assertThat(texts(html(site, "public/tags/楼市/index.html"), ".teaser-title")).containsExactly("二");
    assertThat(attrs(first, "link[rel=alternate]", "href")).containsExactly("/tags/%E5%9C%B0%E9%93%81/rss.xml");
    site.assertFile("public/tags/地铁/rss.xml", "<title>三</title>", "<title>二</title>", "<title>一</title>");
  }

  @Test
  void tagsDifferingOnlyInCaseAreOneTag(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG
        + article("content/a.md", "甲", "news", "2022-06-21", "tags: [AI]")
        + article("content/b.md", "乙", "news", "2022-06-22", "tags: [ai]")
        + article("content/c.md", "丙", "news", "2022-06-23", "tags: [Machine Learning]"));
    assertThat(texts(html(site, "public/tags/ai/index.html"), ".teaser-title")).containsExactly("乙", "甲");
    assertThat(texts(html(site, "public/tags/machine-learning/index.html"), ".teaser-title")).containsExactly("丙");
    assertThat(attrs(html(site, "public/news/2022/06/c/index.html"), ".tags a", "href"))
        .containsExactly("/tags/machine-learning/");
  }

  @Test
  void everyReporterOfAnArticleHasAnIndex(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + """
        -- content/a.md --
        ---
        title: 合写
        channel: news
        date: 2022-06-21
        source: 苏州日报
        author: [赵焱, 张叶]
        ---
        正文。
        -- content/b.md --
        ---
        title: 独写
        channel: house
        date: 2022-06-22
        source: 姑苏晚报
        author: 张叶
        ---
        正文。
        """);
    var zhang = html(site, "public/authors/张叶/index.html");
    assertThat(zhang.select("h1").text()).isEqualTo("记者：张叶");
    assertThat(texts(zhang, ".teaser-title")).containsExactly("独写", "合写");
    assertThat(texts(html(site, "public/authors/赵焱/index.html"), ".teaser-title")).containsExactly("合写");
  }

  @Test
  void everySourceHasAnIndex(@TempDir Path dir) {
    var site = TestSite.build(dir, PAGINATE_2
        + article("content/a.md", "一", "news", "2022-06-21")
        + article("content/b.md", "二", "news", "2022-06-22")
        + article("content/c.md", "三", "house", "2022-06-23"));
    var source = html(site, "public/sources/苏州日报/index.html");
    assertThat(source.select("h1").text()).isEqualTo("来源：苏州日报");
    assertThat(texts(source, ".teaser-title")).containsExactly("三", "二");
    assertThat(texts(html(site, "public/sources/苏州日报/page/2/index.html"), ".teaser-title")).containsExactly("一");
  }
}
