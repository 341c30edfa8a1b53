package dev.gazette.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed build leaves the previous output byte for byte as it was, whatever fails: the site's
 * content, or the writing itself. Deleting never reaches outside the output folder.
 */
class AtomicOutputTest {
  static final String SITE = """
      -- site-config.yml --
      title: 苏州都市网
      baseUrl: https://www.example.com/
      channels: [{id: news, name: 资讯中心, children: [{id: suzhou, name: 苏州资讯}]}]
      -- content/a.md --
      ---
      title: 推进会召开
      channel: news/suzhou
      date: 2022-06-26
      source: 苏州日报
      author: 赵焱
      tags: [生物医药]
      ---
      正文。
      """;

  static final String SECOND = """
      ---
      title: 又一篇
      channel: news
      date: 2022-06-27
      source: 苏州日报
      author: 张叶
      slug: SLUG
      ---
      正文。
      """;

  @Test
  void aBadArticleLeavesThePreviousOutputByteForByte(@TempDir Path dir) {
    var site = TestSite.build(dir, SITE);
    var before = Snapshot.of(dir.resolve("public"));
    assertThat(before).containsKey("news/suzhou/2022/06/a/index.html");

    site.put("content/b.md", SECOND.replace("SLUG", "b").replace("channel: news", "channel: nws")).build();

    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("content/b.md:3:10: error: unknown channel \"nws\"");
    assertThat(Snapshot.of(dir.resolve("public"))).isEqualTo(before);
    assertNoLeftovers(dir);
  }

  @Test
  void aBrokenTemplateLeavesThePreviousOutputByteForByte(@TempDir Path dir) {
    var site = TestSite.build(dir, SITE);
    var before = Snapshot.of(dir.resolve("public"));
    site.edit("themes/default/templates/article.ftlh", "article.title", "article.title?nosuch").build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("themes/default/templates/article.ftlh:", "error: template syntax");
    assertThat(Snapshot.of(dir.resolve("public"))).isEqualTo(before);
  }

  /**
   * The fault test. Writing fails mid-build because the new output has a path longer than the
   * operating system allows (PATH_MAX, 4096 bytes on Linux), which stops root as well as anyone:
   * the output folder sits deep enough that the first build fits and a long slug does not.
   */
  @Test
  void writingThatFailsMidBuildLeavesThePreviousOutputIntact(@TempDir Path dir, @TempDir Path deep) throws Exception {
    var site = TestSite.write(dir, SITE);
    var first = site.build();
    assertThat(first.ok()).isTrue();
    int longest;
    try (var files = Files.walk(dir.resolve("public"))) {
      longest = files.mapToInt(f -> dir.resolve("public").relativize(f).toString().getBytes(StandardCharsets.UTF_8).length).max().orElseThrow();
    }

    // staging path = parent + "/.public.staging-12345678/" + file: the first build fits with room to spare.
    int room = 4096 - 1 - ".public.staging-12345678/".length() - 1 - longest - 60;
    Path parent = deep.toAbsolutePath();
    while (parent.toString().length() + 201 < room) {
      parent = parent.resolve("d".repeat(200));
    }
    parent = parent.resolve("e".repeat(room - parent.toString().length() - 1));
    Files.createDirectories(parent);
    Path out = parent.resolve("public");
    site.with(o -> o.withOut(out)).build();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    var before = Snapshot.of(out);
    assertThat(before).containsKey("index.html");

    site.put("content/b.md", SECOND.replace("SLUG", "x".repeat(180))).build();

    assertThat(site.ok()).isFalse();
    var d = site.assertDiagnostic("content/b.md: error: cannot write /news/2022/06/xxx", "(from content/b.md)",
        "File name too long", "hint: nothing was changed: the previous output in " + out + " is as it was");
    assertThat(d.format()).doesNotContain("Exception");
    assertThat(Snapshot.of(out)).isEqualTo(before);
    assertNoLeftovers(parent);
  }

  /** A static file deleted while the build runs: the real reason, at the file, not its path twice. */
  @Test
  void aStaticFileDeletedDuringTheBuildSaysSo(@TempDir Path dir) {
    Path out = dir.resolve("public");
    var staging = Staging.open(out, java.util.Map.of());
    staging.write(OutputFile.text("index.html", "<p>首页</p>", "home"));
    staging.write(OutputFile.copy("images/a.jpg", dir.resolve("static/images/a.jpg"), "static/images/a.jpg"));
    var e = org.assertj.core.api.Assertions.catchThrowableOfType(dev.gazette.diag.SiteException.class, staging::commit);
    assertThat(e.diagnostics()).hasSize(1);
    assertThat(e.diagnostics().get(0).format())
        .startsWith("static/images/a.jpg: error: cannot copy: the file disappeared while building")
        .contains("hint: nothing was changed");
    assertThat(out).doesNotExist();
    assertNoLeftovers(dir);
  }

  @Test
  void aStaticFileWhereAFolderMustGoIsReportedBeforeWriting(@TempDir Path dir) {
    var site = TestSite.build(dir, SITE);
    var before = Snapshot.of(dir.resolve("public"));
    site.put("static/news", "a file named like the news channel's folder").build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("static/news: error: /news is a file (from static/news), but /news/", "needs it to be a folder",
        "hint: rename or move static/news");
    assertThat(Snapshot.of(dir.resolve("public"))).isEqualTo(before);
    assertNoLeftovers(dir);
  }

  @Test
  void theSwapDeletesNothingOutsideTheOutputFolder(@TempDir Path dir, @TempDir Path elsewhere) throws Exception {
    var site = TestSite.build(dir, SITE);
    Path precious = Files.writeString(elsewhere.resolve("precious.txt"), "keep me");
    Files.createDirectories(elsewhere.resolve("folder"));
    Files.writeString(elsewhere.resolve("folder/inside.txt"), "keep me too");
    // Links planted in the previous output point out of it; replacing the output must not follow them.
    Files.createSymbolicLink(dir.resolve("public/link.txt"), precious);
    Files.createSymbolicLink(dir.resolve("public/news/linked-folder"), elsewhere.resolve("folder"));
    Files.writeString(dir.resolve("beside-public.txt"), "a sibling");
    var outside = Snapshot.of(elsewhere);

    site.put("content/b.md", SECOND.replace("SLUG", "b")).build();

    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    assertThat(Snapshot.of(elsewhere)).isEqualTo(outside);
    assertThat(dir.resolve("beside-public.txt")).hasContent("a sibling");
    assertThat(dir.resolve("public/link.txt")).doesNotExist();
    assertThat(dir.resolve("public/news/2022/06/b/index.html")).isRegularFile();
    assertThat(dir.resolve("content/a.md")).isRegularFile();
    assertNoLeftovers(dir);
  }

  @Test
  void anOutputFolderThatIsASymlinkIsReplacedWhereItPoints(@TempDir Path dir, @TempDir Path www) throws Exception {
    var site = TestSite.write(dir, SITE);
    Path target = Files.createDirectories(www.resolve("html"));
    Path link = Files.createSymbolicLink(dir.resolve("public"), target);
    site.build();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(target.resolve("index.html")).isRegularFile();
    site.put("content/b.md", SECOND.replace("SLUG", "b")).build();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(target.resolve("news/2022/06/b/index.html")).isRegularFile();
    assertNoLeftovers(www);
  }

  /** No staging or old folder is left beside the output. */
  static void assertNoLeftovers(Path parent) {
    try (Stream<Path> s = Files.list(parent)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.contains(".staging-") || n.contains(".old-"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
