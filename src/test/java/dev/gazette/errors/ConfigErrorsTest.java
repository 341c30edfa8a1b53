package dev.gazette.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** site-config.yml: every problem at its line and column, all reported together. */
class ConfigErrorsTest {
  private static TestSite config(Path dir, String yaml) {
    var site = TestSite.write(dir, "-- site-config.yml --\n" + yaml + "-- content/a.md --\n" + ErrorSites.ARTICLE).build();
    assertThat(site.ok()).as("the build should fail").isFalse();
    return site;
  }

  private static final String BASE = """
      title: 苏州都市网
      baseUrl: https://www.example.com/
      """;
  private static final String CHANNELS = """
      channels:
        - id: news
          name: 资讯中心
          children:
            - id: suzhou
              name: 苏州资讯
      """;

  @Test
  void unknownKeyWithDidYouMean(@TempDir Path dir) {
    config(dir, BASE + "paginte: 10\n" + CHANNELS)
        .assertDiagnostic("site-config.yml:3:1: error: unknown key \"paginte\"", "hint: did you mean \"paginate\"?");
  }

  @Test
  void unknownKeyWithoutACloseMatchListsTheKeys(@TempDir Path dir) {
    config(dir, BASE + "comments: true\n" + CHANNELS)
        .assertDiagnostic("site-config.yml:3:1: error: unknown key \"comments\"", "hint: known: title, baseUrl, language");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "www.example.com                  | baseUrl \"www.example.com\" must start with http:// or https://",
      "ftp://example.com/               | baseUrl \"ftp://example.com/\" must start with http:// or https://",
      "https://exa mple.com/            | baseUrl \"https://exa mple.com/\" must not contain spaces",
      "https://exa^mple.com/            | baseUrl \"https://exa^mple.com/\" is not a URL (illegal character in authority at character 9)",
      "https://www.example.com/?utm=1   | baseUrl \"https://www.example.com/?utm=1\" must not have a query or a fragment"})
  void badBaseUrl(String url, String message, @TempDir Path dir) {
    config(dir, "title: 苏州都市网\nbaseUrl: " + url + "\n" + CHANNELS)
        .assertDiagnostic("site-config.yml:2:10: error: " + message,
            "hint: write an absolute URL such as https://www.example.com/ or https://host/portal/");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Asia/Shangai | did you mean \"Asia/Shanghai\"?",
      "Shanghai     | did you mean \"Asia/Shanghai\"?",
      "Beijing      | use an IANA time zone id such as Asia/Shanghai"})
  void unknownTimezone(String zone, String hint, @TempDir Path dir) {
    config(dir, BASE + "timezone: " + zone + "\n" + CHANNELS)
        .assertDiagnostic("site-config.yml:3:11: error: unknown timezone \"" + zone + "\"", "hint: " + hint);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "zh_CN   | write language: zh-CN (a language tag joins its parts with -)",
      "en_us   | write language: en-US",
      "中文    | write language: zh-CN (simplified Chinese) or zh-TW / zh-HK (traditional)",
      "Chinese | write language: zh-CN",
      "zh-     | write a language tag such as zh-CN, zh-TW or en",
      "1234    | write a language tag such as zh-CN, zh-TW or en",
      "xx-CN   | write a language tag such as zh-CN, zh-TW or en",
      "zh-XX   | write a language tag such as zh-CN, zh-TW or en"})
  void languageThatIsNotALanguageTag(String language, String hint, @TempDir Path dir) {
    config(dir, BASE + "language: " + language + "\n" + CHANNELS)
        .assertDiagnostic("site-config.yml:3:11: error: language \"" + language + "\" is not a language tag", "hint: " + hint);
  }

  @Test
  void duplicateChannelId(@TempDir Path dir) {
    config(dir, BASE + CHANNELS + "  - id: news\n    name: 又一个资讯\n")
        .assertDiagnostic("site-config.yml:9:9: error: duplicate channel id \"news\"", "hint: each channel needs its own id");
  }

  @Test
  void malformedChannelIds(@TempDir Path dir) {
    var site = config(dir, BASE + """
        channels:
          - id: News
            name: 资讯
          - id: a b
            name: 乙
          - id: tags
            name: 标签
        """);
    site.assertDiagnostic("site-config.yml:4:9: error: channel id \"News\" must be lowercase letters, digits and -",
        "hint: for example: news");
    site.assertDiagnostic("site-config.yml:6:9: error: channel id \"a b\" must be lowercase letters, digits and -",
        "hint: for example: a-b");
    site.assertDiagnostic("site-config.yml:8:9: error: channel id \"tags\" is reserved for pages Gazette writes",
        "hint: choose another id");
  }

  @Test
  void missingTheme(@TempDir Path dir) {
    config(dir, BASE + "theme: defualt\n" + CHANNELS)
        .assertDiagnostic("site-config.yml:3:8: error: theme \"defualt\" not found: no folder themes/defualt/templates",
            "hint: did you mean \"default\"?");
  }

  /** Found by MutationPropertiesTest: a NUL in the theme name crashed Path.resolve. */
  @Test
  void aThemeThatIsNotAFolderName(@TempDir Path dir) {
    var site = config(dir, BASE + "theme: \"de\\0fault\"\n" + CHANNELS);
    site.assertDiagnostic("site-config.yml:3:8: error: theme \"de\u0000fault\" must be the name of a folder under themes/",
        "hint: write theme: default");
    var other = config(dir.resolve("2"), BASE + "theme: ../../elsewhere\n" + CHANNELS);
    other.assertDiagnostic("site-config.yml:3:8: error: theme \"../../elsewhere\" must be the name of a folder under themes/");
  }

  /** A permalink with .. made the renderer fail with an internal error. */
  @Test
  void aPermalinkThatLeavesTheSite(@TempDir Path dir) {
    config(dir, BASE + "permalink: \"/../{slug}/\"\n" + CHANNELS)
        .assertDiagnostic("site-config.yml:3:12: error: permalink must not contain a segment \"..\"",
            "hint: every URL stays below the site");
  }

  @Test
  void missingRequiredKeys(@TempDir Path dir) {
    var site = config(dir, "language: zh-CN\nbaseUrl:\n");
    site.assertDiagnostic("site-config.yml:1:1: error: missing required key \"title\"", "hint: add a line title: 苏州都市网");
    site.assertDiagnostic("site-config.yml:2:1: error: \"baseUrl\" is empty", "hint: add a line baseUrl: https://www.example.com/");
    site.assertDiagnostic("site-config.yml:1:1: error: missing required key \"channels\"", "hint: add a list of channels");
  }

  @Test
  void wrongTypesAndRanges(@TempDir Path dir) {
    var site = config(dir, BASE + "paginate: 0\nsearch: maybe\nfeed: [rss]\nmaxArticleSize: 99999999999999999999\n" + CHANNELS);
    site.assertDiagnostic("site-config.yml:3:11: error: \"paginate\" must be a whole number from 1 to 1000, not \"0\"",
        "hint: write for example paginate: 20");
    site.assertDiagnostic("site-config.yml:4:9: error: \"search\" must be true or false, not \"maybe\"", "hint: write search: true");
    site.assertDiagnostic("site-config.yml:5:7: error: \"feed\" must be a mapping of \"key: value\" lines, not a list");
    site.assertDiagnostic("site-config.yml:6:17: error: maxArticleSize \"99999999999999999999\" is not a size from 1KB to 1GB",
        "hint: write for example 10MB or 512KB");
  }

  @Test
  void aChannelWrittenAsPlainText(@TempDir Path dir) {
    config(dir, BASE + "channels:\n  - news\n")
        .assertDiagnostic("site-config.yml:4:5: error: a channel must be a mapping of \"key: value\" lines, not a single value",
            "hint: write each channel as \"- id: news\"");
  }

  @Test
  void invalidYamlInTheConfig(@TempDir Path dir) {
    config(dir, BASE + "title: again: 苏州\n" + CHANNELS)
        .assertDiagnostic("site-config.yml:3:13: error: invalid YAML: a second \":\" on the line",
            "hint: put the value in quotes: title: \"again: 苏州\"");
  }

  @Test
  void configThatIsNotAMapping(@TempDir Path dir) {
    config(dir, "- title: 苏州都市网\n")
        .assertDiagnostic("site-config.yml:1:1: error: site-config.yml must be a mapping of \"key: value\" lines, not a list",
            "hint: write one setting per line");
  }

  @Test
  void noConfigAtAll(@TempDir Path dir) {
    var site = TestSite.write(dir, "-- content/a.md --\n" + ErrorSites.ARTICLE).build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("site-config.yml: error: no site-config.yml in ", "hint: run the command in a site folder");
  }

  @Test
  void invalidUtf8InTheConfig(@TempDir Path dir) {
    var site = TestSite.write(dir, "-- content/a.md --\n" + ErrorSites.ARTICLE)
        .putBytes("site-config.yml", new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xCB, (byte) 0xD5, '\n'})
        .build();
    site.assertDiagnostic("site-config.yml:1:8: error: not valid UTF-8 (byte offset 7: 0xCB)", "hint: save the file as UTF-8");
  }

  @Test
  void everyConfigProblemIsReportedAtOnce(@TempDir Path dir) {
    var site = config(dir, "title: 苏州都市网\nbaseUrl: example.com\ntimezone: Mars/Olympus\npaginte: 10\n" + CHANNELS);
    assertThat(site.diagnostics()).extracting(d -> d.line()).containsExactly(2, 3, 4);
  }
}
