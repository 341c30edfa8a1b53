package dev.gazette.errors;

import static dev.gazette.errors.ErrorSites.failing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile YAML fails fast, bounded in time, memory and stack, with a positioned error. */
@Timeout(value = 20)
class YamlLimitsTest {
  private static final String HEAD = """
      -- content/a.md --
      ---
      title: 标题
      channel: news
      date: 2022-06-26
      source: 苏州日报
      author: 赵焱
      """;

  @Test
  void billionLaughs(@TempDir Path dir) {
    var sb = new StringBuilder(HEAD).append("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      sb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        sb.append(i > 0 ? "," : "").append('*').append(prev);
      }
      sb.append("]\n");
      prev = c;
    }
    // Lines 7 (a) and 8 (b, 9 aliases), 9 (c, 9 more), 10 (d): the 21st alias is d's third.
    var site = timed(() -> failing(dir, sb.append("---\n正文\n").toString()));
    site.assertDiagnostic("content/a.md:10:14: error: more than 20 aliases (*name) in one YAML block",
        "hint: write the values out");
  }

  @Test
  void aValueThatContainsItself(@TempDir Path dir) {
    var site = timed(() -> failing(dir, HEAD + "related: &r [苏州, *r]\n---\n正文\n"));
    site.assertDiagnostic("content/a.md:7:10: error: \"related\" contains itself through an alias (*name)",
        "hint: write the value out");
  }

  /** The top-level mapping is the first level, so the 64th bracket opens the 65th. */
  @Test
  void tenThousandOpeningBrackets(@TempDir Path dir) {
    var site = timed(() -> failing(dir, HEAD + "x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n---\n正文\n"));
    site.assertDiagnostic("content/a.md:7:67: error: YAML nested deeper than 64 levels",
        "hint: front matter and site-config.yml hold plain values and short lists");
  }

  @Test
  void deeplyNestedFlowMappings(@TempDir Path dir) {
    var site = timed(() -> failing(dir, HEAD + "x: " + "{a: ".repeat(10_000) + "}".repeat(10_000) + "\n---\n正文\n"));
    site.assertDiagnostic("content/a.md:7:256: error: YAML nested deeper than 64 levels");
  }

  @Test
  void deeplyIndentedBlockMappings(@TempDir Path dir) {
    var sb = new StringBuilder(HEAD);
    for (int i = 0; i < 1_000; i++) {
      sb.append(" ".repeat(i)).append('k').append(i).append(":\n");
    }
    var site = timed(() -> failing(dir, sb.append("---\n正文\n").toString()));
    // The top-level mapping is level 1; the mapping holding k<i> (line 7 + i) is level i + 1.
    site.assertDiagnostic("content/a.md:71:65: error: YAML nested deeper than 64 levels");
  }

  @Test
  void deeplyNestedBlockLists(@TempDir Path dir) {
    var sb = new StringBuilder(HEAD).append("x:\n");
    for (int i = 1; i < 1_000; i++) {
      sb.append(" ".repeat(i)).append("-\n");
    }
    var site = timed(() -> failing(dir, sb.append("---\n正文\n").toString()));
    site.assertDiagnostic("content/a.md:71:65: error: YAML nested deeper than 64 levels");
  }

  @Test
  void hugeFrontMatter(@TempDir Path dir) {
    var site = timed(() -> failing(dir, HEAD + "summary: " + "长".repeat(1_100_000) + "\n---\n正文\n"));
    site.assertDiagnostic("content/a.md:2:1: error: the YAML is 1100075 characters long, over the limit of 1048576",
        "hint: front matter and site-config.yml hold short fields");
  }

  @Test
  void aBombInTheConfig(@TempDir Path dir) {
    var site = timed(() -> failing(dir, "-- site-config.yml --\nx: &x " + "[".repeat(5_000) + "\n"));
    site.assertDiagnostic("site-config.yml:1:70: error: YAML nested deeper than 64 levels");
  }

  private static <T> T timed(java.util.function.Supplier<T> build) {
    long t0 = System.nanoTime();
    T result = build.get();
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    return result;
  }
}
