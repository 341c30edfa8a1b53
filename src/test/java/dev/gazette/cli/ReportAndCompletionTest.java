package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
      image: /images/missing.svg
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
    assertThat(json).contains("\"ok\": true", "\"articles\": 1", "\"timings\": {\"inputs\": ", "\"load\": ", "\"config\": ", "\"save\": ",
        "{\"file\": \"content/a.md\", \"line\": 7, \"col\": 8, \"severity\": \"warning\", \"message\": \"image /images/missing.svg does not exist\"");
  }

  @Test
  @SuppressWarnings("unchecked")
  void reportIsValidJsonWithOutputPagesByKindHeapAndSlowestTemplates(@TempDir Path dir) throws Exception {
    TestSite.write(dir, SITE);
    Path report = dir.resolve("report.json");
    var r = CliTest.run("build", "--site", dir.toString(), "--report", report.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    Map<String, Object> json = StrictJson.object(Files.readString(report));
    assertThat(json).containsKeys("ok", "articles", "pages", "files", "millis", "timings", "pagesByKind", "rendered", "reused",
        "written", "linked", "bytesWritten", "changes", "peakHeapBytes", "slowestTemplates", "diagnostics");
    assertThat(json.get("ok")).isEqualTo(true);

    var byKind = (Map<String, Object>) json.get("pagesByKind");
    assertThat(byKind).containsEntry("article", 1L).containsEntry("home", 1L).containsKey("channel");
    assertThat(byKind.values().stream().mapToLong(v -> (Long) v).sum()).isEqualTo((Long) json.get("pages"));
    // a first build writes every file anew
    assertThat((Long) json.get("written")).isEqualTo((Long) json.get("files"));
    assertThat(json.get("linked")).isEqualTo(0L);
    long bytes = (Long) json.get("bytesWritten");
    assertThat(bytes).isPositive();
    assertThat(json.get("reused")).isEqualTo(0L);
    assertThat((Long) json.get("rendered")).isGreaterThanOrEqualTo((Long) json.get("pages"));
    assertThat((Map<String, Object>) json.get("changes"))
        .containsExactly(Map.entry("added", json.get("files")), Map.entry("changed", 0L), Map.entry("removed", 0L));
    assertThat((Long) json.get("peakHeapBytes")).isGreaterThan(1L << 20);
    var timings = (Map<String, Object>) json.get("timings");
    assertThat(timings).containsKeys("config", "parse", "render", "finish");

    var templates = (List<Object>) json.get("slowestTemplates");
    assertThat(templates).isNotEmpty().hasSizeLessThanOrEqualTo(10);
    long previous = Long.MAX_VALUE;
    long templatePages = 0;
    for (Object o : templates) {
      var t = (Map<String, Object>) o;
      assertThat(t.keySet()).containsExactly("template", "pages", "millis");
      assertThat(t.get("template")).isInstanceOf(String.class);
      assertThat((Long) t.get("millis")).isNotNegative().isLessThanOrEqualTo(previous);
      previous = (Long) t.get("millis");
      templatePages += (Long) t.get("pages");
    }
    assertThat(templates).anySatisfy(o -> assertThat(((Map<String, Object>) o).get("template")).asString().contains("article"));
    assertThat(templatePages).isPositive();

    // built again from the cache: nothing is rendered or written, every file is kept
    var again = CliTest.run("build", "--site", dir.toString(), "--report", report.toString());
    assertThat(again.code()).as(again.err()).isEqualTo(0);
    json = StrictJson.object(Files.readString(report));
    assertThat(json.get("written")).isEqualTo(0L);
    assertThat(json.get("bytesWritten")).isEqualTo(0L);
    assertThat(json.get("linked")).isEqualTo(json.get("files"));
    assertThat((Long) json.get("reused")).isPositive();
    assertThat((Map<String, Object>) json.get("changes"))
        .containsExactly(Map.entry("added", 0L), Map.entry("changed", 0L), Map.entry("removed", 0L));
  }

  @Test
  void reportOfAFailedBuildSaysNotOk(@TempDir Path dir) throws Exception {
    TestSite.write(dir, SITE.replace("channel: news", "channel: nws"));
    Path report = dir.resolve("report.json");
    var r = CliTest.run("build", "--site", dir.toString(), "--report", report.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(Files.readString(report)).contains("\"ok\": false", "\"severity\": \"error\", \"message\": \"unknown channel \\\"nws\\\"\"");
    var json = StrictJson.object(Files.readString(report));
    assertThat(json.keySet()).containsExactly("ok", "diagnostics");
    assertThat(json.get("ok")).isEqualTo(false);
  }

  @Test
  void strictTurnsTheWarningIntoAnError(@TempDir Path dir) {
    TestSite.write(dir, SITE);
    var r = CliTest.run("check", "--site", dir.toString(), "--strict");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("content/a.md:7:8: error: image /images/missing.svg does not exist");
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
