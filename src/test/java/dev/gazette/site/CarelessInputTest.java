package dev.gazette.site;

import static dev.gazette.site.Sites.CONFIG;
import static dev.gazette.site.Sites.article;
import static dev.gazette.site.Sites.html;
import static dev.gazette.site.Sites.newsArticle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What writers type by habit, found in a black-box reading of built sites: hashtags that YAML
 * takes for comments, lists typed with full-width commas, one tag in two spellings, entities in
 * the text, images on the writer's own disk, list items that miss a key.
 */
class CarelessInputTest {
  private static final String PAGE = "public/news/2022/06/a/index.html";

  @Test
  void aHashtagAfterASpaceIsReportedNotDroppedInSilence(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + article("content/a.md", "苏州马拉松 #热点", "news", "2022-06-26",
        "summary: 昨天 #苏州马拉松# 开跑", "draft: false # until approved", "tags:\n  - 体育 #周末"));
    // YAML's reading stays (the value ends at the comment), and each cut is said where it is
    site.assertDiagnostic("content/a.md:2:14: warning: \"#热点\" is left out of the value", "title: \"苏州马拉松 #热点\"");
    site.assertDiagnostic("content/a.md:7:13: warning: \"#苏州马拉松# 开跑\" is left out",
        "summary: \"昨天 #苏州马拉松# 开跑\"");
    site.assertDiagnostic("content/a.md:10:8: warning: \"#周末\" is left out", "\"体育 #周末\"");
    // a comment written the usual way, "# " with a space, is a comment
    assertThat(site.diagnosticText()).doesNotContain("until approved");
    assertThat(html(site, PAGE).selectFirst("h1").text()).isEqualTo("苏州马拉松");
  }

  @Test
  void namesTypedWithFullWidthCommasInAListAreSplit(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + article("content/a.md", "新闻", "news", "2022-06-26",
        "tags: [民生，交通、教育]", "author: [王敏；李四]", "editor: [李娜，王敏]"));
    assertThat(site.exists("public/tags/民生/index.html")).isTrue();
    assertThat(site.exists("public/tags/交通/index.html")).isTrue();
    assertThat(site.exists("public/tags/教育/index.html")).isTrue();
    assertThat(site.exists("public/authors/李四/index.html")).isTrue();
    assertThat(site.exists("public/editors/李娜/index.html")).isTrue();
    // an ASCII comma inside a quoted item is the writer's own
    var quoted = TestSite.build(dir.resolve("q"), CONFIG + article("content/a.md", "新闻", "news", "2022-06-26",
        "tags: [\"Smith, John\"]"));
    assertThat(quoted.exists("public/tags/smith,-john/index.html")).isTrue();
  }

  @Test
  void aSlashOrAHashInATagIsADashInItsAddressAsInAReportersName(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + article("content/a.md", "新闻", "news", "2022-06-26",
        "tags: [5G/6G, \"C#\", 50%]", "source: 人民网/人民日报"));
    assertThat(site.ok()).isTrue();
    assertThat(html(site, PAGE).select("a[href*=/tags/]").eachAttr("href"))
        .containsExactly("/tags/5g-6g/", "/tags/c-/", "/tags/50-/");
    assertThat(site.exists("public/tags/5g-6g/index.html")).isTrue();
    assertThat(html(site, "public/tags/5g-6g/index.html").selectFirst("h1").text()).contains("5G/6G");
    assertThat(site.exists("public/sources/人民网-人民日报/index.html")).isTrue();
  }

  @Test
  void namesWindowsCannotHoldAsFolderNamesGetFoldersItCan(@TempDir Path dir) throws Exception {
    var site = TestSite.build(dir, CONFIG + article("content/a.md", "新闻", "news", "2022-06-26",
        "tags: [\"Vue:3\", \"a\\\\b\", \"结尾.\", CON, \"<script>\", \"引号\\\"tag\", Nul.txt]",
        "source: \"新华社|北京\"", "author: [\"A*B\"]")
        + article("content/con.md", "设备名", "news", "2022-06-25")
        + article("content/end..md", "句点", "news", "2022-06-24"));
    assertThat(site.ok()).isTrue();
    assertThat(html(site, PAGE).select("a[href*=/tags/]").eachAttr("href"))
        .containsExactly("/tags/vue-3/", "/tags/a-b/", "/tags/%E7%BB%93%E5%B0%BE/", "/tags/con-/", "/tags/-script-/",
            "/tags/%E5%BC%95%E5%8F%B7-tag/", "/tags/nul-.txt/");
    assertThat(site.exists("public/sources/新华社-北京/index.html")).isTrue();
    assertThat(site.exists("public/authors/a-b/index.html")).isTrue();
    assertThat(site.exists("public/news/2022/06/con-/index.html")).isTrue();
    assertThat(site.exists("public/news/2022/06/end/index.html")).isTrue();
    try (var files = java.nio.file.Files.walk(dir.resolve("public"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.matches(".*[<>:\"|*\\\\].*|.*\\.|(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?"));
    }
  }

  @Test
  void aSlugWindowsCannotHoldIsAnError(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG + article("content/a.md", "新闻", "news", "2022-06-26", "slug: aux")
        + article("content/b.md", "新闻", "news", "2022-06-26", "slug: 结尾.")).build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("content/a.md:", "Windows reserves it for a device");
    site.assertDiagnostic("content/b.md:", "it ends with a dot");
  }

  @Test
  void aBylineCopiedIntoAuthorOrEditorOrTagsApartBySpacesSayWhatToWrite(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG
        + article("content/a.md", "新闻", "news", "2022-06-26", "author: 本报记者 赵焱 通讯员 李娜", "editor: 责任编辑：王敏")
        + article("content/b.md", "新闻", "news", "2022-06-25", "author: [\"赵焱 李娜\", 记者张叶]")
        + article("content/c.md", "新闻", "news", "2022-06-24", "author: [John Smith, 文天祥]", "editor: 文 王敏")
        + article("content/d.md", "新闻", "news", "2022-06-23", "tags: 民生 交通 城市建设, Smart City, 苏州 2022"));
    assertThat(site.ok()).isTrue();
    site.assertDiagnostic("content/a.md:6:9: warning: author \"本报记者 赵焱 通讯员 李娜\" has the byline's 本报记者, 通讯员 in it",
        "hint: write the names alone: author: [赵焱, 李娜] (the page labels them itself)");
    site.assertDiagnostic("content/a.md:", "editor \"责任编辑：王敏\" has the byline's 责任编辑：", "editor: [王敏]");
    site.assertDiagnostic("content/b.md:6:10: warning: author \"赵焱 李娜\" looks like 2 names apart by spaces", "hint: write author: [赵焱, 李娜]");
    site.assertDiagnostic("content/b.md:6:", "author \"记者张叶\" has the byline's 记者", "author: [张叶]");
    site.assertDiagnostic("content/c.md:7:9: warning: editor \"文 王敏\" has the byline's 文", "editor: [王敏]");
    // a space inside a Latin name, a surname that is also a role word: names, nothing to say
    site.assertDiagnostic("content/d.md:7:7: warning: tag \"民生 交通 城市建设\" looks like 3 tags apart by spaces",
        "hint: write tags: [民生, 交通, 城市建设]");
    assertThat(site.diagnostics()).hasSize(6);
  }

  @Test
  void oneTagInTwoSpellingsIsShownOnce(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + article("content/a.md", "新闻", "news", "2022-06-26",
        "tags: [AI, ai, \"Smart City\", smart-city, 民生, 民生]"));
    var tags = html(site, PAGE).select("a[href*=/tags/]").eachText();
    assertThat(tags).containsExactly("AI", "Smart City", "民生");
  }

  @Test
  void entitiesInTheBodyAreTheirCharactersInTeasersFeedsAndSearch(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG.replace("title: 苏州都市网", "title: 苏州都市网\nsearch: true")
        + "-- content/a.md --\n" + newsArticle("景点", "巴黎&nbsp;圣母院&amp;卢浮宫，价格&lt;100元&#x3002;温度&#8451;。"));
    String description = html(site, "public/news/2022/06/a/index.html").selectFirst("meta[name=description]").attr("content");
    assertThat(description).isEqualTo("巴黎\u00a0圣母院&卢浮宫，价格<100元。温度℃。");
    // RSS: the description is HTML inside XML, so "<" is escaped twice and reads as written
    site.assertFile("public/rss.xml", "<description>巴黎\u00a0圣母院&amp;amp;卢浮宫，价格&amp;lt;100元。温度℃。</description>");
    assertThat(searchTexts(site)).contains("价格<100元。温度℃。");
  }

  @Test
  void aPlainSummaryIsTextInRssNotMarkup(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + article("content/a.md", "新闻", "news", "2022-06-26",
        "summary: \"摘要 & <b>粗</b>\""));
    site.assertFile("public/rss.xml", "<description>摘要 &amp;amp; &amp;lt;b&amp;gt;粗&amp;lt;/b&amp;gt;</description>");
  }

  @Test
  void anImageOnTheWritersDiskIsAnError(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG
        + article("content/a.md", "新闻", "news", "2022-06-26", "image: 'C:\\photos\\a.jpg'")
        + article("content/b.md", "图集", "news", "2022-06-25", "gallery:\n  - src: file:///D:/照片/b.jpg"))
        .build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("content/a.md:7:8: error: image C:\\photos\\a.jpg is a path on a computer", "static/images/");
    site.assertDiagnostic("content/b.md:8:10: error: the gallery photo file:///D:/照片/b.jpg is a path on a computer");
  }

  @Test
  void aProtocolRelativeLeadImageIsAbsoluteInFeedsAndOpenGraph(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + article("content/a.md", "新闻", "news", "2022-06-26",
        "image: //cdn.example.com/a.jpg"));
    assertThat(html(site, PAGE).selectFirst("meta[property=og:image]").attr("content")).isEqualTo("https://cdn.example.com/a.jpg");
    site.assertFile("public/rss.xml", "url=\"https://cdn.example.com/a.jpg\"");
  }

  @Test
  void aListItemWithoutItsKeyIsReportedAtTheItem(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG + article("content/a.md", "新闻", "news", "2022-06-26",
        "gallery:\n  - src: /images/a.jpg\n    caption: 一\n  - caption: 没有src\n    credit: 某",
        "corrections:\n  - date: 2022-06-27\n    text: 更正\n  - text: 没有日期",
        "imageCaption: 说明"))
        .build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("content/a.md:10:5: error: a gallery photo needs a src");
    site.assertDiagnostic("content/a.md:15:5: error: a correction needs a date and a text");
  }

  @Test
  void aCorrectionOfTheWrongTypeIsReportedOnce(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG + article("content/a.md", "新闻", "news", "2022-06-26",
        "corrections: [{date: 2022-06-27, text: [a]}]")).build();
    assertThat(site.ok()).isFalse();
    assertThat(site.diagnostics()).hasSize(1);
    site.assertDiagnostic("content/a.md:7:", "\"text\" must be text");
  }

  @Test
  void aRelativeImageOrLinkIsAWarningAtItsPlace(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + "-- content/a.md --\n" + newsArticle("图片",
        "![甲](images/a.jpg)\n\n见[官网](www.example.com)与[上级](../house/)，[本站](/news/)、[脚注](#x)与[邮件](mailto:a@b.cn)。"));
    site.assertDiagnostic("content/a.md:8:1: warning: relative image \"images/a.jpg\"", "/images/a.jpg");
    site.assertDiagnostic("content/a.md:10:2: warning: relative link \"www.example.com\"", "https://");
    site.assertDiagnostic("content/a.md:10:", "relative link \"../house/\"");
    assertThat(site.diagnostics()).hasSize(3);
  }

  @Test
  void controlCharactersPastedIntoABodyAreReportedAtTheirPlaceAndLeftOut(@TempDir Path dir) {
    // U+000B is Word's Shift+Enter; the others come with text copied from web pages and old files
    var site = TestSite.build(dir, CONFIG + "-- content/a.md --\n" + newsArticle("控制符",
        "第一段。\n\n正文\u0008含控制符\u000B又一行。\u007F和\u0085以及\uFFFE、\uDBBF\uDFFF结束，见[本站](/news/)。"));
    site.assertDiagnostic("content/a.md:10:3: warning: invisible control character U+0008, which HTML does not allow (5 more in this body)",
        "hint: delete it");
    assertThat(site.diagnostics()).hasSize(1);
    String page = site.read(PAGE);
    assertThat(page.codePoints().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F
        || (c & 0xFFFE) == 0xFFFE)).isEmpty();
    var html = html(site, PAGE);
    assertThat(html.select("article p").eachText()).contains("正文含控制符又一行。和以及、结束，见本站。");
    assertThat(html.selectFirst("meta[name=description]").attr("content")).isEqualTo("第一段。正文含控制符又一行。和以及、结束，见本站。");
    site.assertFile("public/rss.xml", "正文含控制符又一行。和以及、结束");
  }

  @Test
  void aLinkAfterARemovedControlCharacterIsPlacedWhereTheEditorShowsIt(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + "-- content/a.md --\n" + newsArticle("控制符",
        "甲\u0008\u0007乙[图](img/a.jpg)"));
    site.assertDiagnostic("content/a.md:8:2: warning: invisible control character U+0008", "(1 more in this body): left out of the page");
    site.assertDiagnostic("content/a.md:8:5: warning: relative link \"img/a.jpg\"");
  }

  @Test
  void anAliasOntoAnotherPageIsReportedAtTheAlias(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG
        + article("content/a.md", "新闻", "news", "2022-06-26")
        + article("content/my b.md", "旧文", "news", "2022-06-25", "aliases: [/news/2022/06/a/]")).build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("content/my b.md:7:10: error: the alias /news/2022/06/a/ is the URL of content/a.md",
        "remove it from aliases");
  }

  @Test
  void aChangeDatedAfterTheBuildAndAnExpiryBeforeTheDateAreWarnings(@TempDir Path dir) {
    // the builds run at 2030-01-01 (TestSite.NOW)
    var site = TestSite.build(dir, CONFIG
        + article("content/a.md", "地铁8号线开通", "news", "2022-06-26", "updated: 2031-01-05 10:00",
            "corrections:\n  - {date: 2031-01-05 10:00, text: 原文中“35公里”应为“36公里”。}\n  - {date: 2022-06-27, text: 早已更正。}")
        + article("content/b.md", "展览", "news", "2022-06-26", "expires: 2022-06-20"));
    site.assertDiagnostic("content/a.md:7:10: warning: \"updated\" is dated 2031-01-05 10:00, after this build",
        "write the date of the change when it is made");
    site.assertDiagnostic("content/a.md:9:3: warning: \"corrections\" is dated 2031-01-05 10:00, after this build", "");
    assertThat(site.diagnosticText()).doesNotContain("2022-06-27");
    site.assertDiagnostic("content/b.md:7:10: warning: \"expires\" (2022-06-20 00:00) is before the article's date"
        + " (2022-06-26 00:00): the article is never shown", "remove expires");
  }

  @Test
  void searchTurnedOnInAThemeWithoutASearchPageSaysWhatTheFixTakes(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG.replace("title: 苏州都市网", "title: 苏州都市网\nsearch: true")
        + article("content/a.md", "新闻", "news", "2022-06-26")).delete("themes/default/templates/search.ftlh").build();
    site.assertDiagnostic("themes/default/templates/search.ftlh: error: missing template: the theme has none of search.ftlh",
        "extends: default", "templates/search.ftlh and static/js/search.js");
  }

  private static String searchTexts(TestSite site) {
    try (var files = java.nio.file.Files.list(site.dir().resolve("public/search/f"))) {
      var sb = new StringBuilder();
      for (Path p : (Iterable<Path>) files::iterator) {
        sb.append(java.nio.file.Files.readString(p));
      }
      return sb.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
