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

class HomePageTest {
  @Test
  void headlinesAreTheArticlesMarkedHeadlineNewestFirst(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG
        + article("content/a.md", "旧头条", "news/suzhou", "2022-06-20 08:00", "headline: true")
        + article("content/b.md", "新头条", "house", "2022-06-26 08:00", "headline: true")
        + article("content/c.md", "普通新闻", "news/china", "2022-06-27 08:00")
        + article("content/d.md", "中间头条", "news", "2022-06-22 08:00", "headline: true"));
    var doc = html(site, "public/index.html");
    assertThat(texts(doc, ".headlines .headline-title, .headlines .headline-list a"))
        .containsExactly("新头条", "中间头条", "旧头条");
    assertThat(doc.select(".headlines").text()).doesNotContain("普通新闻");
  }

  @Test
  void headlinesStopAtSix(@TempDir Path dir) {
    var text = new StringBuilder(CONFIG);
    for (int i = 1; i <= 8; i++) {
      text.append(article("content/h" + i + ".md", "头条" + i, "news", "2022-06-1" + i + " 08:00", "headline: true"));
    }
    var doc = html(TestSite.build(dir, text.toString()), "public/index.html");
    assertThat(texts(doc, ".headlines .headline-title, .headlines .headline-list a"))
        .containsExactly("头条8", "头条7", "头条6", "头条5", "头条4", "头条3");
  }

  @Test
  void latestListsThePaginateNewestArticles(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG.replace("timezone:", "paginate: 3\ntimezone:")
        + article("content/a.md", "第一", "news/suzhou", "2022-06-21")
        + article("content/b.md", "第二", "house", "2022-06-22")
        + article("content/c.md", "第三", "news/china", "2022-06-23")
        + article("content/d.md", "第四", "news", "2022-06-24"));
    var doc = html(site, "public/index.html");
    assertThat(texts(doc, ".latest .news-list a")).containsExactly("第四", "第三", "第二");
    assertThat(doc.select(".latest time").first().attr("datetime")).isEqualTo("2022-06-24T00:00:00+08:00");
  }

  @Test
  void oneBlockPerTopChannelWithArticlesInConfigOrder(@TempDir Path dir) {
    var text = new StringBuilder(CONFIG.replace("  - id: house", "  - id: empty\n    name: 空频道\n  - id: house"));
    text.append(article("content/h.md", "房产新闻", "house", "2022-06-30"));
    for (int i = 1; i <= 9; i++) {
      text.append(article("content/n" + i + ".md", "资讯" + i, i % 2 == 0 ? "news/suzhou" : "news/china", "2022-06-1" + i));
    }
    var doc = html(TestSite.build(dir, text.toString()), "public/index.html");
    assertThat(texts(doc, ".blocks .block-head h2")).containsExactly("资讯中心", "房产频道");
    var news = doc.select(".blocks .block").first();
    // a top channel's block holds its sub-channels' articles, the 8 newest
    assertThat(news.select(".news-list a").eachText())
        .containsExactly("资讯9", "资讯8", "资讯7", "资讯6", "资讯5", "资讯4", "资讯3", "资讯2");
    assertThat(news.select(".block-head a").first().attr("href")).isEqualTo("/news/");
  }

  @Test
  void aSiteWithoutArticlesStillHasAHomePage(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG);
    var doc = html(site, "public/index.html");
    assertThat(doc.title()).isEqualTo("苏州都市网");
    assertThat(doc.select(".blocks")).isEmpty();
    site.assertFile("public/news/index.html", "暂无文章");
    site.assertFile("public/rss.xml", "<channel>");
  }
}
