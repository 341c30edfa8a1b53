package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.build.Build;
import dev.gazette.build.BuildOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the sample portal and of a site that uses every editorial field passes the Nu Html
 * Checker (vnu.jar) with no errors. The checker comes from the npm package vnu-jar, which .ci/run
 * installs in /opt/vnu-jar; {@code -Dvnu.jar=PATH} or {@code VNU_JAR} names another copy.
 */
class NuHtmlCheckerTest {
  static final Path VNU = Stream.of(System.getProperty("vnu.jar"), System.getenv("VNU_JAR"),
          "/opt/vnu-jar/node_modules/vnu-jar/build/dist/vnu.jar", "node_modules/vnu-jar/build/dist/vnu.jar")
      .filter(p -> p != null && !p.isBlank()).map(Path::of).filter(Files::isRegularFile).findFirst().orElse(null);

  @BeforeAll
  static void needsTheChecker() {
    Assumptions.assumeTrue(VNU != null,
        "Nu Html Checker not installed (npm install --prefix /opt/vnu-jar vnu-jar, as .ci/run does): HTML validation skipped");
  }

  @Test
  void theSamplePortalHasNoHtmlErrors(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("public");
    try (var build = new Build()) {
      build.run(new BuildOptions(Path.of("").toAbsolutePath(), out, false, false, Instant.parse("2026-11-01T00:00:00Z"), null, false));
    }
    assertThat(pages(out)).isGreaterThan(50);
    assertThat(check(out)).isEmpty();
  }

  @Test
  void aSiteUsingEveryEditorialFieldHasNoHtmlErrors(@TempDir Path dir) throws Exception {
    var site = TestSite.build(dir, Sites.CONFIG.replace("timezone:", """
        tagline: 昆山人的新闻
        description: 昆山本地资讯。
        logo: /images/logo.png
        requireEditor: true
        topics: [metro]
        paginate: 1
        feed: {formats: [rss, atom, json]}
        timezone:""")
        + EditorialTest.TOPIC.replace("/images/metro.svg", "/images/a.svg")
        + EditorialTest.REPRINT.replace("tags: [交通]", "tags: [交通]\ntopics: [metro]\nimage: /images/a.svg")
        + EditorialTest.CORRECTED.replace("editor: 王敏", "editor: 王敏\ntopics: [metro]\ntags: [\"甲<乙 &amp; 丙\"]")
        + "-- static/images/a.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"9\"/>\n");
    assertThat(site.exists("public/topics/metro/page/2/index.html")).isTrue();
    assertThat(check(dir.resolve("public"))).isEmpty();
  }

  private static long pages(Path out) throws Exception {
    try (var s = Files.walk(out)) {
      return s.filter(p -> p.toString().endsWith(".html")).count();
    }
  }

  /** The checker's error lines for every HTML file below {@code out}; empty when all pass. */
  static String check(Path out) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    var p = new ProcessBuilder(java.toString(), "-jar", VNU.toString(), "--errors-only", "--skip-non-html", out.toString())
        .redirectErrorStream(true).start();
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("vnu finished").isTrue();
    assertThat(p.exitValue() == 0).as("vnu exit code with report:\n" + report).isEqualTo(report.isBlank());
    return report.strip();
  }
}
