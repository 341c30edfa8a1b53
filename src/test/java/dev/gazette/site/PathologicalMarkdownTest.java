package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bodies that made Flexmark quadratic (ISSUE: {@code [x]} × 40,000 took 20 s, {@code [a](} ×
 * 40,000 30 s) render in about linear time: a 250 KB line of each, or the same on 60,000 lines
 * of one paragraph, parses and renders in under two seconds once the JVM is warm, and comes out
 * as the text it is.
 */
class PathologicalMarkdownTest {
  static final String SITE = """
      -- site-config.yml --
      title: T
      baseUrl: https://news.example/
      channels: [{id: news, name: 资讯}]
      -- content/a.md --
      ---
      title: 数据
      channel: news
      date: 2022-06-26
      source: 苏州日报
      author: 甲
      ---
      BODY
      """;

  @ParameterizedTest
  @ValueSource(strings = {"[x]", "[a](", "[x]\n", "[a](\n", "![x](", "[x]: ", "[[x]]", "(", "<", "[^x]", "*a_", "`a"})
  void aQuarterMegabyteOfOneConstructRendersInUnderTwoSeconds(String unit, @TempDir Path dir) {
    // a tenth of the size first: the JIT compiles the paths this construct takes, and it sets the scale
    String small = unit.repeat(25_000 / unit.length());
    markdownMillis(dir.resolve("warm"), small);
    long tenth = Math.min(markdownMillis(dir.resolve("s1"), small), markdownMillis(dir.resolve("s2"), small));
    String body = unit.repeat(250_000 / unit.length());
    // best of two: the machine running the tests may be busy
    long millis = Math.min(markdownMillis(dir.resolve("a"), body), markdownMillis(dir.resolve("b"), body));
    String shown = unit.replace("\n", "\\n");
    System.out.println("PathologicalMarkdownTest: " + shown + " x " + 250_000 / unit.length() + ": " + millis
        + " ms (a tenth of it: " + tenth + " ms)");
    // idle: under 2 s; on a busy machine ten times the size may take up to 60 times as long (quadratic:
    // 100 times; before the fix these bodies took 20 s to 90 s)
    assertThat(millis).as("parsing and rendering a 250 KB body of " + shown + " (25 KB: " + tenth + " ms)")
        .isLessThan(Math.min(15_000, Math.max(2000, 60 * Math.max(tenth, 1))));
  }

  /** The time of the stages that parse and render bodies: parse (with Markdown) and markdown. */
  private static long markdownMillis(Path dir, String body) {
    var site = TestSite.build(dir, SITE.replace("BODY", body));
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    site.assertFile("public/news/2022/06/a/index.html", "<title>数据");
    return site.result().timings().stream().filter(t -> t.name().equals("parse") || t.name().equals("markdown"))
        .mapToLong(t -> t.millis()).sum();
  }
}
