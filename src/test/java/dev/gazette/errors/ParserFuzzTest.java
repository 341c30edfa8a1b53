package dev.gazette.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.config.ConfigLoader;
import dev.gazette.config.SiteConfig;
import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.Diagnostics;
import dev.gazette.diag.SiteException;
import dev.gazette.frontmatter.FrontMatterParser;
import dev.gazette.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The parsers alone, fed text built from YAML's punctuation, line structure and Chinese text: many
 * more tries than a whole build allows. Every outcome is a value or positioned diagnostics.
 */
class ParserFuzzTest {
  private static final SiteConfig CONFIG = ConfigLoader.parse("""
      title: T
      baseUrl: https://www.example.com/
      channels: [{id: news, name: 资讯, children: [{id: suzhou, name: 苏州}]}]
      """, null);

  private static final List<String> PIECES = List.of("---\n", "\n", "  ", "- ", ": ", ":", "[", "]", "{", "}", ",", "&a ",
      "*a", "!!str ", "!!binary ", "!x ", "? ", "|\n", ">\n", "'", "\"", "#", "\t", "\\", "%", "@", "`", "...\n",
      "title", "channel", "date", "source", "author", "tags", "slug", "layout", "aliases", "headline", "page", "news/suzhou",
      "2022-06-26", "17:05", "+0800", "true", "~", "null", "0x1F", ".inf", "苏州", "日报", "😀", "\u00A0", "\uFEFF", "\u0085",
      "title: 标题\n", "channel: news\n", "date: 2022-06-26\n", "source: 苏州日报\n", "author: 赵焱\n");

  @Provide
  Arbitrary<String> yamlish() {
    return Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void frontMatterParsingNeverThrows(@ForAll("yamlish") String body) {
    var file = new SourceFile(Path.of("content/a.md"), "content/a.md", "---\n" + body + "\n---\n正文\n");
    var diagnostics = new Diagnostics();
    var doc = new FrontMatterParser(CONFIG).parse(file, diagnostics);
    if (doc.isEmpty()) {
      assertThat(diagnostics.hasErrors()).as("an empty result says why").isTrue();
    }
    diagnostics.sorted().forEach(ParserFuzzTest::assertPositioned);
  }

  @Property(tries = 2000)
  void configParsingNeverThrows(@ForAll("yamlish") String text) {
    try {
      ConfigLoader.parse("title: T\nbaseUrl: https://a.example/\n" + text, null);
    } catch (SiteException e) {
      assertThat(e.diagnostics()).anyMatch(Diagnostic::isError);
      e.diagnostics().forEach(ParserFuzzTest::assertPositioned);
    }
  }

  private static void assertPositioned(Diagnostic d) {
    assertThat(d.line()).as(d.format()).isPositive();
    assertThat(d.col()).as(d.format()).isPositive();
    assertThat(d.message()).as(d.format()).isNotBlank().doesNotContain("Exception");
  }
}
