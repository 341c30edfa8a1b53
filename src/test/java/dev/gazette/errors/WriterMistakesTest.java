package dev.gazette.errors;

import static dev.gazette.errors.ErrorSites.CONFIG;
import static dev.gazette.errors.ErrorSites.cli;
import static dev.gazette.errors.ErrorSites.failing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, points 1 to 3: one broken article reports only its own error; a typo in a field name
 * is a near-miss warning at the key; a link to a draft or an expired article shows as its text.
 */
class WriterMistakesTest {
  /** content/news/b.md links to content/news/suzhou/metro.md on body line 9, column 3. */
  private static final String LINKING = """
      -- content/news/b.md --
      ---
      title: 国庆黄金周铁路客流
      channel: news
      date: 2022-10-08 09:00
      source: 新华社
      author: 王
      ---

      见[地铁新闻](suzhou/metro.md)。
      """;

  private static String metro(String titleLine, String channel, String extra) {
    return """
        -- content/news/suzhou/metro.md --
        ---
        %s
        channel: %s
        date: 2022-06-26 17:05
        source: 苏州日报
        author: 赵焱
        %s
        ---
        地铁8号线开始试运行。
        """.formatted(titleLine, channel, extra);
  }

  // ---- 1. a link to an article that has errors of its own

  @Test
  void aLinkToABrokenArticleAddsNoSecondError(@TempDir Path dir) {
    var site = failing(dir, LINKING + metro("title: \"地铁8号线试运行", "news/suzhou", ""));
    assertThat(site.diagnosticText()).isEqualTo("""
        content/news/suzhou/metro.md:2:8: error: invalid YAML: a quote opened here is never closed
          hint: close the quote at the end of the value
        """);
    // fixed, the same (incremental) build links to it again
    site.edit("content/news/suzhou/metro.md", "title: \"地铁", "title: 地铁").rebuild();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    site.assertFile("public/news/2022/10/b/index.html", "<a href=\"/news/suzhou/2022/06/metro/\">地铁新闻</a>");
  }

  @Test
  void aLinkToAnArticleWithAWrongChannelAddsNoSecondError(@TempDir Path dir) {
    var site = failing(dir, LINKING + metro("title: 地铁8号线试运行", "news/suzhuo", ""));
    assertThat(site.diagnosticText()).isEqualTo("""
        content/news/suzhou/metro.md:3:10: error: unknown channel "news/suzhuo"
          hint: did you mean "news/suzhou"?
        """);
  }

  @Test
  void theCliPrintsOnlyTheBrokenArticlesErrorAndExitsOne(@TempDir Path dir) {
    TestSite.write(dir, CONFIG + LINKING + metro("title: 地铁8号线试运行", "news/suzhuo", ""));
    var run = cli("build", "--site", dir.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEqualTo(dir.resolve("content/news/suzhou/metro.md") + ":3:10: error: unknown channel \"news/suzhuo\"\n"
        + "  hint: did you mean \"news/suzhou\"?\n"
        + "failed: 1 error\n");
  }

  @Test
  void aLinkToAFileThatIsNotThereIsStillAnError(@TempDir Path dir) {
    failing(dir, LINKING).assertDiagnostic(
        "content/news/b.md:9:2: error: link to a missing file content/news/suzhou/metro.md",
        "hint: a .md link is relative to this file's folder");
  }

  // ---- 2. a near miss of a known field name

  private static String withFields(String fields) {
    return """
        -- content/a.md --
        ---
        title: 标题
        channel: news
        date: 2022-06-26
        source: 苏州日报
        author: 赵焱
        %s
        ---
        正文。
        """.formatted(fields);
  }

  @Test
  void typosOfFieldNamesAreWarningsAtTheKeyWithADidYouMean(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + withFields("""
        tgas: [苏州]
        sumary: 导读
        auther: 甲
        chanel: news
        data: 2022-06-27
        Title: 大写
        imgae: /a.jpg"""));
    assertThat(site.diagnosticText()).isEqualTo("""
        content/a.md:7:1: warning: unknown front-matter field "tgas"
          hint: did you mean "tags"? (a custom field goes under params:, and is then kept for templates as it is)
        content/a.md:8:1: warning: unknown front-matter field "sumary"
          hint: did you mean "summary"? (a custom field goes under params:, and is then kept for templates as it is)
        content/a.md:9:1: warning: unknown front-matter field "auther"
          hint: did you mean "author"? (a custom field goes under params:, and is then kept for templates as it is)
        content/a.md:10:1: warning: unknown front-matter field "chanel"
          hint: did you mean "channel"? (a custom field goes under params:, and is then kept for templates as it is)
        content/a.md:11:1: warning: unknown front-matter field "data"
          hint: did you mean "date"? (a custom field goes under params:, and is then kept for templates as it is)
        content/a.md:12:1: warning: unknown front-matter field "Title"
          hint: did you mean "title"? (a custom field goes under params:, and is then kept for templates as it is)
        content/a.md:13:1: warning: unknown front-matter field "imgae"
          hint: did you mean "image"? (a custom field goes under params:, and is then kept for templates as it is)
        """);
  }

  @Test
  void aTypoIsAnErrorUnderStrictAndTheCliExitsOne(@TempDir Path dir) {
    TestSite.write(dir, CONFIG + withFields("  tgas: [苏州]".strip()));
    var plain = cli("build", "--site", dir.toString(), "-q");
    assertThat(plain.code()).isZero();
    assertThat(plain.err()).isEqualTo(dir.resolve("content/a.md") + ":7:1: warning: unknown front-matter field \"tgas\"\n"
        + "  hint: did you mean \"tags\"? (a custom field goes under params:, and is then kept for templates as it is)\n");
    var strict = cli("build", "--site", dir.toString(), "--strict");
    assertThat(strict.code()).isEqualTo(1);
    assertThat(strict.err()).isEqualTo(dir.resolve("content/a.md") + ":7:1: error: unknown front-matter field \"tgas\"\n"
        + "  hint: did you mean \"tags\"? (a custom field goes under params:, and is then kept for templates as it is)\n"
        + "failed: 1 error\n");
    assertThat(cli("check", "--site", dir.toString(), "--strict").code()).isEqualTo(1);
  }

  @Test
  void deliberateCustomFieldsStayQuietAndReachTemplates(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG + withFields("""
        column: 城市观察
        lang: zh
        views: 12
        params: {rank: 3}"""));
    site.put("themes/default/templates/article.ftlh",
        "<p>${article.params.column}|${article.params.lang}|${article.params.views}|${article.params.rank}</p>\n").build();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    assertThat(site.diagnostics()).isEmpty();
    site.assertFile("public/news/2022/06/a/index.html", "<p>城市观察|zh|12|3</p>");
  }

  @Test
  void paramsMustBeAMapping(@TempDir Path dir) {
    failing(dir, withFields("params: [a, b]")).assertDiagnostic(
        "content/a.md:7:9: error: \"params\" must be a mapping of \"key: value\" lines, not a list");
  }

  // ---- 3. links to articles that are not published

  private static final String UNPUBLISHED = """
      -- content/news/a.md --
      ---
      title: 周末去哪儿
      channel: news
      date: 2022-06-26
      source: 本网
      author: 甲
      ---
      看[电影周](../life/film-week.md)，逛[旧展览][展]。

      [展]: ../life/old-show.md
      -- content/life/film-week.md --
      ---
      title: 苏州电影周
      channel: news
      date: 2022-06-20
      source: 本网
      author: 乙
      draft: true
      ---
      草稿。
      -- content/life/old-show.md --
      ---
      title: 旧展览
      channel: news
      date: 2022-01-01
      expires: 2022-03-01
      source: 本网
      author: 丙
      ---
      已结束。
      """;

  @Test
  void linksToADraftAndAnExpiredArticleShowAsTextWithTheirOwnHints(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + UNPUBLISHED);
    assertThat(site.diagnosticText()).isEqualTo("""
        content/news/a.md:8:2: warning: link to content/life/film-week.md, which is not published (draft): shown as plain text
          hint: it becomes a link when that article is published (draft: true removed)
        content/news/a.md:10:1: warning: link to content/life/old-show.md, which is not published (expired): shown as plain text
          hint: that article has expired and is off the site for good: remove the link or link to another article
        """);
    String page = site.assertFile("public/news/2022/06/a/index.html", "<p>看电影周，逛旧展览。</p>");
    assertThat(page).doesNotContain(".md");
    // published, the draft is linked again by the same (incremental) build
    site.edit("content/life/film-week.md", "draft: true", "draft: false").rebuild();
    site.assertFile("public/news/2022/06/a/index.html", "<p>看<a href=\"/news/2022/06/film-week/\">电影周</a>，逛旧展览。</p>");
  }

  @Test
  void aLinkToAnArticleDatedInTheFutureSaysWhenItBecomesALink(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + UNPUBLISHED.replace("draft: true", "date: 2031-01-01").replace("date: 2022-06-20\n", ""));
    site.assertDiagnostic("content/news/a.md:8:2: warning: link to content/life/film-week.md, which is not published (dated in the future)",
        "hint: it becomes a link on that article's date (or build with --future)");
  }

  @Test
  void underStrictALinkToADraftIsAnErrorAndTheCliExitsOne(@TempDir Path dir) {
    TestSite.write(dir, CONFIG + UNPUBLISHED);
    var run = cli("build", "--site", dir.toString(), "--strict", "--now", "2030-01-01");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith(dir.resolve("content/news/a.md") + ":8:2: error: link to content/life/film-week.md, which is not published (draft): shown as plain text\n")
        .endsWith("failed: 2 errors\n");
    assertThat(dir.resolve("public")).doesNotExist();
  }
}
