package dev.gazette.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --out} never points at something a build would destroy; refusals exit 1 and touch nothing. */
class OutputGuardTest {
  static final String SITE = """
      -- site-config.yml --
      title: 苏州都市网
      baseUrl: https://www.example.com/
      channels: [{id: news, name: 资讯中心}]
      -- content/a.md --
      ---
      title: 推进会召开
      channel: news
      date: 2022-06-26
      source: 苏州日报
      author: 赵焱
      ---
      正文。
      -- static/images/logo.txt --
      logo
      """;

  @TempDir Path root;
  Path site;
  Map<String, String> before;

  @BeforeEach
  void site() {
    site = root.resolve("site");
    TestSite.write(site, SITE);
    before = Snapshot.of(root);
  }

  private record Run(int code, String out, String err) {}

  private Run build(String out) {
    var o = new StringWriter();
    var e = new StringWriter();
    int code = Main.run(new PrintWriter(o), new PrintWriter(e), "build", "--site", site.toString(), "--out", out);
    return new Run(code, o.toString(), e.toString());
  }

  private void assertRefused(String out, String why) {
    var run = build(out);
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("--out: error: refusing to write the site into " + out + ": " + why,
        "hint: choose a folder of its own for the output");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(Snapshot.of(root)).as("nothing changed").isEqualTo(before);
  }

  @Test
  void refusesTheSiteRoot() {
    assertRefused(site.toString(), "it is the site folder itself");
  }

  @Test
  void refusesTheSiteRootSpelledAnotherWay() {
    assertRefused(site.resolve("content/..").toString(), "it is the site folder itself");
  }

  @Test
  void refusesContent() {
    assertRefused(site.resolve("content").toString(), "it is the site's content/ folder");
  }

  @Test
  void refusesAFolderInsideContent() {
    assertRefused(site.resolve("content/out").toString(), "it is inside the site's content/ folder");
  }

  @Test
  void refusesStaticAndThemes() {
    assertRefused(site.resolve("static").toString(), "it is the site's static/ folder");
    assertRefused(site.resolve("themes/default").toString(), "it is inside the site's themes/ folder");
  }

  @Test
  void refusesAParentOfTheSite() {
    assertRefused(root.toString(), "it contains the site");
    assertRefused(root.getParent().toString(), "it contains the site");
  }

  @Test
  void refusesTheFileSystemRoot() {
    assertRefused("/", "it is the root of the file system");
  }

  @Test
  void refusesTheHomeFolder() {
    Path home = Path.of(System.getProperty("user.home")).toAbsolutePath();
    assertRefused(home.toString(), site.toAbsolutePath().startsWith(home) ? "it contains the site" : "it is your home folder");
  }

  @Test
  void refusesAParentOfTheHomeFolder() {
    Path parent = Path.of(System.getProperty("user.home")).toAbsolutePath().getParent();
    if (parent != null && parent.getParent() != null && !site.toAbsolutePath().startsWith(parent)) {
      assertRefused(parent.toString(), "it contains your home folder");
    }
  }

  @Test
  void refusesASymlinkToTheSite() throws Exception {
    Path link = Files.createSymbolicLink(root.resolve("link"), site);
    before = Snapshot.of(root);
    assertRefused(link.toString(), "it is the site folder itself");
  }

  @Test
  void refusesAFolderOfOtherFiles() throws Exception {
    Path docs = Files.createDirectories(root.resolve("docs"));
    Files.writeString(docs.resolve("notes.txt"), "mine");
    before = Snapshot.of(root);
    var run = build(docs.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(docs + ": error: refusing to replace " + docs
        + ": it holds files but no index.html, so it is not a site Gazette built");
    assertThat(Snapshot.of(root)).isEqualTo(before);
  }

  @Test
  void refusesAGitCheckout() throws Exception {
    Path pages = Files.createDirectories(root.resolve("pages/.git"));
    Files.writeString(pages.resolve("HEAD"), "ref: refs/heads/gh-pages\n");
    Files.writeString(pages.getParent().resolve("index.html"), "<p>old</p>");
    before = Snapshot.of(root);
    var run = build(pages.getParent().toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("it is a git checkout (it has .git), which would be deleted");
    assertThat(Snapshot.of(root)).isEqualTo(before);
  }

  @Test
  void refusesAFile() throws Exception {
    Path file = Files.writeString(root.resolve("out.txt"), "x");
    before = Snapshot.of(root);
    var run = build(file.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("the output path " + file + " is a file, not a folder");
    assertThat(Snapshot.of(root)).isEqualTo(before);
  }

  @Test
  void acceptsANewFolderAndItsOwnPreviousOutput() {
    Path out = root.resolve("www");
    assertThat(build(out.toString()).code()).isZero();
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(build(out.toString()).code()).isZero();
    assertThat(out.resolve("images/logo.txt")).hasContent("logo");
  }
}
