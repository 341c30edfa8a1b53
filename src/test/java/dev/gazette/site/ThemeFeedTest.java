package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A theme that writes its feeds itself: {@code templates/rss.ftlx} and {@code atom.ftlx} replace
 * Gazette's RSS and Atom (XML auto-escaping, the feed's model), JSON Feed stays Gazette's, a theme
 * without them keeps Gazette's feeds, and a mistake in one is an error at its line.
 */
class ThemeFeedTest {
  static final String SITE = """
      -- site-config.yml --
      title: 苏州都市网
      baseUrl: https://host/portal/
      theme: kunshan
      feed: {items: 2, formats: [rss, atom, json]}
      channels:
        - id: news
          name: 资讯中心
          children: [{id: suzhou, name: 苏州资讯}]
        - id: house
          name: 房产频道
      -- themes/kunshan/theme.yml --
      extends: default
      -- themes/kunshan/templates/rss.ftlx --
      <#import "parts/teaser.ftlh" as t>
      <?xml version="1.0" encoding="utf-8"?>
      <rss version="2.0"><channel>
      <title><#if feed.kind == "home">${site.title}<#else>${feed.name} - ${site.title}</#if></title>
      <link>${feed.link}</link><self>${feed.url}</self><page>${page.url}</page><updated>${feed.updated!"-"}</updated>
      <#list feed.items as item>
      <item><title>${item.article.title}</title><link>${item.link}</link><pubDate>${item.pubDate}</pubDate>
      <description>${t.teaser(item.article)}</description><content>${item.content}</content></item>
      </#list>
      </channel></rss>
      -- themes/kunshan/templates/parts/teaser.ftlh --
      <#function teaser article><#return (article.lead?has_content)?then(article.lead, article.summary)?truncate_c(8, "…")></#function>
      -- themes/kunshan/templates/atom.ftlx --
      <feed><title>${feed.title}</title><updated>${feed.updatedIso!"-"}</updated><#list feed.items as item><entry><id>${item.link}</id><published>${item.pubDateIso}</published><updated>${item.updatedIso}</updated></entry></#list></feed>
      -- content/news/suzhou/a.md --
      ---
      title: 地铁八号线 R&D <试运行>
      channel: news/suzhou
      date: 2022-06-26 17:05
      updated: 2022-06-27 09:00
      source: 苏州日报
      author: 赵焱
      ---

      苏报讯 地铁八号线今天开始试运行，沿线市民可免费乘坐。详见[线路图](/news/)。
      -- content/news/b.md --
      ---
      title: 古城保护新规
      channel: news
      date: 2022-06-24 08:00
      source: 苏州日报
      author: 王强
      summary: 古城保护新规今日发布施行。
      ---

      新规发布。
      -- content/house/c.md --
      ---
      title: 春季房展会开幕
      channel: house
      date: 2022-06-20
      source: 姑苏晚报
      author: 周杰
      ---

      房展会开幕。
      """;

  @Test
  void theThemesTemplatesWriteRssAndAtomAndGazetteWritesJsonFeed(@TempDir Path dir) {
    var site = TestSite.build(dir, SITE);
    String rss = site.read("public/rss.xml");
    assertThat(rss).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>\n<title>苏州都市网</title>");
    assertThat(rss).contains(
        "<link>https://host/portal/</link><self>https://host/portal/rss.xml</self><page>/portal/rss.xml</page>"
            + "<updated>Mon, 27 Jun 2022 09:00:00 +0800</updated>",
        // XML auto-escaping, the article's own teaser cut by the theme
        "<item><title>地铁八号线 R&amp;D &lt;试运行&gt;</title><link>https://host/portal/news/suzhou/2022/06/a/</link>"
            + "<pubDate>Sun, 26 Jun 2022 17:05:00 +0800</pubDate>\n<description>苏报讯 地铁八…</description>",
        "<description>古城保护新规今…</description>",
        // the body with absolute links, escaped as XML text
        "&lt;a href=&quot;https://host/portal/news/&quot;&gt;线路图&lt;/a&gt;");
    assertThat(rss).doesNotContain("春季房展会开幕", "<generator>Gazette</generator>");
    site.assertFile("public/news/rss.xml", "<title>资讯中心 - 苏州都市网</title>", "<link>https://host/portal/news/</link>");
    site.assertFile("public/house/rss.xml", "<title>房产频道 - 苏州都市网</title>", "<link>https://host/portal/house/2022/06/c/</link>");
    assertThat(site.read("public/atom.xml")).isEqualTo("<feed><title>苏州都市网</title><updated>2022-06-27T09:00:00+08:00</updated>"
        + "<entry><id>https://host/portal/news/suzhou/2022/06/a/</id><published>2022-06-26T17:05:00+08:00</published>"
        + "<updated>2022-06-27T09:00:00+08:00</updated></entry><entry><id>https://host/portal/news/2022/06/b/</id>"
        + "<published>2022-06-24T08:00:00+08:00</published><updated>2022-06-24T08:00:00+08:00</updated></entry></feed>\n");
    site.assertFile("public/feed.json", "\"version\": \"https://jsonfeed.org/version/1.1\"");
    // the pages still link every feed
    site.assertFile("public/index.html", "href=\"/portal/rss.xml\"", "href=\"/portal/atom.xml\"", "href=\"/portal/feed.json\"");
  }

  @Test
  void aFeedTemplateEditedOrAnArticleChangedReachesTheFeedsOnTheNextBuild(@TempDir Path dir) {
    var site = TestSite.build(dir, SITE);
    site.edit("themes/kunshan/templates/parts/teaser.ftlh", "truncate_c(8", "truncate_c(6").rebuild();
    site.assertFile("public/rss.xml", "<description>苏报讯 地…</description>");
    site.edit("content/news/b.md", "title: 古城保护新规", "title: 古城保护新规出台").rebuild();
    site.assertFile("public/rss.xml", "<title>古城保护新规出台</title>");
    site.assertFile("public/news/rss.xml", "<title>古城保护新规出台</title>");
    site.delete("themes/kunshan/templates/rss.ftlx").rebuild();
    site.assertFile("public/rss.xml", "<generator>Gazette</generator>", "<title>古城保护新规出台</title>");
  }

  @Test
  void aMistakeInAFeedTemplateIsAnErrorAtItsLine(@TempDir Path dir) {
    var site = TestSite.write(dir, SITE.replace("<pubDate>${item.pubDate}</pubDate>", "<pubDate>${item.published}</pubDate>"))
        .build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("themes/kunshan/templates/rss.ftlx:7:", "item.published");
  }

  @Test
  void aThemeWithoutFeedTemplatesKeepsGazettesFeeds(@TempDir Path dir) {
    var site = TestSite.build(dir, SITE.replaceAll("(?s)-- themes/kunshan/templates/rss.ftlx --.*?-- content/", "-- content/"));
    site.assertFile("public/rss.xml", "<generator>Gazette</generator>", "<atom:link href=\"https://host/portal/rss.xml\"");
    site.assertFile("public/atom.xml", "<generator>Gazette</generator>");
  }
}
