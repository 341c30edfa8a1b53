package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defects found in review, each pinned by the input that showed it. */
class ReviewFixesTest {
  static final String CONFIG = """
      -- site-config.yml --
      title: T
      baseUrl: https://news.example/
      channels: [{id: news, name: 资讯}]
      """;

  @Test
  void paramsKeepTheirFrontMatterOrder(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG.replace("title: T", "title: T\ntheme: t") + """
        -- themes/t/templates/article.ftlh --
        <p><#list article.params as k, v>${k}=${v} </#list></p>
        -- themes/t/templates/home.ftlh --
        home
        -- themes/t/templates/list.ftlh --
        list
        -- themes/t/templates/404.ftlh --
        404
        -- content/a.md --
        ---
        title: 标题
        channel: news
        date: 2022-06-26
        source: 本网
        author: 甲
        zeta: 1
        alpha: 2
        mid: 3
        beta: 4
        qq: 5
        ---
        正文。
        """);
    assertThat(site.read("public/news/2022/06/a/index.html")).contains("zeta=1 alpha=2 mid=3 beta=4 qq=5");
  }

  @Test
  void aPercentEncodedAliasIsWrittenToTheFileTheServerLooksFor(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + """
        -- content/a.md --
        ---
        title: 标题
        channel: news
        date: 2022-06-26
        source: 本网
        author: 甲
        aliases: ["/2021/%E6%97%A7.html"]
        ---
        正文。
        """);
    site.assertFile("public/2021/旧.html", "https://news.example/news/2022/06/a/");
  }

  @Test
  void anAliasWithAQueryIsAnError(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG + """
        -- content/a.md --
        ---
        title: 标题
        channel: news
        date: 2022-06-26
        source: 本网
        author: 甲
        aliases: ["/old/x.html?id=5"]
        ---
        正文。
        """).build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("content/a.md:7:", "has a query or fragment", "hint: list only the path: /old/x.html");
  }

  @Test
  void aMoreMarkerInsideACodeBlockIsNotTheTeaserMarker(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + """
        -- content/a.md --
        ---
        title: 标题
        channel: news
        date: 2022-06-26
        source: 本网
        author: 甲
        ---
        本文介绍摘要标记的用法。在 Markdown 里写：

        ```markdown
        <!--more-->
        ```

        之后的内容也会出现在列表中。
        """);
    assertThat(site.read("public/rss.xml")).contains("<description>本文介绍摘要标记的用法。在 Markdown 里写：之后的内容也会出现在列表中。</description>");
  }

  @Test
  void aMoreMarkerOnItsOwnLineEndsTheTeaser(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + """
        -- content/a.md --
        ---
        title: 标题
        channel: news
        date: 2022-06-26
        source: 本网
        author: 甲
        ---
        第一段是导语。
        <!--more-->
        第二段不进列表。
        """);
    assertThat(site.read("public/rss.xml")).contains("<description>第一段是导语。</description>");
  }

  @Test
  void aBaseUrlPathInChineseIsPercentEncodedInLinksAndFeeds(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG.replace("https://news.example/", "https://news.example/门户/") + """
        -- content/a.md --
        ---
        title: 标题
        channel: news
        date: 2022-06-26
        source: 本网
        author: 甲
        ---
        正文。
        """);
    assertThat(site.read("public/rss.xml")).contains("<link>https://news.example/%E9%97%A8%E6%88%B7/news/2022/06/a/</link>");
    assertThat(site.read("public/index.html")).contains("href=\"/%E9%97%A8%E6%88%B7/news/\"");
  }
}
