package dev.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Tables parsed with one pre-processor per parser give the HTML of Flexmark's own table
 * extension, with every other setting the same, for documents of table rows, separators and
 * prose strung together at random, and from many threads at once.
 */
class QuickTablesExtensionTest {
  private static final DataHolder QUICK = MarkdownRenderer.options(true);
  private static final DataHolder STOCK = FlexmarksOwn.instead(List.of(QuickTablesExtension.class));
  private static final Parser QUICK_PARSER = Parser.builder(QUICK).build();
  private static final Parser STOCK_PARSER = Parser.builder(STOCK).build();
  private static final HtmlRenderer QUICK_HTML = HtmlRenderer.builder(QUICK).htmlIdGeneratorFactory(new HeadingIds.Factory()).build();
  private static final HtmlRenderer STOCK_HTML = HtmlRenderer.builder(STOCK).htmlIdGeneratorFactory(new HeadingIds.Factory()).build();

  private static final List<String> PIECES = List.of(
      "| a | b |\n", "|---|---|\n", "| :--- | ---: |\n", "|:-:|\n", "--- | ---\n", "a | b\n", "| 板块 | 增幅 |\n",
      "| 园区 | 12% |\n", "| x |\n", "|\n", "| `a|b` | c |\n", "| \\| | d |\n", "| **粗** | [链](/x/) |\n", "\n", "\n\n",
      "> | q | r |\n", "- | l | m |\n", "正文一段。\n", "    | code | row |\n", "| a | b | c |\n", "|---|\n");

  @Property(tries = 2000)
  void tablesAreFlexmarksOwn(@ForAll("documents") String markdown) {
    assertThat(QUICK_HTML.render(QUICK_PARSER.parse(markdown))).isEqualTo(STOCK_HTML.render(STOCK_PARSER.parse(markdown)));
  }

  @Example
  void oneParserServesManyThreads() {
    var docs = IntStream.range(0, 400).mapToObj(i -> "| 板块 | 项目" + i + " |\n| --- | ---: |\n| 园区 | " + i + " |\n\n段落 " + i + "。\n").toList();
    var expected = docs.stream().map(d -> STOCK_HTML.render(STOCK_PARSER.parse(d))).toList();
    assertThat(docs.parallelStream().map(d -> QUICK_HTML.render(QUICK_PARSER.parse(d))).toList()).isEqualTo(expected);
    assertThat(expected.get(7)).contains("<th class=\"align-right\">项目7</th>", "<td class=\"align-right\">7</td>");
  }

  @Provide
  Arbitrary<String> documents() {
    var pieces = new ArrayList<>(PIECES);
    pieces.addAll(LinearInlineParserTest.PIECES);
    return Arbitraries.of(pieces).list().ofMaxSize(16).map(p -> String.join("", p));
  }
}
