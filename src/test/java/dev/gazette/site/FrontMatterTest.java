package dev.gazette.site;

import static dev.gazette.site.Sites.CONFIG;
import static dev.gazette.site.Sites.article;
import static dev.gazette.site.Sites.html;
import static dev.gazette.site.Sites.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.build.BuildOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every front-matter field of SPEC §3, seen in the built site. */
class FrontMatterTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2022-06-26 17:05          | Sun, 26 Jun 2022 17:05:00 +0800 | 2022-06-26T17:05:00+08:00 | 2022-06-26 17:05",
      "2022-06-26 17:05:00       | Sun, 26 Jun 2022 17:05:00 +0800 | 2022-06-26T17:05:00+08:00 | 2022-06-26 17:05",
      "2022-06-26T17:05:00+08:00 | Sun, 26 Jun 2022 17:05:00 +0800 | 2022-06-26T17:05:00+08:00 | 2022-06-26 17:05",
      "2022-06-26 17:05:00 +0800 | Sun, 26 Jun 2022 17:05:00 +0800 | 2022-06-26T17:05:00+08:00 | 2022-06-26 17:05",
      "2022-06-26T09:05:00Z      | Sun, 26 Jun 2022 17:05:00 +0800 | 2022-06-26T17:05:00+08:00 | 2022-06-26 17:05",
      "2022-06-26                | Sun, 26 Jun 2022 00:00:00 +0800 | 2022-06-26T00:00:00+08:00 | 2022-06-26",
      "'\"2022-06-26 17:05\"'    | Sun, 26 Jun 2022 17:05:00 +0800 | 2022-06-26T17:05:00+08:00 | 2022-06-26 17:05",
  })
  void noDateSpellingShiftsTheTime(String date, String pubDate, String iso, String display, @TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + article("content/a.md", "新闻", "news", date));
    site.assertFile("public/rss.xml", "<pubDate>" + pubDate + "</pubDate>");
    var time = html(site, "public/news/2022/06/a/index.html").selectFirst(".article-meta time");
    assertThat(time.attr("datetime")).isEqualTo(iso);
    assertThat(time.text()).isEqualTo(display);
  }

  @Test
  void aDateWithAnotherOffsetIsShownInTheSiteTimeZone(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + article("content/a.md", "新闻", "news", "2022-06-30T20:30:00-04:00"));
    // 2022-07-01 08:30 in Shanghai: the month of the URL follows the site's time zone too
    site.assertFile("public/rss.xml", "<pubDate>Fri, 01 Jul 2022 08:30:00 +0800</pubDate>");
    site.assertFile("public/news/2022/07/a/index.html", "2022-07-01 08:30");
  }

  @Test
  void theSiteTimeZoneDecidesTheOffset(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG.replace("Asia/Shanghai", "Europe/London")
        + article("content/a.md", "新闻", "news", "2022-06-26 17:05")
        + article("content/b.md", "冬天", "news", "2022-01-26 17:05"));
    site.assertFile("public/rss.xml", "<pubDate>Sun, 26 Jun 2022 17:05:00 +0100</pubDate>",
        "<pubDate>Wed, 26 Jan 2022 17:05:00 +0000</pubDate>");
  }

  @Test
  void authorIsANameOrAList(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG
        + article("content/a.md", "一人", "news", "2022-06-26", "author: 赵焱")
        + article("content/b.md", "两人", "news", "2022-06-25", "author: [赵焱, 张叶]")
        + article("content/c.md", "块列表", "news", "2022-06-24", "author:\n  - 王芳\n  - 李明"));
    String rss = site.read("public/rss.xml");
    assertThat(rss).contains(
        "<title>一人</title>", "<dc:creator>赵焱</dc:creator>\n    <category>",
        "<title>两人</title>", "<dc:creator>赵焱</dc:creator>\n    <dc:creator>张叶</dc:creator>",
        "<dc:creator>王芳</dc:creator>\n    <dc:creator>李明</dc:creator>");
    assertThat(html(site, "public/news/2022/06/c/index.html").select(".meta-authors").text()).isEqualTo("记者：王芳、李明");
  }

  @Test
  void imageShowsInTeasersFeedsAndOpenGraph(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG
        + article("content/a.md", "有图", "news", "2022-06-26", "image: /images/苏州 1.jpg")
        + article("content/b.md", "外链图", "news", "2022-06-25", "image: https://cdn.example/b.png")
        + "-- static/images/苏州 1.jpg --\n@image 40x30\n");
    var page = html(site, "public/news/2022/06/a/index.html");
    // pages, Open Graph and feeds show the photo's derivatives; an external image stays as written
    assertThat(page.select("meta[property=og:image]").attr("content"))
        .matches("https://news.example/images/%E8%8B%8F%E5%B7%9E%201-[0-9a-f]{10}-40\\.jpg");
    assertThat(page.select(".article-image img").attr("src")).matches("/images/%E8%8B%8F%E5%B7%9E%201-[0-9a-f]{10}-40\\.jpg");
    var list = html(site, "public/news/index.html");
    assertThat(list.select(".teaser.has-thumb img").eachAttr("src")).hasSize(2)
        .satisfies(l -> assertThat(l.get(0)).matches("/images/%E8%8B%8F%E5%B7%9E%201-[0-9a-f]{10}-40\\.jpg"))
        .satisfies(l -> assertThat(l.get(1)).isEqualTo("https://cdn.example/b.png"));
    assertThat(site.read("public/rss.xml")).containsPattern(
        "<media:content url=\"https://news.example/images/%E8%8B%8F%E5%B7%9E%201-[0-9a-f]{10}-40\\.jpg\" medium=\"image\" type=\"image/jpeg\" width=\"40\" height=\"30\"/>")
        .contains("<media:content url=\"https://cdn.example/b.png\" medium=\"image\" type=\"image/png\"/>");
    assertThat(html(site, "public/news/2022/06/b/index.html").select("meta[property=og:image]").attr("content"))
        .isEqualTo("https://cdn.example/b.png");
  }

  @Test
  void slugNamesTheUrl(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG
        + article("content/news/苏州地铁.md", "地铁", "news/suzhou", "2022-06-26", "slug: metro-line-8")
        + article("content/news/没有slug的文章.md", "中文文件名", "news/suzhou", "2022-06-26"));
    site.assertFile("public/news/suzhou/2022/06/metro-line-8/index.html", "地铁");
    site.assertFile("public/news/suzhou/2022/06/没有slug的文章/index.html", "中文文件名");
    site.assertFile("public/rss.xml", "<link>https://news.example/news/suzhou/2022/06/%E6%B2%A1%E6%9C%89slug%E7%9A%84%E6%96%87%E7%AB%A0/</link>");
  }

  @Test
  void updatedIsShownAndUsedForModificationDates(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG.replace("timezone:", "feed: {formats: [rss, atom]}\ntimezone:")
        + article("content/a.md", "更新过", "news", "2022-06-26 17:05", "updated: 2022-06-27 09:00:00 +0800"));
    var page = html(site, "public/news/2022/06/a/index.html");
    assertThat(page.select(".updated").text()).isEqualTo("更新于 2022-06-27 09:00");
    assertThat(page.select("meta[property=article:modified_time]").attr("content")).isEqualTo("2022-06-27T09:00:00+08:00");
    site.assertFile("public/atom.xml", "<published>2022-06-26T17:05:00+08:00</published>", "<updated>2022-06-27T09:00:00+08:00</updated>");
    site.assertFile("public/rss.xml", "<lastBuildDate>Mon, 27 Jun 2022 09:00:00 +0800</lastBuildDate>");
  }

  @Test
  void draftsAreLeftOutUnlessAsked(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG
        + article("content/a.md", "正式稿", "news", "2022-06-26")
        + article("content/b.md", "草稿", "news", "2022-06-27", "draft: true", "tags: [草稿标签]"));
    site.assertNoFile("public/news/2022/06/b/index.html");
    site.assertNoFile("public/tags/草稿标签/index.html");
    assertThat(site.read("public/rss.xml") + site.read("public/index.html") + site.read("public/sitemap.xml")).doesNotContain("草稿");
    assertThat(site.result().articles()).isEqualTo(1);

    site.with(o -> new BuildOptions(o.siteDir(), o.outDir(), true, false, o.now(), null, false)).rebuild();
    site.assertFile("public/news/2022/06/b/index.html", "草稿");
    site.assertFile("public/tags/草稿标签/index.html", "草稿");
    assertThat(site.result().articles()).isEqualTo(2);
  }

  @Test
  void futureArticlesWaitForTheirTimeUnlessAsked(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG
        + article("content/a.md", "已发布", "news", "2022-06-26 08:00")
        + article("content/b.md", "定时发布", "news", "2022-06-26 10:00"))
        .with(o -> o.withNow(java.time.Instant.parse("2022-06-26T01:00:00Z")))  // 09:00 in Shanghai
        .build();
    site.assertNoFile("public/news/2022/06/b/index.html");
    assertThat(site.read("public/rss.xml")).doesNotContain("定时发布");

    site.with(o -> o.withNow(java.time.Instant.parse("2022-06-26T02:00:00Z"))).rebuild();
    site.assertFile("public/news/2022/06/b/index.html", "定时发布");

    site.with(o -> new BuildOptions(o.siteDir(), o.outDir(), false, true, java.time.Instant.parse("2020-01-01T00:00:00Z"), null, false))
        .rebuild();
    site.assertFile("public/news/2022/06/b/index.html", "定时发布");
  }

  @Test
  void expiredArticlesAreLeftOut(@TempDir Path dir) {
    // the test builds run at 2030-01-01T00:00Z, 08:00 in Shanghai
    var site = TestSite.build(dir, CONFIG
        + article("content/a.md", "已过期", "news", "2022-06-26", "expires: 2029-12-31")
        + article("content/b.md", "刚过期", "news", "2022-06-26", "expires: 2030-01-01 08:00")
        + article("content/c.md", "未过期", "news", "2022-06-26", "expires: 2030-01-01 08:01"));
    site.assertNoFile("public/news/2022/06/a/index.html");
    site.assertNoFile("public/news/2022/06/b/index.html");
    site.assertFile("public/news/2022/06/c/index.html", "未过期");
    assertThat(site.read("public/rss.xml")).doesNotContain("已过期", "刚过期");
  }

  @Test
  void headlineMarksTopStories(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG
        + article("content/a.md", "头条新闻", "news", "2022-06-25", "headline: true")
        + article("content/b.md", "普通新闻", "news", "2022-06-26", "headline: false"));
    assertThat(texts(html(site, "public/index.html"), ".headlines .headline-title")).containsExactly("头条新闻");
  }

  @Test
  void unknownFieldsReachTemplatesAsParams(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG.replace("timezone:", "theme: mini\ntimezone:")
        + article("content/a.md", "新闻", "news", "2022-06-26",
            "photo_editor: 王五", "priority: 3", "sponsored: true", "related_links: [甲, 乙]",
            "extra: {photographer: 李四, place: 园区}")
        + """
        -- themes/mini/templates/list.ftlh --
        list ${page.kind}
        -- themes/mini/templates/404.ftlh --
        404
        -- themes/mini/templates/article.ftlh --
        editor=${article.params.photo_editor}
        priority=${article.params.priority}
        sponsored=${article.params.sponsored?c}
        links=${article.params.related_links?join("|")}
        photographer=${article.params.extra.photographer}
        place=${article.params.extra.place}
        missing=${article.params.nothing!"none"}
        known=${article.params.title!"not a param"}
        """);
    assertThat(site.read("public/news/2022/06/a/index.html")).isEqualTo("""
        editor=王五
        priority=3
        sponsored=true
        links=甲|乙
        photographer=李四
        place=园区
        missing=none
        known=not a param
        """);
    assertThat(site.read("public/index.html")).isEqualTo("list home\n");
  }

  @Test
  void byteOrderMarkAndCrlfAreAccepted(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG);
    String text = "\uFEFF---\r\ntitle: Windows 写的稿件\r\nchannel: news\r\ndate: 2022-06-26 17:05\r\n"
        + "source: 苏州日报\r\nauthor: 赵焱\r\n---\r\n\r\n苏州\r\n工业园区。\r\n";
    site.putBytes("content/win.md", text.getBytes(StandardCharsets.UTF_8)).build();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    var doc = html(site, "public/news/2022/06/win/index.html");
    assertThat(doc.select("h1").text()).isEqualTo("Windows 写的稿件");
    assertThat(doc.select(".article-body").html()).isEqualTo("<p>苏州工业园区。</p>");
    assertThat(site.read("public/news/2022/06/win/index.html")).doesNotContain("\r", "\uFEFF");
  }

  @Test
  void noAndOnStayText(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + """
        -- content/a.md --
        ---
        title: no
        channel: news
        date: 2022-06-26
        source: on
        author: yes
        tags: [off, No, y]
        ---
        正文。
        """);
    var doc = html(site, "public/news/2022/06/a/index.html");
    assertThat(doc.select("h1").text()).isEqualTo("no");
    assertThat(doc.select(".meta-source").text()).isEqualTo("来源：on");
    assertThat(doc.select(".meta-authors").text()).isEqualTo("记者：yes");
    assertThat(texts(doc, ".tags a")).containsExactly("off", "No", "y");
    site.assertFile("public/rss.xml", "<title>no</title>");
  }
}
