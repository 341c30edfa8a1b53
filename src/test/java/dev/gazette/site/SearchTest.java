package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTest {
  static final String ARTICLE = """
      -- content/a.md --
      ---
      title: 地铁"八号线"试运行
      channel: news
      date: 2022-06-26 17:05
      source: 苏州日报
      author: 赵焱
      tags: [轨道交通, 民生]
      ---
      地铁八号线今天开始试运行。
      """;

  @Test
  void searchTrueWritesTheIndexThePageAndTheHeaderForm(@TempDir Path dir) {
    var site = TestSite.build(dir, """
        -- site-config.yml --
        title: T
        baseUrl: https://news.example/portal/
        search: true
        channels: [{id: news, name: 资讯中心}]
        """ + ARTICLE);
    String index = site.assertFile("public/search/index.json",
        "{\"t\":\"地铁\\\"八号线\\\"试运行\"", "\"u\":\"/portal/news/2022/06/a/\"", "\"d\":\"2022-06-26\"",
        "\"c\":\"资讯中心\"", "\"s\":\"地铁八号线今天开始试运行。\"", "\"k\":\"轨道交通 民生\"", "\"o\":\"苏州日报\"");
    assertThat(index.strip()).startsWith("[").endsWith("]");
    site.assertFile("public/search/index.html", "站内搜索", "/portal/js/search.js", "data-index=\"/portal/search/index.json\"");
    site.assertFile("public/index.html", "action=\"/portal/search/\"");
    site.assertFile("public/js/search.js", "search/index.json");
  }

  @Test
  void theTwoSearchLandmarksOfTheSearchPageHaveDifferentNames(@TempDir Path dir) {
    // the header form and the page's form were both role=search without a name: axe-core
    // landmark-unique, and a screen reader's landmark list showed two identical "search" entries
    var site = TestSite.build(dir, """
        -- site-config.yml --
        title: T
        baseUrl: https://news.example/
        search: true
        channels: [{id: news, name: 资讯中心}]
        """ + ARTICLE);
    var page = Sites.html(site, "public/search/index.html");
    var labels = page.select("[role=search]").eachAttr("aria-label");
    assertThat(labels).hasSize(2).doesNotContain("");
    assertThat(new java.util.HashSet<>(labels)).hasSize(2);
    assertThat(Sites.html(site, "public/index.html").select("[role=search]").eachAttr("aria-label")).containsExactly("站内搜索");
  }

  @Test
  void searchFalseWritesNeitherIndexNorForm(@TempDir Path dir) {
    var site = TestSite.build(dir, """
        -- site-config.yml --
        title: T
        baseUrl: https://news.example/
        channels: [{id: news, name: 资讯中心}]
        """ + ARTICLE);
    site.assertNoFile("public/search/index.json");
    site.assertNoFile("public/search/index.html");
    assertThat(site.read("public/index.html")).doesNotContain("role=\"search\"");
  }
}
