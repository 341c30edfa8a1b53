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

class ArticlePageTest {
  private static final String ARTICLE = CONFIG + """
      -- content/news/suzhou/biomedicine.md --
      ---
      title: 苏州市生物医药产业创新集群推进会召开
      channel: news/suzhou
      date: 2022-06-26 17:05
      source: 苏州日报
      author: [赵焱, 张叶]
      tags: [生物医药, 产业集群]
      summary: 昨天，苏州市生物医药产业创新集群推进会在苏州工业园区召开。
      ---

      苏报讯（记者 赵焱）昨天，推进会召开。
      """;

  @Test
  void articlePageShowsBreadcrumbTitleDateSourceAndReporters(@TempDir Path dir) {
    var site = TestSite.build(dir, ARTICLE);
    var doc = html(site, "public/news/suzhou/2022/06/biomedicine/index.html");
    assertThat(texts(doc, ".breadcrumb li")).containsExactly("首页", "> 资讯中心", "> 苏州资讯", "> 正文");
    assertThat(attrs(doc, ".breadcrumb a", "href")).containsExactly("/", "/news/", "/news/suzhou/");
    assertThat(doc.select("h1").text()).isEqualTo("苏州市生物医药产业创新集群推进会召开");
    assertThat(doc.title()).isEqualTo("苏州市生物医药产业创新集群推进会召开 - 苏州都市网");
    var time = doc.selectFirst(".article-meta time");
    assertThat(time.text()).isEqualTo("2022-06-26 17:05");
    assertThat(time.attr("datetime")).isEqualTo("2022-06-26T17:05:00+08:00");
    assertThat(doc.select(".meta-source").text()).isEqualTo("来源：苏州日报");
    assertThat(attrs(doc, ".meta-source a", "href")).containsExactly("/sources/%E8%8B%8F%E5%B7%9E%E6%97%A5%E6%8A%A5/");
    assertThat(doc.select(".meta-authors").text()).isEqualTo("记者：赵焱、张叶");
    assertThat(attrs(doc, ".meta-authors a", "href"))
        .containsExactly("/authors/%E8%B5%B5%E7%84%B1/", "/authors/%E5%BC%A0%E5%8F%B6/");
    assertThat(doc.select(".lead").text()).contains("昨天，苏州市生物医药产业创新集群推进会在苏州工业园区召开。");
    assertThat(doc.select(".article-body").html()).contains("苏报讯（记者 赵焱）昨天，推进会召开。");
    assertThat(texts(doc, ".tags a")).containsExactly("生物医药", "产业集群");
    assertThat(attrs(doc, ".tags a", "href"))
        .containsExactly("/tags/%E7%94%9F%E7%89%A9%E5%8C%BB%E8%8D%AF/", "/tags/%E4%BA%A7%E4%B8%9A%E9%9B%86%E7%BE%A4/");
    assertThat(doc.select("meta[name=description]").attr("content"))
        .isEqualTo("昨天，苏州市生物医药产业创新集群推进会在苏州工业园区召开。");
    assertThat(doc.select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://news.example/news/suzhou/2022/06/biomedicine/");
  }

  @Test
  void fontSizeSwitcherWorksWithoutJavaScript(@TempDir Path dir) {
    var site = TestSite.build(dir, ARTICLE);
    var doc = html(site, "public/news/suzhou/2022/06/biomedicine/index.html");
    // the only script is the one that remembers the choice; the radios work without it
    assertThat(doc.select("script:not([type=application/ld+json])").eachAttr("src")).containsExactly("/js/font-size.js");
    assertThat(doc.select("script[src]").first().hasAttr("async") || doc.select("script[src]").first().hasAttr("defer")).isFalse();
    var radios = doc.select("input[type=radio][name=fs]");
    assertThat(radios.eachAttr("id")).containsExactly("fs-large", "fs-medium", "fs-small");
    assertThat(doc.select("input#fs-medium").hasAttr("checked")).isTrue();
    assertThat(doc.select(".fs-switch label").eachText()).containsExactly("字号大", "字号中", "字号小");
    assertThat(doc.select(".fs-switch label").eachAttr("for")).containsExactly("fs-large", "fs-medium", "fs-small");
    // the CSS `~` selectors need the radios to be siblings before the body
    var body = doc.selectFirst(".article-body");
    assertThat(body.parent()).isEqualTo(radios.first().parent());
    assertThat(body.elementSiblingIndex()).isGreaterThan(radios.last().elementSiblingIndex());
    String css = site.read("public/css/style.css");
    assertThat(css).contains("#fs-large:checked ~ .article-body", "#fs-small:checked ~ .article-body");
  }

  @Test
  void prevAndNextStayInsideTheArticlesOwnChannel(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG
        + article("content/s1.md", "苏州一", "news/suzhou", "2022-06-21")
        + article("content/n1.md", "资讯父频道", "news", "2022-06-22")
        + article("content/c1.md", "国内", "news/china", "2022-06-22")
        + article("content/s2.md", "苏州二", "news/suzhou", "2022-06-23")
        + article("content/s3.md", "苏州三", "news/suzhou", "2022-06-25"));
    var middle = html(site, "public/news/suzhou/2022/06/s2/index.html");
    assertThat(texts(middle, ".prev-next a[rel=prev]")).containsExactly("苏州一");
    assertThat(texts(middle, ".prev-next a[rel=next]")).containsExactly("苏州三");
    var oldest = html(site, "public/news/suzhou/2022/06/s1/index.html");
    assertThat(oldest.select(".prev-next .prev").text()).isEqualTo("上一篇：没有了");
    assertThat(texts(oldest, ".prev-next a[rel=next]")).containsExactly("苏州二");
    var newest = html(site, "public/news/suzhou/2022/06/s3/index.html");
    assertThat(newest.select(".prev-next .next").text()).isEqualTo("下一篇：没有了");
  }

  @Test
  void relatedArticlesShareTagsFirstThenTheSameChannelUpToSix(@TempDir Path dir) {
    var text = new StringBuilder(CONFIG)
        .append(article("content/x.md", "本文", "news/suzhou", "2022-06-15", "tags: [地铁, 交通]"))
        .append(article("content/t2.md", "两个标签", "house", "2021-01-01", "tags: [交通, 地铁]"))
        .append(article("content/t1.md", "一个标签", "news/china", "2022-06-16", "tags: [地铁]"))
        .append(article("content/other.md", "别的标签", "news/suzhou", "2022-06-15 12:00", "tags: [美食]"));
    for (int i = 1; i <= 6; i++) {
      text.append(article("content/s" + i + ".md", "同频道" + i, "news/suzhou", "2022-06-0" + i));
    }
    var doc = html(TestSite.build(dir, text.toString()), "public/news/suzhou/2022/06/x/index.html");
    var related = texts(doc, ".related .teaser-title");
    assertThat(related).hasSize(6);
    // most shared tags first, then the nearest articles of the same channel
    assertThat(related.subList(0, 2)).containsExactly("两个标签", "一个标签");
    assertThat(related.subList(2, 6)).containsExactly("别的标签", "同频道6", "同频道5", "同频道4");
    assertThat(related).doesNotContain("本文");
  }

  @Test
  void theLeadBoxShowsAWrittenSummaryNotTheCutTeaser(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + article("content/a.md", "无摘要", "house", "2022-06-01"));
    var doc = html(site, "public/house/2022/06/a/index.html");
    assertThat(doc.select(".lead")).isEmpty();
    // the cut teaser still describes the page and shows in lists
    assertThat(doc.select("meta[name=description]").attr("content")).isEqualTo("无摘要的正文。");
    assertThat(html(site, "public/house/index.html").select(".teaser-summary").text()).isEqualTo("无摘要的正文。");
  }

  @Test
  void anArticleAloneInItsChannelHasNoRelatedSection(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + article("content/a.md", "孤篇", "house", "2022-06-01"));
    var doc = html(site, "public/house/2022/06/a/index.html");
    assertThat(doc.select(".related")).isEmpty();
    assertThat(texts(doc, ".breadcrumb li")).containsExactly("首页", "> 房产频道", "> 正文");
  }
}
