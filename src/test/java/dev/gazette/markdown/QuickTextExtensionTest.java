package dev.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Gazette's text nodes are written as Flexmark's core renderer writes them: the same HTML for
 * documents of every construct, with entities, escapes, quotes and Windows line ends, and the
 * same escaping as Flexmark's for any text.
 */
class QuickTextExtensionTest {
  private static final DataHolder QUICK = MarkdownRenderer.options(true);
  private static final Parser PARSER = Parser.builder(QUICK).build();
  private static final HtmlRenderer QUICK_HTML = HtmlRenderer.builder(QUICK).htmlIdGeneratorFactory(new HeadingIds.Factory()).build();
  private static final HtmlRenderer STOCK_HTML = HtmlRenderer.builder(FlexmarksOwn.instead(List.of(QuickTextExtension.class)))
      .htmlIdGeneratorFactory(new HeadingIds.Factory()).build();

  private static final List<String> MORE = List.of("\r\n", "\r", "a\rb", "\"引号\"", "<>", "&lt;", "&&", "\\&", "\\<", "x > y");

  @Property(tries = 2000)
  void htmlIsFlexmarksOwn(@ForAll("documents") String markdown) {
    var document = PARSER.parse(markdown);
    assertThat(QUICK_HTML.render(document)).isEqualTo(STOCK_HTML.render(document));
  }

  @Property(tries = 1000)
  void escapingIsFlexmarksOwn(@ForAll("texts") String text) {
    assertThat(QuickTextExtension.escape(text)).isEqualTo(Escaping.escapeHtml(text, false));
  }

  @Example
  void specialCharactersAreEscaped() {
    assertThat(QUICK_HTML.render(PARSER.parse("“园区” & \"新城\" <b 不是标签"))).isEqualTo("<p>“园区” &amp; &quot;新城&quot; &lt;b 不是标签</p>\n");
  }

  @Provide
  Arbitrary<String> documents() {
    var pieces = new ArrayList<>(LinearInlineParserTest.PIECES);
    pieces.addAll(MORE);
    return Arbitraries.of(pieces).list().ofMaxSize(40).map(p -> String.join("", p));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("&<>\"'\r\n a苏😀;#").ofMaxLength(30);
  }
}
