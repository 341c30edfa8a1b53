package dev.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Gazette's inline parser gives Flexmark's own HTML and node tree (same extensions, same
 * settings) for documents made of the constructs writers use and the ones that go wrong, and
 * for lines of one construct repeated (which take the indexed paths of {@link LinkSyntax}).
 */
class LinearInlineParserTest {
  private static final Parser STOCK = Parser.builder(MarkdownRenderer.options(false)).build();
  private static final Parser LINEAR = Parser.builder(MarkdownRenderer.options(true)).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder(MarkdownRenderer.options(true))
      .htmlIdGeneratorFactory(new HeadingIds.Factory()).build();

  /** Pieces of Markdown, many of them half a construct, to be strung together at random. */
  static final List<String> PIECES = List.of(
      "[", "]", "![", "(", ")", "<", ">", "\"", "'", "\\", "*", "_", "`", "``", "~", "~~", "&", "!", ":", "#", "^",
      " ", "  ", "\t", "\n", "\n\n", "a", "b", "x y", "苏州", "园区。", "，", "😀",
      "[a]", "[b]", "[a](b)", "[a](<b c>)", "[a](b \"t\")", "[a](b 't')", "[a](b (t))", "[a](b(c)d)", "[a](\\(b)",
      "[a]()", "[](b)", "[a](<b)", "[a](b \"t)", "[a](b 't\\')", "(\\))", "\"\\\"\"", "[a](b \"\\\"\")", "[a](b (\\)))",
      "![图](/p.jpg \"题 摄影：甲\")", "![a](b)", "[a][b]", "[a][]", "[b][a]", "[^1]", "[^1]: 注。", "\n[^1]: 注。\n",
      "\n[a]: /u \"t\"\n", "\n[b]: <x y> 't'\n", "\n[A]: b\n", "[a]: /v", "\n\n[c]:\n/w\n(t)\n",
      "http://a.cn/b?c=1&d=2", "www.x.cn", "a@b.cn", "<http://a.cn>", "<a@b.cn>", "&amp;", "&#35;", "&#x4e2d;", "&nbsp",
      "<b>", "</b>", "<span class=\"x\">", "<!-- c -->", "<!--", "-->", "<?p ?>", "<![CDATA[x]]>",
      "**b**", "*i*", "__u__", "~~s~~", "`c`", "``c`d``", "\\*", "\\[", "\\]", "\\\\", "\\(", "\\)", "\\<", "\\>", "\\\"",
      "\n- [ ] 任务\n", "\n- [x] 完成\n", "\n| a | b |\n| --- | ---: |\n| [c] | d |\n", "\n> 引用\n", "\n# 标题\n",
      "\n1. 一\n2. 二\n", "\n```\ncode [a](\n```\n", "\n    indented\n", "\n***\n", "<!--more-->");

  /** Units that make pathological lines when repeated. */
  static final List<String> UNITS = List.of(
      "[x]", "[a](", "![x]", "[x][y]", "<a", "*a", "\\\\", "[a](<", "[a](b \"", "[a](b '", "[a](b (", "[ (](",
      "![[]()", "a]", "[a", "*a_ ", "[ a_", "[a](<b", "[a](b", "</<!--", "e`", "[^x]", "[x](/a)", "**a", "~~a",
      "http://a ", "<http://", "a@b.c ", "&#", "[a]: ", "(", "\"", "\\)", "[a](b\\", "[a](b (\\)");

  @Property(tries = 3000)
  void documentsParseAndRenderAsWithFlexmarksOwnParser(@ForAll("documents") String markdown) {
    assertSame(markdown);
  }

  @Property(tries = 600)
  void repeatedConstructsParseAndRenderAsWithFlexmarksOwnParser(@ForAll("bracketLines") String markdown) {
    assertSame(markdown);
  }

  @Example
  void referenceLinksOfEveryFormResolve() {
    String html = assertSame("""
        [全文][稿], [稿][], [稿] 和 ![图][照]。

        [稿]: /news/a/ "原稿"
        [照]: /p.jpg
        """);
    assertThat(html).contains("<a href=\"/news/a/\" title=\"原稿\">全文</a>", "<a href=\"/news/a/\" title=\"原稿\">稿</a>",
        "<img src=\"/p.jpg\" alt=\"图\" />");
    assertThat(html).doesNotContain("[稿]");
  }

  @Property(tries = 400)
  void theIndexFindsWhatTheScansFind(@ForAll("bracketLines") String line) {
    String text = line.substring(0, Math.min(line.length(), 800));
    var direct = new LinkSyntax(BasedSequence.of(text), Long.MAX_VALUE);
    var indexed = new LinkSyntax(BasedSequence.of(text), -1);
    for (int from = 0; from <= text.length(); from++) {
      if (from > 0 && text.charAt(from - 1) == '\\') {
        continue;   // no link part starts after a backslash
      }
      assertThat(indexed.destinationEnd(from)).as("destination from %d", from).isEqualTo(direct.destinationEnd(from));
      for (var span : LinkSyntax.Span.values()) {
        assertThat(indexed.spanEnd(from, span)).as("%s from %d", span, from).isEqualTo(direct.spanEnd(from, span));
      }
    }
  }

  @Provide
  Arbitrary<String> documents() {
    return Arbitraries.of(PIECES).list().ofMaxSize(40).map(p -> String.join("", p));
  }

  @Provide
  Arbitrary<String> bracketLines() {
    Arbitrary<String> line = Combinators.combine(Arbitraries.of(UNITS).list().ofMinSize(1).ofMaxSize(3),
        Arbitraries.integers().between(1, 300)).as((units, times) -> String.join("", units).repeat(times));
    return Combinators.combine(line, Arbitraries.of("", ")", "\"", "'", ">", "\n", " x)", "](b)")).as(String::concat);
  }

  /** The HTML, after checking that both parsers give the same tree and the same HTML. */
  private static String assertSame(String markdown) {
    Document stock;
    try {
      stock = STOCK.parse(markdown);
    } catch (StackOverflowError e) {
      return "";   // Flexmark's regular expressions recurse per character: nothing to compare
    }
    Document linear = LINEAR.parse(markdown);
    assertThat(tree(linear)).isEqualTo(tree(stock));
    String html = HTML.render(linear);
    assertThat(html).isEqualTo(HTML.render(stock));
    return html;
  }

  /** Every node with its kind, its place in the text and its parts (Flexmark's AST string). */
  static String tree(Node root) {
    var out = new StringBuilder();
    tree(root, 0, out);
    return out.toString();
  }

  private static void tree(Node node, int depth, StringBuilder out) {
    out.append("  ".repeat(depth)).append(node).append('\n');
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      tree(child, depth + 1, out);
    }
  }
}
