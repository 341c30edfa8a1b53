package dev.gazette.errors;

import static dev.gazette.errors.ErrorSites.assertNoStackTrace;
import static dev.gazette.errors.ErrorSites.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a writer sees on the terminal: every problem, FILE:LINE:COL, exit code 1, no stack trace. */
class CliErrorsTest {
  @Test
  void twoBrokenFilesAreBothReportedAndTheBuildExitsOne(@TempDir Path dir) {
    TestSite.write(dir, ErrorSites.CONFIG
        + "-- content/a.md --\n" + ErrorSites.ARTICLE.replace("channel: news/suzhou", "channel: nws")
        + "-- content/b.md --\n" + ErrorSites.ARTICLE.replace("date: 2022-06-26 17:05", "date: 2022-02-30"));
    var run = cli("build", "--site", dir.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .contains(dir.resolve("content/a.md") + ":3:10: error: unknown channel \"nws\"\n  hint: did you mean \"news\"?")
        .contains(dir.resolve("content/b.md") + ":4:7: error: impossible date \"2022-02-30\": February 2022 has 28 days")
        .contains("failed: 2 errors");
    assertNoStackTrace(run);
    assertThat(dir.resolve("public")).doesNotExist();
  }

  @Test
  void checkReportsTheSameWithoutWriting(@TempDir Path dir) {
    TestSite.write(dir, ErrorSites.CONFIG
        + "-- content/a.md --\n" + ErrorSites.ARTICLE.replace("channel: news/suzhou", "channel: nws"));
    var run = cli("check", "--site", dir.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("content/a.md:3:10: error: unknown channel \"nws\"");
    assertNoStackTrace(run);
  }

  static Stream<Arguments> badSites() {
    String a = "-- content/a.md --\n";
    String ok = ErrorSites.ARTICLE;
    return Stream.of(
        Arguments.of("no front matter", a + "正文\n", "content/a.md:1:1: error:"),
        Arguments.of("unclosed", a + "---\ntitle: x\n", "content/a.md:1:1: error:"),
        Arguments.of("bad yaml", a + ok.replace("title: ", "title: a: "), "content/a.md:2:"),
        Arguments.of("wrong type", a + ok.replace("title: ", "title: [a, b] #"), "content/a.md:2:8: error:"),
        Arguments.of("missing field", a + ok.replace("author: 赵焱\n", ""), "content/a.md:1:1: error:"),
        Arguments.of("unknown channel", a + ok.replace("news/suzhou", "suzhou"), "content/a.md:3:10: error:"),
        Arguments.of("impossible date", a + ok.replace("2022-06-26", "2022-02-30"), "content/a.md:4:7: error:"),
        Arguments.of("unsafe slug", a + ok.replace("author: 赵焱", "author: 赵焱\nslug: ../x"), "content/a.md:7:7: error:"),
        Arguments.of("dot-dot author", a + ok.replace("author: 赵焱", "author: .."), "content/a.md:6:9: error:"),
        Arguments.of("dot-dot source", a + ok.replace("source: 苏州日报", "source: .."), "content/a.md:5:9: error:"),
        Arguments.of("self alias", a + ok.replace("author: 赵焱", "author: 赵焱\nx: &x [*x]"), "content/a.md:7:4: error:"),
        Arguments.of("alias bomb", a + ok.replace("author: 赵焱", "author: 赵焱\na: &a [x]\nb: [" + "*a,".repeat(30) + "]"),
            "content/a.md:8:"),
        Arguments.of("deep nesting", a + ok.replace("author: 赵焱", "author: 赵焱\nx: " + "[".repeat(10_000)), "content/a.md:7:"),
        Arguments.of("png", "-- content/x.png --\nPNG\n" + a + ok, "content/x.png: error:"),
        Arguments.of("bad config key", "-- site-config.yml --\ntitle: T\nbaseUrl: https://a.example/\npaginte: 3\n"
            + "channels: [{id: news, name: N, children: [{id: suzhou, name: S}]}]\n" + a + ok, "site-config.yml:3:1: error:"),
        Arguments.of("bad timezone", "-- site-config.yml --\ntitle: T\nbaseUrl: https://a.example/\ntimezone: Asia/Shangai\n"
            + "channels: [{id: news, name: N, children: [{id: suzhou, name: S}]}]\n" + a + ok, "site-config.yml:3:11: error:"),
        Arguments.of("config bomb", "-- site-config.yml --\ntitle: T\nbaseUrl: https://a.example/\nx: &x [*x]\n"
            + "channels: [{id: news, name: N}]\n" + a + ok, "site-config.yml:3:1: error:"),
        Arguments.of("huge number", "-- site-config.yml --\ntitle: T\nbaseUrl: https://a.example/\nmaxArticleSize: 9999999999999999999999MB\n"
            + "channels: [{id: news, name: N, children: [{id: suzhou, name: S}]}]\n" + a + ok, "site-config.yml:3:17: error:"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSites")
  void badInputNeverPrintsAStackTrace(String name, String files, String expected, @TempDir Path dir) {
    String text = files.startsWith("-- site-config.yml --") ? files : ErrorSites.CONFIG + files;
    TestSite.write(dir, text);
    var run = cli("build", "--site", dir.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains(dir.resolve(expected.substring(0, expected.indexOf(':'))) + expected.substring(expected.indexOf(':')));
    assertNoStackTrace(run);
  }
}
