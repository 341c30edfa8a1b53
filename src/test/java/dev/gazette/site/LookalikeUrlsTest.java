package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.build.BuildOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names, slugs and URLs are Unicode NFC: a file named on macOS (NFD) gets the URL everyone
 * else types; an NFC and an NFD file of one visible name are one URL, an error naming both; two
 * URLs that differ only in case are a warning naming both (an error under --strict), since they
 * collide on case-insensitive file systems and hosts.
 */
class LookalikeUrlsTest {
  static final String NFC = "café";
  static final String NFD = Normalizer.normalize(NFC, Normalizer.Form.NFD);
  static final String SITE = """
      -- site-config.yml --
      title: T
      baseUrl: https://news.example/
      channels: [{id: news, name: 资讯}]
      """;
  static final String ARTICLE = """
      ---
      title: TITLE
      channel: news
      date: 2022-06-26
      source: 苏州日报
      author: 甲
      tags: [TAG]
      ---
      正文。
      """;

  @Test
  void anNfdFileNameWritesAnNfcUrl(@TempDir Path dir) throws IOException {
    assertThat(NFD).isNotEqualTo(NFC);
    var site = TestSite.write(dir, SITE);
    site.put("content/" + NFD + ".md", ARTICLE.replace("TITLE", "咖啡").replace("TAG", NFD)).put("static/" + NFD + ".txt", "x").build();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    assertThat(names(dir.resolve("public/news/2022/06"))).containsExactly(NFC);
    assertThat(names(dir.resolve("public/tags"))).containsExactly(NFC);
    assertThat(names(dir.resolve("public"))).contains(NFC + ".txt").doesNotContain(NFD + ".txt");
  }

  @Test
  void nfcAndNfdNamesOfOneWordAreAnErrorNamingBoth(@TempDir Path dir) {
    var site = TestSite.write(dir, SITE);
    site.put("content/" + NFC + ".md", ARTICLE.replace("TITLE", "一").replace("TAG", "a"));
    site.put("content/" + NFD + ".md", ARTICLE.replace("TITLE", "二").replace("TAG", "a")).build();
    assertThat(site.ok()).isFalse();
    assertThat(site.diagnosticText()).contains("writes the same URL /news/2022/06/" + NFC + "/ as content/",
        "differ only in Unicode normalisation: NFC and NFD");
  }

  @Test
  void urlsThatDifferOnlyInCaseAreAWarningNamingBothAndAnErrorUnderStrict(@TempDir Path dir) {
    var site = TestSite.write(dir, SITE);
    site.put("content/Metro.md", ARTICLE.replace("TITLE", "一").replace("TAG", "a"));
    site.put("content/metro.md", ARTICLE.replace("TITLE", "二").replace("TAG", "a")).build();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    assertThat(site.diagnosticText()).contains("warning: writes /news/2022/06/", "only in case",
        "content/Metro.md", "content/metro.md", "case-insensitive");
    site.with(o -> new BuildOptions(o.siteDir(), o.outDir(), o.drafts(), o.future(), o.now(), o.baseUrl(), true)).build();
    assertThat(site.ok()).isFalse();
    assertThat(site.diagnosticText()).contains("error: writes /news/2022/06/", "only in case");
  }

  private static java.util.List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
