package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RSS 2.0 done right, against a byte-for-byte golden file. After an intended change, rewrite the
 * golden files with {@code mvn test -Dtest=RssTest -Dgolden.update=true} and review the diff.
 */
class RssTest {
  static final String SITE = """
      -- site-config.yml --
      title: 苏州都市网
      baseUrl: https://host/portal/
      timezone: Asia/Shanghai
      feed: {items: 3}
      channels:
        - id: news
          name: 资讯中心
          children:
            - id: suzhou
              name: 苏州资讯
        - id: house
          name: 房产频道
      -- static/images/a.png --
      @image 40x30
      -- content/news/suzhou/biomedicine.md --
      ---
      title: 苏州市生物医药产业创新集群推进会召开
      channel: news/suzhou
      date: 2022-06-26 17:05
      source: 苏州日报
      author: [赵焱, 张叶]
      tags: [生物医药, 产业集群]
      image: /images/a.png
      summary: 昨天，苏州市生物医药产业创新集群推进会在苏州工业园区召开。
      ---

      苏报讯（记者 赵焱）昨天，苏州市生物医药产业创新集群推进会在苏州工业园区召开。

      ![会场](/images/a.png)

      详见[实施方案](/news/)和[官网](https://www.suzhou.gov.cn/)。
      -- content/house/fair.md --
      ---
      title: 秋季房展会开幕 R&D <新盘> 亮相
      channel: house
      date: 2022-06-25 09:30:00 +0800
      source: 姑苏晚报
      author: 王芳
      ---

      本报讯 秋季房展会昨天开幕。共有四十余个楼盘参展，
      涵盖园区、新区等板块！现场人气很旺。

      第二段。
      -- content/news/old.md --
      ---
      title: 旧闻
      channel: news
      date: 2022-06-20
      source: 新华社
      author: 李明
      ---

      旧闻正文。
      -- content/news/oldest.md --
      ---
      title: 最旧的新闻不进全站订阅
      channel: news
      date: 2022-06-01
      source: 新华社
      author: 李明
      ---

      不在全站订阅里。
      """;

  @Test
  void siteFeedMatchesTheGoldenFile(@TempDir Path dir) throws IOException {
    var site = TestSite.build(dir, SITE);
    assertGolden("rss.xml", site.read("public/rss.xml"));
    assertGolden("news-rss.xml", site.read("public/news/rss.xml"));
  }

  @Test
  void datesAreEnglishRfc822EvenUnderAChineseDefaultLocale(@TempDir Path dir) {
    Locale saved = Locale.getDefault();
    Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
    try {
      Locale.setDefault(Locale.CHINA);
      var site = TestSite.build(dir, SITE);
      site.assertFile("public/rss.xml",
          "<lastBuildDate>Sun, 26 Jun 2022 17:05:00 +0800</lastBuildDate>",
          "<pubDate>Sun, 26 Jun 2022 17:05:00 +0800</pubDate>",
          "<pubDate>Sat, 25 Jun 2022 09:30:00 +0800</pubDate>",
          "<pubDate>Mon, 20 Jun 2022 00:00:00 +0800</pubDate>");
      assertThat(site.read("public/rss.xml")).doesNotContain("星期", "六月");
    } finally {
      Locale.setDefault(saved);
      Locale.setDefault(Locale.Category.FORMAT, savedFormat);
    }
  }

  @Test
  void reportersAreDcCreatorsNeverAuthor(@TempDir Path dir) {
    var rss = TestSite.build(dir, SITE).read("public/rss.xml");
    assertThat(rss).contains("<dc:creator>赵焱</dc:creator>\n    <dc:creator>张叶</dc:creator>", "<dc:creator>王芳</dc:creator>");
    assertThat(rss).doesNotContain("<author>");
  }

  @Test
  void guidIsThePermalinkAndSelfLinkIsTheFeed(@TempDir Path dir) {
    var site = TestSite.build(dir, SITE);
    site.assertFile("public/news/suzhou/rss.xml",
        "<atom:link href=\"https://host/portal/news/suzhou/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>",
        "<link>https://host/portal/news/suzhou/2022/06/biomedicine/</link>",
        "<guid isPermaLink=\"true\">https://host/portal/news/suzhou/2022/06/biomedicine/</guid>");
    site.assertFile("public/tags/生物医药/rss.xml",
        "<atom:link href=\"https://host/portal/tags/%E7%94%9F%E7%89%A9%E5%8C%BB%E8%8D%AF/rss.xml\" rel=\"self\"");
  }

  @Test
  void bodyLinksAreAbsoluteUnderTheBasePath(@TempDir Path dir) {
    var rss = TestSite.build(dir, SITE).read("public/rss.xml");
    assertThat(rss).contains(
        "<img src=\"https://host/portal/images/a.png\" alt=\"会场\" />",
        "<a href=\"https://host/portal/news/\">实施方案</a>",
        "<a href=\"https://www.suzhou.gov.cn/\">官网</a>",
        "<media:content url=\"https://host/portal/images/a-c96e491c7c-40.png\" medium=\"image\" type=\"image/png\" width=\"40\" height=\"30\"/>");
    assertThat(rss).doesNotContain("src=\"/", "href=\"/");
  }

  @Test
  void descriptionIsTheTeaserAndContentTheWholeBody(@TempDir Path dir) {
    var rss = TestSite.build(dir, SITE).read("public/rss.xml");
    assertThat(rss).contains(
        "<description>昨天，苏州市生物医药产业创新集群推进会在苏州工业园区召开。</description>",
        "<description>本报讯 秋季房展会昨天开幕。共有四十余个楼盘参展，涵盖园区、新区等板块！现场人气很旺。第二段。</description>",
        "<p>第二段。</p>");
    assertThat(rss).doesNotContain("最旧的新闻不进全站订阅");
  }

  static void assertGolden(String name, String actual) throws IOException {
    Path golden = Path.of("src/test/resources/golden").resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual);
    }
    assertThat(golden).as("golden file " + golden + " (create it with -Dgolden.update=true)").exists();
    assertThat(actual).as("golden " + name).isEqualTo(Files.readString(golden));
    assertThat(actual.getBytes(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(golden));
  }
}
