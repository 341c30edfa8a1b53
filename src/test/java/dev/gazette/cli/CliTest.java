package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line through {@link Main#run}: exit codes, output and what is written. */
class CliTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  static final String CONFIG = """
      title: 苏州都市网
      baseUrl: https://www.example.com/
      channels:
        - id: news
          name: 资讯中心
          children:
            - id: suzhou
              name: 苏州资讯
      """;

  static final String ARTICLE = """
      ---
      title: 苏州市生物医药产业创新集群推进会召开
      channel: news/suzhou
      date: 2022-06-26 17:05
      source: 苏州日报
      author: 赵焱
      ---
      正文。
      """;

  /** A small site with the repository's default theme. */
  static Path site(Path dir) throws IOException {
    Files.writeString(dir.resolve("site-config.yml"), CONFIG);
    Files.createDirectories(dir.resolve("content/news"));
    Files.writeString(dir.resolve("content/news/a.md"), ARTICLE);
    copy(Path.of("themes/default"), dir.resolve("themes/default"));
    return dir;
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path dest = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest);
        }
      }
    }
  }

  static void assertNoStackTrace(Run r) {
    assertThat(r.err() + r.out()).doesNotContain("\tat ", "Exception", "internal error");
  }

  @Test
  void buildPrintsOneSummaryLineAndExitsZero(@TempDir Path dir) throws IOException {
    site(dir);
    var r = run("build", "--site", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().toList()).singleElement().asString()
        .matches("built 1 articles, \\d+ pages, \\d+ files in \\d+ ms \\(\\d+ rendered, 0 unchanged; \\d+ files written, 0 kept\\) -> .*public");
    assertThat(r.err()).isEmpty();
    assertThat(dir.resolve("public/news/suzhou/2022/06/a/index.html")).isRegularFile();
    assertThat(dir.resolve("public/rss.xml")).isRegularFile();
  }

  @Test
  void buildHonoursOutAndBaseUrl(@TempDir Path dir) throws IOException {
    site(dir);
    Path out = dir.resolve("elsewhere");
    var r = run("build", "--site", dir.toString(), "--out", out.toString(), "--base-url", "https://host/portal/");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out.resolve("index.html"))).contains("href=\"/portal/css/style.css\"");
    assertThat(dir.resolve("public")).doesNotExist();
  }

  @Test
  void aBadSiteExitsOneWithPositionedErrorsAndNoStackTrace(@TempDir Path dir) throws IOException {
    site(dir);
    Files.writeString(dir.resolve("content/news/bad.md"), ARTICLE.replace("news/suzhou", "news/suzou"));
    Files.writeString(dir.resolve("content/news/worse.md"), ARTICLE.replace("date: 2022-06-26 17:05", "date: 2022-13-45"));
    var r = run("build", "--site", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).containsPattern("content/news/bad\\.md:3:\\d+: error: unknown channel \"news/suzou\"");
    assertThat(r.err()).contains("hint: did you mean \"news/suzhou\"?");
    assertThat(r.err()).containsPattern("content/news/worse\\.md:4:\\d+: error: ");
    assertThat(r.out()).isEmpty();
    assertNoStackTrace(r);
    // the failed build wrote nothing
    assertThat(dir.resolve("public")).doesNotExist();
  }

  @Test
  void aFailedBuildLeavesThePreviousOutputAsItWas(@TempDir Path dir) throws IOException {
    site(dir);
    assertThat(run("build", "--site", dir.toString()).code()).isZero();
    String before = Files.readString(dir.resolve("public/index.html"));
    Files.writeString(dir.resolve("content/news/bad.md"), "no front matter\n");
    var r = run("build", "--site", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).containsPattern("content/news/bad\\.md:1:1: error: ");
    assertThat(Files.readString(dir.resolve("public/index.html"))).isEqualTo(before);
  }

  @Test
  void aMissingSiteIsAnErrorNotATrace(@TempDir Path dir) {
    var r = run("build", "--site", dir.resolve("nothing-here").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("site-config.yml");
    assertNoStackTrace(r);
  }

  @Test
  void anUnknownOptionExitsTwo(@TempDir Path dir) {
    var r = run("build", "--sight", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--sight");
    assertNoStackTrace(r);
    assertThat(run("frobnicate").code()).isEqualTo(2);
  }

  @Test
  void aBadNowIsACommandLineErrorNotATrace(@TempDir Path dir) throws IOException {
    site(dir);
    var r = run("build", "--site", dir.toString(), "--now", "yesterday-ish");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--now", "2022-06-26 17:05");
    assertNoStackTrace(r);
  }

  @Test
  void helpAndVersionExitZero() {
    var help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Usage: gazette", "build", "check", "new", "init");
    var version = run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).containsPattern("\\d+\\.\\d+");
  }

  @Test
  void everySubcommandHasHelp() {
    var build = run("build", "--help");
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(build.out()).contains("--drafts", "--future", "--base-url", "--out", "--now");
    for (String command : new String[] {"check", "new", "init"}) {
      var r = run(command, "--help");
      assertThat(r.code()).as(command + ": " + r.err()).isZero();
      assertThat(r.out()).contains("Usage: gazette " + command);
    }
    var viaHelp = run("help", "build");
    assertThat(viaHelp.code()).isZero();
    assertThat(viaHelp.out()).contains("Usage: gazette build");
  }

  @Test
  void checkValidatesAndWritesNothing(@TempDir Path dir) throws IOException {
    site(dir);
    var ok = run("check", "--site", dir.toString());
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("1 articles");
    assertThat(dir.resolve("public")).doesNotExist();
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site-config.yml", "content", "themes");
    }
    Files.writeString(dir.resolve("content/news/bad.md"), ARTICLE.replace("channel: news/suzhou", "channel: sport"));
    var bad = run("check", "--site", dir.toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).containsPattern("content/news/bad\\.md:3:\\d+: error: unknown channel \"sport\"");
    assertThat(dir.resolve("public")).doesNotExist();
  }

  @Test
  void newScaffoldsADraftWithAnEditorForSitesThatRequireOne(@TempDir Path dir) throws IOException {
    site(dir);
    Files.writeString(dir.resolve("site-config.yml"), CONFIG + "\nrequireEditor: true\n");
    Files.writeString(dir.resolve("content/news/a.md"), ARTICLE.replace("author:", "editor: 王敏\nauthor:"));
    var r = run("new", "苏州地铁8号线开通", "--channel", "news/suzhou", "--slug", "x", "--site", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(dir.resolve("content/news/suzhou/x.md"))).contains("editor: 编辑部");
    var built = run("build", "--site", dir.toString(), "--drafts");
    assertThat(built.code()).as(built.err()).isZero();
    assertThat(built.out()).startsWith("built 2 articles");
  }

  @Test
  void newScaffoldsADraftThatBuildsWithDrafts(@TempDir Path dir) throws IOException {
    site(dir);
    var r = run("new", "苏州地铁8号线开通", "--channel", "news/suzhou", "--slug", "x", "--site", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    Path file = dir.resolve("content/news/suzhou/x.md");
    assertThat(file).isRegularFile();
    assertThat(Files.readString(file)).contains("title: \"苏州地铁8号线开通\"", "channel: news/suzhou", "draft: true");

    var withoutDrafts = run("build", "--site", dir.toString());
    assertThat(withoutDrafts.code()).as(withoutDrafts.err()).isZero();
    assertThat(withoutDrafts.out()).startsWith("built 1 articles");

    var withDrafts = run("build", "--site", dir.toString(), "--drafts");
    assertThat(withDrafts.code()).as(withDrafts.err()).isZero();
    assertThat(withDrafts.out()).startsWith("built 2 articles");
    try (Stream<Path> s = Files.walk(dir.resolve("public/news/suzhou"))) {
      assertThat(s.map(Path::toString).filter(p -> p.endsWith("/x/index.html"))).hasSize(1);
    }

    var again = run("new", "重复", "--channel", "news/suzhou", "--slug", "x", "--site", dir.toString());
    assertThat(again.code()).isEqualTo(1);
    var unknown = run("new", "标题", "--channel", "news/suzou", "--site", dir.toString());
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("news/suzhou");
    assertNoStackTrace(unknown);
  }

  @Test
  void initCreatesASiteThatBuilds(@TempDir Path dir) {
    Path site = dir.resolve("my-site");
    var r = run("init", site.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(site.resolve("site-config.yml")).isRegularFile();
    assertThat(site.resolve("themes/default/templates/base.ftlh")).isRegularFile();
    assertThat(site.resolve(".github/workflows/publish.yml")).content()
        .contains("actions/cache", ".gazette/cache", "build --strict --changes changes.txt");
    assertThat(site.resolve(".gitignore")).content().contains("/public/", "/.gazette/");
    var build = run("build", "--site", site.toString());
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(build.out()).startsWith("built 1 articles");
    assertThat(site.resolve("public/index.html")).isRegularFile();

    var again = run("init", site.toString());
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("not empty");
  }
}
