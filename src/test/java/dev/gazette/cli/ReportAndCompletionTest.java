package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportAndCompletionTest {
  static final String SITE = """
      -- site-config.yml --
      title: T
      baseUrl: https://news.example/
      channels: [{id: news, name: 资讯}]
      -- content/a.md --
      ---
      title: 标题
      channel: news
      date: 2022-06-26 17:05
      source: 本网
      author: 甲
      image: /images/missing.jpg
      ---
      正文。
      """;

  @Test
  void reportFileHoldsCountsTimingsAndDiagnostics(@TempDir Path dir) throws Exception {
    TestSite.write(dir, SITE);
    Path report = dir.resolve("report.json");
    var r = CliTest.run("build", "--site", dir.toString(), "--report", report.toString());
    assertThat(r.code()).isEqualTo(0);
    String json = Files.readString(report);
    assertThat(json).contains("\"ok\": true", "\"articles\": 1", "\"timings\": {\"config\": ",
        "{\"file\": \"content/a.md\", \"line\": 7, \"col\": 8, \"severity\": \"warning\", \"message\": \"image /images/missing.jpg does not exist\"");
  }

  @Test
  void reportOfAFailedBuildSaysNotOk(@TempDir Path dir) throws Exception {
    TestSite.write(dir, SITE.replace("channel: news", "channel: nws"));
    Path report = dir.resolve("report.json");
    var r = CliTest.run("build", "--site", dir.toString(), "--report", report.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(Files.readString(report)).contains("\"ok\": false", "\"severity\": \"error\", \"message\": \"unknown channel \\\"nws\\\"\"");
  }

  @Test
  void strictTurnsTheWarningIntoAnError(@TempDir Path dir) {
    TestSite.write(dir, SITE);
    var r = CliTest.run("check", "--site", dir.toString(), "--strict");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("content/a.md:7:8: error: image /images/missing.jpg does not exist");
  }

  @Test
  void completionScriptsForBashAndZshOnly() {
    var bash = CliTest.run("completion", "bash");
    assertThat(bash.code()).isEqualTo(0);
    assertThat(bash.out()).contains("complete -F", "build", "serve", "check", "--drafts");
    var zsh = CliTest.run("completion", "zsh");
    assertThat(zsh.out()).startsWith("autoload -U +X bashcompinit && bashcompinit");
    assertThat(CliTest.run("completion", "fish").code()).isEqualTo(2);
  }
}
