package dev.gazette.errors;

import static dev.gazette.errors.ErrorSites.failing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fields of an article: types, required fields, channels, dates, slugs, URLs. */
class FieldErrorsTest {
  @Test
  void fieldsOfTheWrongTypeAreEachReportedAtTheirValue(@TempDir Path dir) {
    var site = failing(dir, """
        -- content/a.md --
        ---
        title: [a, b]
        channel: news/suzhou
        date: 2022-06-26
        source: 苏州日报
        author: 赵焱
        tags: {a: 1}
        headline: yes
        ---
        正文。
        """);
    site.assertDiagnostic("content/a.md:2:8: error: \"title\" must be text, not a list",
        "hint: write title: some text (quote it if it starts with [ or {)");
    site.assertDiagnostic("content/a.md:7:7: error: \"tags\" must be text or a list, not a mapping",
        "hint: write tags: [a, b]");
    site.assertDiagnostic("content/a.md:8:11: error: \"headline\" must be true or false, not \"yes\"",
        "hint: write headline: true");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "title   | add title: 标题",
      "channel | add channel: news/suzhou",
      "date    | add date: 2022-06-26 17:05",
      "source  | add source: 苏州日报",
      "author  | add author: 赵焱"})
  void eachMissingRequiredField(String field, String hint, @TempDir Path dir) {
    String article = ErrorSites.ARTICLE.lines().filter(l -> !l.startsWith(field + ":"))
        .reduce("", (a, b) -> a + b + "\n");
    var site = failing(dir, "-- content/a.md --\n" + article);
    site.assertDiagnostic("content/a.md:1:1: error: missing required field \"" + field + "\"", "hint: " + hint);
    assertThat(site.diagnostics()).hasSize(1);
  }

  @Test
  void aRequiredFieldWithoutValueIsReportedAtItsKey(@TempDir Path dir) {
    failing(dir, "-- content/a.md --\n" + ErrorSites.ARTICLE.replace("source: 苏州日报", "source:"))
        .assertDiagnostic("content/a.md:5:1: error: \"source\" is empty", "hint: add source: 苏州日报");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "nws       | did you mean \"news\"?",
      "suzhou    | did you mean \"news/suzhou\"? (sub-channels are written with their parent)",
      "news/suzou | did you mean \"news/suzhou\"?",
      "sports    | channels in site-config.yml: news, news/suzhou, house"})
  void unknownChannelWithDidYouMean(String channel, String hint, @TempDir Path dir) {
    failing(dir, "-- content/a.md --\n" + ErrorSites.ARTICLE.replace("channel: news/suzhou", "channel: " + channel))
        .assertDiagnostic("content/a.md:3:10: error: unknown channel \"" + channel + "\"", "hint: " + hint);
  }

  /** Found by MutationPropertiesTest: an empty date used to crash the permalink with a NullPointerException. */
  @Test
  void anEmptyDate(@TempDir Path dir) {
    failing(dir, "-- content/a.md --\n" + ErrorSites.ARTICLE.replace("date: 2022-06-26 17:05", "date: \"\""))
        .assertDiagnostic("content/a.md:4:7: error: \"date\" is empty", "hint: add date: 2022-06-26 17:05");
  }

  @Test
  void unparseableDateSuggestsTheSpelling(@TempDir Path dir) {
    failing(dir, "-- content/a.md --\n" + ErrorSites.ARTICLE.replace("date: 2022-06-26 17:05", "date: 2022年6月26日 17:05"))
        .assertDiagnostic("content/a.md:4:7: error: unrecognised date \"2022年6月26日 17:05\"",
            "hint: write 2022-06-26 17:05; accepted: 2022-06-26, 2022-06-26 17:05, 2022-06-26 17:05:00,"
                + " 2022-06-26T17:05:00+08:00, 2022-06-26 17:05:00 +0800");
  }

  /** Digits and a space typed with a Chinese input method look like the right spelling, and are not. */
  @Test
  void aDateWithFullWidthCharactersSaysSo(@TempDir Path dir) {
    failing(dir, "-- content/a.md --\n" + ErrorSites.ARTICLE.replace("date: 2022-06-26 17:05", "date: ２０２２-06-26\u300017:05"))
        .assertDiagnostic("content/a.md:4:7: error: unrecognised date \"２０２２-06-26\u300017:05\"",
            "hint: it has full-width characters (a Chinese input method's digits or space): write 2022-06-26 17:05; accepted:");
    failing(dir.resolve("b"), "-- content/a.md --\n" + ErrorSites.ARTICLE.replace("date: 2022-06-26 17:05", "date: 2022/6/26 9：05"))
        .assertDiagnostic("content/a.md:4:7: error: unrecognised date", "write 2022-06-26 09:05; accepted:");
  }

  @Test
  void nonsenseDateListsTheAcceptedSpellings(@TempDir Path dir) {
    failing(dir, "-- content/a.md --\n" + ErrorSites.ARTICLE.replace("date: 2022-06-26 17:05", "date: yesterday"))
        .assertDiagnostic("content/a.md:4:7: error: unrecognised date \"yesterday\"",
            "hint: accepted: 2022-06-26, 2022-06-26 17:05");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2022-02-30       | impossible date \"2022-02-30\": February 2022 has 28 days",
      "2024-02-30       | impossible date \"2024-02-30\": February 2024 has 29 days",
      "2022-13-01       | impossible date \"2022-13-01\": there is no month 13",
      "2022-06-26 24:30 | impossible time \"2022-06-26 24:30\": hours go from 00 to 23",
      "2022-06-26T17:05:00+19:00 | impossible offset \"+19:00\""})
  void impossibleDate(String date, String message, @TempDir Path dir) {
    failing(dir, "-- content/a.md --\n" + ErrorSites.ARTICLE.replace("date: 2022-06-26 17:05", "date: " + date))
        .assertDiagnostic("content/a.md:4:7: error: " + message, "hint: accepted: 2022-06-26, 2022-06-26 17:05");
  }

  @Test
  void badUpdatedAndExpiresDatesToo(@TempDir Path dir) {
    var site = failing(dir, "-- content/a.md --\n"
        + ErrorSites.ARTICLE.replace("author: 赵焱", "author: 赵焱\nupdated: 2022-06-31\nexpires: soon"));
    site.assertDiagnostic("content/a.md:7:10: error: impossible date \"2022-06-31\": June 2022 has 30 days", "hint: accepted:");
    site.assertDiagnostic("content/a.md:8:10: error: unrecognised date \"soon\"", "hint: accepted:");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a/b          | it contains a slash",
      "..           | it starts with a dot",
      "'\"\"'       | it is empty",
      "\"a\\u0001b\" | it contains a control character",
      "地铁 8号线    | it contains a space"})
  void unsafeSlug(String slug, String why, @TempDir Path dir) {
    failing(dir, "-- content/a.md --\n" + ErrorSites.ARTICLE.replace("author: 赵焱", "author: 赵焱\nslug: " + slug))
        .assertDiagnostic("content/a.md:7:7: error: unsafe slug \"", why,
            "hint: use lowercase letters, digits and -, such as metro-line-8");
  }

  @Test
  void slugTooLongForAFolderName(@TempDir Path dir) {
    String slug = "苏州市生物医药产业创新集群推进会召开".repeat(4);
    failing(dir, "-- content/a.md --\n" + ErrorSites.ARTICLE.replace("author: 赵焱", "author: 赵焱\nslug: " + slug))
        .assertDiagnostic("content/a.md:7:7: error: unsafe slug", "it is too long for a folder name (216 bytes in UTF-8, at most 200");
  }

  @Test
  void namesThatCannotBeFolders(@TempDir Path dir) {
    var site = failing(dir, """
        -- content/a.md --
        ---
        title: 标题
        channel: news
        date: 2022-06-26
        source: ..
        author: [赵焱, .]
        tags: [生物医药, "a/b", ".."]
        ---
        正文。
        """);
    site.assertDiagnostic("content/a.md:5:9: error: source \"..\" cannot name the source's page", "hint: write the outlet's name");
    site.assertDiagnostic("content/a.md:6:14: error: author \".\" cannot name the reporter's page", "hint: write the reporter's name");
    site.assertDiagnostic("content/a.md:7:21: error: tag \"..\" cannot be part of a URL: \"..\" is not a name", "hint: write a short word");
    // a slash is a - in the page's address, as in a reporter's or a source's
    assertThat(site.diagnosticText()).doesNotContain("\"a/b\"");
  }

  @Test
  void twoFilesWritingOneUrlAreBothNamed(@TempDir Path dir) {
    var site = failing(dir, """
        -- content/a.md --
        ---
        title: 推进会召开
        channel: news
        date: 2022-06-26
        source: 苏州日报
        author: 赵焱
        slug: meeting
        ---
        正文。
        -- content/b.md --
        ---
        title: 推进会又召开
        channel: news
        date: 2022-06-27
        source: 苏州日报
        author: 赵焱
        slug: meeting
        ---
        正文。
        """);
    var d = site.assertDiagnostic("content/", "error:", "/news/2022/06/meeting/", "hint:");
    assertThat(d.format()).contains("content/a.md").contains("content/b.md");
    assertThat(d.line()).isEqualTo(7);
    assertThat(d.col()).isEqualTo(7);
  }

  @Test
  void aliasOntoTheHomePage(@TempDir Path dir) {
    failing(dir, "-- content/a.md --\n" + ErrorSites.ARTICLE.replace("author: 赵焱", "author: 赵焱\naliases: [/old/, /]"))
        .assertDiagnostic("content/a.md:7:18: error: alias \"/\" is the home page", "hint: list only the article's old URLs");
  }

  @Test
  void everyBrokenFileIsReportedInOneBuild(@TempDir Path dir) {
    var site = failing(dir, "-- content/a.md --\n" + ErrorSites.ARTICLE.replace("channel: news/suzhou", "channel: nws")
        + "-- content/b.md --\n" + ErrorSites.ARTICLE.replace("date: 2022-06-26 17:05", "date: 2022-02-30")
        + "-- content/c.md --\n" + ErrorSites.ARTICLE);
    site.assertDiagnostic("content/a.md:3:10: error: unknown channel \"nws\"");
    site.assertDiagnostic("content/b.md:4:7: error: impossible date \"2022-02-30\"");
    assertThat(site.diagnostics()).hasSize(2);
  }

  @Test
  void theValidArticleBuilds(@TempDir Path dir) {
    TestSite.build(dir, ErrorSites.CONFIG + "-- content/a.md --\n" + ErrorSites.ARTICLE)
        .assertFile("public/news/suzhou/2022/06/a/index.html", "苏州市生物医药产业创新集群推进会召开");
  }
}
