package dev.gazette.site;

import static dev.gazette.site.Sites.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies of 250 KB, one paragraph of one construct repeated, as a pasted block of minified data
 * makes them: each renders (Flexmark alone took minutes for some, and overflowed its stack on
 * others), or is refused with an error at its line and column that says what to do. Their speed
 * is measured by bench/markdown-pathological.sh; the timeout here only stops a hang.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class PathologicalMarkdownTest {
  static final int SIZE = 250_000;

  /** A construct, and a piece of the HTML its repetition renders to. */
  record Flood(String name, String unit, String html) {}

  static final Flood[] RENDERED = {
      new Flood("brackets", "[x]", "[x][x][x]"),
      new Flood("link-openers", "[a](", "[a]([a]([a]("),
      new Flood("images", "![x]", "![x]![x]"),
      new Flood("reference-pairs", "[x][y]", "[x][y][x][y]"),
      new Flood("double-quoted-titles", "[a](b \"", "[a](b &quot;[a](b &quot;"),
      new Flood("parenthesized-titles", "[a](b (", "[a](b ([a](b ("),
      new Flood("angle-destinations", "[a](<", "[a](&lt;[a](&lt;"),
      new Flood("tag-openers", "<a", "&lt;a&lt;a"),
      new Flood("emphasis-openers", "*a", "<em>a</em>"),
      new Flood("backticks", "e`", "<code>e</code>e<code>e</code>"),
      new Flood("root-links", "[x](/a)", "<a href=\"/a\">x</a><a href=\"/a\">x</a>"),
      new Flood("footnote-refs", "[^x]", "[^x][^x]"),
      new Flood("bare-urls", "http://a.cn ", "<a href=\"http://a.cn\" class=\"url\">http://a.cn</a> "),
      new Flood("link-closers", "a]", "a]a]a]")};

  @Test
  void aParagraphOfOneConstructRepeatedRenders(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG);
    for (var f : RENDERED) {
      site.put("content/" + f.name() + ".md", Sites.newsArticle(f.name(), f.unit().repeat(SIZE / f.unit().length())));
    }
    site.build();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    for (var f : RENDERED) {
      String page = site.read("public/news/2022/06/" + f.name() + "/index.html");
      assertThat(page).as(f.name()).contains(f.html());
    }
    String links = site.read("public/news/2022/06/root-links/index.html");
    assertThat(links.split("<a href=\"/a\">x</a>", -1)).hasSize(SIZE / "[x](/a)".length() + 1);
  }

  @Test
  void whatFlexmarkCannotRenderInTimeIsAnErrorAtItsPosition(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG);
    site.put("content/open.md", Sites.newsArticle("open", "开头。\n\n正文 " + "![[]()".repeat(SIZE / 6)));
    site.put("content/escapes.md", Sites.newsArticle("escapes", "开头。\n\n" + "\\\\".repeat(SIZE / 2)));
    site.build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("content/open.md:10:4:", "brackets ([ or ![) are still open before links in one paragraph",
        "write the literal ones as \\[");
    site.assertDiagnostic("content/escapes.md:10:1:", "backslash escapes in one run of text", "code block");
  }
}
