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

class ChannelIndexTest {
  private static final String PAGINATE_2 = CONFIG.replace("timezone:", "paginate: 2\ntimezone:");

  private static TestSite fiveArticles(Path dir) {
    var text = new StringBuilder(PAGINATE_2);
    for (int i = 1; i <= 5; i++) {
      text.append(article("content/a" + i + ".md", "新闻" + i, "news/suzhou", "2022-06-2" + i + " 10:00"));
    }
    return TestSite.build(dir, text.toString());
  }

  @Test
  void fiveArticlesTwoAPageMakeThreePagesNewestFirst(@TempDir Path dir) {
    var site = fiveArticles(dir);
    assertThat(texts(html(site, "public/news/suzhou/index.html"), ".teaser-title")).containsExactly("新闻5", "新闻4");
    assertThat(texts(html(site, "public/news/suzhou/page/2/index.html"), ".teaser-title")).containsExactly("新闻3", "新闻2");
    assertThat(texts(html(site, "public/news/suzhou/page/3/index.html"), ".teaser-title")).containsExactly("新闻1");
    site.assertNoFile("public/news/suzhou/page/4/index.html");
    // each page of the archive has a title and a description of its own
    assertThat(html(site, "public/news/suzhou/index.html").title()).isEqualTo("苏州资讯 - 苏州都市网");
    var second = html(site, "public/news/suzhou/page/2/index.html");
    assertThat(second.title()).isEqualTo("苏州资讯 第2页 - 苏州都市网");
    assertThat(second.selectFirst("meta[name=description]").attr("content")).endsWith(" 第2页");
    assertThat(second.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("苏州资讯 第2页");
  }

  @Test
  void pageOneOfEveryPagedListRedirectsToItsIndexAsAnAliasDoes(@TempDir Path dir) {
    var site = TestSite.build(dir, PAGINATE_2.replace("https://news.example/", "https://host/portal/")
        + article("content/a1.md", "新闻1", "news/suzhou", "2022-06-21", "tags: [地铁]")
        + article("content/a2.md", "新闻2", "news/suzhou", "2022-06-22", "tags: [地铁]")
        + article("content/a3.md", "新闻3", "news/suzhou", "2022-06-23", "tags: [地铁]", "aliases: [/old/a3/]")
        + article("content/b.md", "房产", "house", "2022-06-24"));
    // page 1 is the index itself; /page/1/, the URL made from /page/2/, redirects there (as in Hugo)
    String[][] lists = {{"news/suzhou/", "news/suzhou/"}, {"news/", "news/"}, {"tags/地铁/", "tags/%E5%9C%B0%E9%93%81/"},
        {"authors/赵焱/", "authors/%E8%B5%B5%E7%84%B1/"}, {"sources/苏州日报/", "sources/%E8%8B%8F%E5%B7%9E%E6%97%A5%E6%8A%A5/"}};
    for (String[] list : lists) {
      String target = "https://host/portal/" + list[1];
      assertThat(site.read("public/" + list[0] + "page/1/index.html")).as(list[0])
          .isEqualTo(site.read("public/old/a3/index.html").replace("https://host/portal/news/suzhou/2022/06/a3/", target));
    }
    // a list of one page has no page 2, and no page 1 either
    site.assertNoFile("public/house/page/1/index.html");
    site.assertNoFile("public/tags/地铁/page/3/index.html");
    assertThat(site.read("public/sitemap.xml")).doesNotContain("/page/");
  }

  @Test
  void pageNavigationLinksEveryPageAndMarksTheCurrentOne(@TempDir Path dir) {
    var site = fiveArticles(dir);
    var first = html(site, "public/news/suzhou/index.html");
    assertThat(first.select(".pager a[rel=prev]")).isEmpty();
    assertThat(attrs(first, ".pager a[rel=next]", "href")).containsExactly("/news/suzhou/page/2/");
    assertThat(first.select(".pager [aria-current=page]").text()).isEqualTo("1");

    var middle = html(site, "public/news/suzhou/page/2/index.html");
    assertThat(attrs(middle, ".pager a[rel=prev]", "href")).containsExactly("/news/suzhou/");
    assertThat(attrs(middle, ".pager a[rel=next]", "href")).containsExactly("/news/suzhou/page/3/");
    assertThat(middle.select(".pager [aria-current=page]").text()).isEqualTo("2");
    assertThat(middle.select(".pager-info").text()).isEqualTo("第 2 / 3 页，共 5 篇");
    assertThat(middle.select("h1").text()).contains("苏州资讯", "第 2 页");

    var last = html(site, "public/news/suzhou/page/3/index.html");
    assertThat(last.select(".pager a[rel=next]")).isEmpty();
    assertThat(attrs(last, ".pager li a", "href"))
        .contains("/news/suzhou/", "/news/suzhou/page/2/").doesNotContain("/news/suzhou/page/3/");
    // the parent channel's pages, which hold the same five articles
    site.assertFile("public/news/page/3/index.html", "新闻1");
  }

  @Test
  void aSinglePageHasNoPager(@TempDir Path dir) {
    var site = TestSite.build(dir, PAGINATE_2 + article("content/a.md", "唯一", "house", "2022-06-01"));
    assertThat(html(site, "public/house/index.html").select(".pager")).isEmpty();
  }

  @Test
  void aParentChannelListsItsChildrensArticlesButNotItsSiblings(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG
        + article("content/a.md", "资讯本频道", "news", "2022-06-20")
        + article("content/b.md", "苏州子频道", "news/suzhou", "2022-06-22")
        + article("content/c.md", "国内子频道", "news/china", "2022-06-21")
        + article("content/d.md", "房产兄弟频道", "house", "2022-06-23"));
    var news = html(site, "public/news/index.html");
    assertThat(texts(news, ".teaser-title")).containsExactly("苏州子频道", "国内子频道", "资讯本频道");
    assertThat(texts(html(site, "public/news/suzhou/index.html"), ".teaser-title")).containsExactly("苏州子频道");
    assertThat(texts(html(site, "public/house/index.html"), ".teaser-title")).containsExactly("房产兄弟频道");
    // sub-channel navigation on the parent's index
    assertThat(texts(news, ".sub-channels a")).containsExactly("苏州资讯", "国内新闻");
  }

  @Test
  void channelIndexHasBreadcrumbAndChannelFeed(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + article("content/a.md", "新闻", "news/suzhou", "2022-06-20"));
    var doc = html(site, "public/news/suzhou/index.html");
    assertThat(texts(doc, ".breadcrumb li")).containsExactly("首页", "> 资讯中心", "> 苏州资讯");
    assertThat(attrs(doc, ".breadcrumb a", "href")).containsExactly("/", "/news/");
    assertThat(attrs(doc, "link[rel=alternate]", "href")).containsExactly("/news/suzhou/rss.xml");
    assertThat(doc.title()).isEqualTo("苏州资讯 - 苏州都市网");
    // the top channel is highlighted in the channel bar
    assertThat(texts(doc, ".channel-bar li.current > a")).containsExactly("资讯中心");
  }

  @Test
  void anEmptyChannelHasAnIndexPageAndAnEmptyFeed(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG);
    site.assertFile("public/house/index.html", "房产频道", "暂无文章");
    site.assertFile("public/house/rss.xml", "<title>苏州都市网 - 房产频道</title>");
    site.assertNoFile("public/house/page/2/index.html");
  }
}
