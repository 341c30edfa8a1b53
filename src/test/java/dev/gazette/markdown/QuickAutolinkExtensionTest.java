package dev.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Gazette's autolinks give the HTML of Flexmark's own autolink extension, with every other
 * extension and setting the same, for text made of link-like pieces, entities, escapes and
 * Chinese prose strung together at random.
 */
class QuickAutolinkExtensionTest {
  private static final DataHolder QUICK = MarkdownRenderer.options(true);
  private static final DataHolder STOCK = FlexmarksOwn.instead(List.of(QuickAutolinkExtension.class));
  private static final Parser QUICK_PARSER = Parser.builder(QUICK).build();
  private static final Parser STOCK_PARSER = Parser.builder(STOCK).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder(QUICK).htmlIdGeneratorFactory(new HeadingIds.Factory()).build();

  private static final List<String> PIECES = List.of(
      "http", "https", "://", ":", "/", "//", ".", "www", "www.", "WWW.", "w", "ww", "@", "&", "#", ";", "\\", "-",
      "a", "b", "cn", "com", "x.y", "example", "mailto", "ftp", " ", "\n", "\n\n", "(", ")", "<", ">", "[", "]", "*", "`",
      "苏州", "园区。", "，", "：", "＠", "．", "😀", "10:30", "3.5%", "&amp;", "&#58;", "&#x3a;", "&colon;", "&#64;",
      "&commat;", "&#46;", "&period;", "\\:", "\\@", "\\.", "a@b.cn", "http://a.cn/b?c=1&d=2", "www.x.cn", "<http://a.cn>",
      "[链接](http://a.cn)", "`http://a.cn`", "**www.x.cn**", "x://", "abc+d.e-f://");

  @Property(tries = 3000)
  void linksAreFlexmarksOwn(@ForAll("texts") String markdown) {
    assertThat(HTML.render(QUICK_PARSER.parse(markdown))).isEqualTo(HTML.render(STOCK_PARSER.parse(markdown)));
  }

  @Example
  void everyKindOfBareLinkIsLinked() {
    String html = HTML.render(QUICK_PARSER.parse("见 http://a.cn/b 和 www.x.cn ，来信 a@b.cn 。"));
    assertThat(html).contains("<a href=\"http://a.cn/b\" class=\"url\">http://a.cn/b</a>",
        "<a href=\"http://www.x.cn\" class=\"url\">www.x.cn</a>", "<a href=\"mailto:a@b.cn\">a@b.cn</a>");
  }

  @Example
  void proseWithoutTheMarksIsNotLooked() {
    assertThat(QuickAutolinkExtension.mayLink("苏州工业园区今年新增项目 120 个，增幅 3.5%。")).isFalse();
    assertThat(QuickAutolinkExtension.mayLink("上午 10:30")).isTrue();
    assertThat(QuickAutolinkExtension.mayLink("www.")).isTrue();
    assertThat(QuickAutolinkExtension.mayLink("ww.")).isFalse();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(24).map(pieces -> String.join("", pieces));
  }
}
