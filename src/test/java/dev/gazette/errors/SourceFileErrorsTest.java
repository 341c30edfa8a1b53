package dev.gazette.errors;

import static dev.gazette.errors.ErrorSites.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files under content/ that are not readable Markdown text: encoding, binary, empty, too big. */
class SourceFileErrorsTest {
  @Test
  void invalidUtf8IsReportedWithLineColumnAndByteOffset(@TempDir Path dir) {
    // "中文" in GBK is D6 D0 CE C4: the first byte of line 2's value is at offset 11.
    var out = new ByteArrayOutputStream();
    out.writeBytes("---\ntitle: ".getBytes(StandardCharsets.UTF_8));
    out.writeBytes(new byte[] {(byte) 0xD6, (byte) 0xD0, (byte) 0xCE, (byte) 0xC4});
    out.writeBytes("\nchannel: news\n---\n".getBytes(StandardCharsets.UTF_8));
    var site = TestSite.write(dir, CONFIG).putBytes("content/a.md", out.toByteArray()).build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("content/a.md:2:8: error: not valid UTF-8 (byte offset 11: 0xD6)",
        "hint: save the file as UTF-8 (files saved as GBK/GB2312 must be converted");
  }

  @Test
  void invalidUtf8AfterChineseTextCountsColumnsInCharacters(@TempDir Path dir) {
    var out = new ByteArrayOutputStream();
    out.writeBytes("---\ntitle: 苏州".getBytes(StandardCharsets.UTF_8));
    out.writeBytes(new byte[] {(byte) 0xFF});
    var site = TestSite.write(dir, CONFIG).putBytes("content/a.md", out.toByteArray()).build();
    site.assertDiagnostic("content/a.md:2:10: error: not valid UTF-8 (byte offset 17: 0xFF)");
  }

  @Test
  void aReplacementCharacterWrittenOnPurposeIsText(@TempDir Path dir) {
    // U+FFFD is valid UTF-8 (EF BF BD): the file is read; a malformed byte after it is still found
    var site = TestSite.write(dir, CONFIG + "-- content/a.md --\n" + ErrorSites.ARTICLE + "乱码显示为\uFFFD。\n").build();
    assertThat(site.ok()).isTrue();
    var out = new ByteArrayOutputStream();
    out.writeBytes("---\ntitle: \uFFFD".getBytes(StandardCharsets.UTF_8));
    out.writeBytes(new byte[] {(byte) 0xFF});
    var broken = TestSite.write(dir.resolve("b"), CONFIG).putBytes("content/a.md", out.toByteArray()).build();
    broken.assertDiagnostic("content/a.md:2:9: error: not valid UTF-8 (byte offset 14: 0xFF)");
  }

  @Test
  void aPngUnderContent(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG + "-- content/a.md --\n" + ErrorSites.ARTICLE)
        .putBytes("content/images/photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13})
        .build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("content/images/photo.png: error: not a Markdown article (content/ holds .md files only)",
        "hint: move it to static/");
  }

  @Test
  void aMarkdownFileWithNulBytes(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG)
        .putBytes("content/a.md", "---\ntitle: a\0b\n---\n".getBytes(StandardCharsets.UTF_8)).build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("content/a.md:2:9: error: binary file, not text (NUL byte at offset 12)",
        "hint: content/ holds Markdown text; put images and other files under static/");
  }

  @Test
  void anEmptyFile(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG).putBytes("content/a.md", new byte[0]).build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("content/a.md: error: empty file", "hint: write front matter and a body, or delete the file");
  }

  @Test
  void anOversizedArticleAgainstAConfiguredLimit(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG.replace("title: 苏州都市网", "title: 苏州都市网\nmaxArticleSize: 1KB")
        + "-- content/a.md --\n" + ErrorSites.ARTICLE + "正文。".repeat(400)
        + "\n-- content/b.md --\n" + ErrorSites.ARTICLE).build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("content/a.md: error: article is 3.7 KB, over the limit of 1.0 KB (maxArticleSize)",
        "hint: split it, move large files to static/, or raise maxArticleSize in site-config.yml");
    assertThat(site.diagnostics()).hasSize(1);
  }

  @Test
  void theDefaultLimitIsTenMegabytes(@TempDir Path dir) throws Exception {
    var site = TestSite.write(dir, CONFIG);
    var big = new byte[10 * 1024 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) 'x');
    site.putBytes("content/a.md", big).build();
    site.assertDiagnostic("content/a.md: error: article is 10.0 MB, over the limit of 10.0 MB (maxArticleSize)");
  }

  @Test
  void aSymlinkOutOfTheSiteIsNotFollowed(@TempDir Path dir, @TempDir Path elsewhere) throws Exception {
    Path secret = Files.writeString(elsewhere.resolve("secret.md"), ErrorSites.ARTICLE.replace("推进会", "机密"));
    var site = TestSite.write(dir, CONFIG + "-- content/a.md --\n" + ErrorSites.ARTICLE);
    Files.createSymbolicLink(dir.resolve("content/leak.md"), secret);
    Files.createSymbolicLink(dir.resolve("content/folder"), elsewhere);
    Files.createSymbolicLink(dir.resolve("content/broken.md"), elsewhere.resolve("missing.md"));
    site.build();
    assertThat(site.ok()).isTrue();
    site.assertDiagnostic("content/leak.md: warning: symlink points outside the site", "not followed",
        "hint: copy the file into the site instead");
    site.assertDiagnostic("content/folder: warning: symlink points outside the site", "not followed");
    site.assertDiagnostic("content/broken.md: warning: broken symlink", "hint: delete the link or restore its target");
    assertThat(site.result().articles()).isEqualTo(1);
    assertThat(site.exists("public/news/suzhou/2022/06/leak/index.html")).isFalse();
  }
}
