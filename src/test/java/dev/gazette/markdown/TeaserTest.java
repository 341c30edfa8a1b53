package dev.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SPEC §6: cut to at most N code points, at the last sentence end, ellipsis only when cut. */
class TeaserTest {
  @Test
  void shortTextIsKeptWholeWithoutEllipsis() {
    assertThat(Teaser.cut("苏州工业园区召开推进会。", 12)).isEqualTo("苏州工业园区召开推进会。");
    assertThat(Teaser.cut("  前后空白  ", 120)).isEqualTo("前后空白");
    assertThat(Teaser.cut("", 120)).isEmpty();
  }

  @Test
  void longTextIsCutAtTheLastSentenceEndInsideTheLengthWithoutAnEllipsis() {
    String text = "第一句。第二句！第三句？第四句很长很长很长";
    assertThat(Teaser.cut(text, 12)).isEqualTo("第一句。第二句！第三句？");
    assertThat(Teaser.cut(text, 11)).isEqualTo("第一句。第二句！");
    assertThat(Teaser.cut("Short one! Another sentence here", 20)).isEqualTo("Short one!");
    assertThat(Teaser.cut("问句?后面还有很多字", 6)).isEqualTo("问句?");
  }

  @Test
  void aSentenceEndInsideAQuotationTakesItsClosingQuoteWithIt() {
    String quote = "市民告诉记者：“现在网上就能办完，真是太方便了。”她说，后面还有很多很多字";
    assertThat(Teaser.cut(quote, 30)).isEqualTo("市民告诉记者：“现在网上就能办完，真是太方便了。”");
    assertThat(Teaser.cut("他问：“几点开门？”（记者注：九点。）后面的字", 20)).isEqualTo("他问：“几点开门？”（记者注：九点。）");
    // the closing quote would pass the length: the last sentence end before it is the cut
    assertThat(Teaser.cut("第一句。他说：“第二句。”后面", 12)).isEqualTo("第一句。");
  }

  @Test
  void aTextOverSeveralLinesIsOneLineJoinedAsAParagraphIs() {
    assertThat(Teaser.oneLine("据苏州发布消息，\n  今年以来园区\n新增市场主体两万余户。")).isEqualTo("据苏州发布消息，今年以来园区新增市场主体两万余户。");
    assertThat(Teaser.oneLine("The fair opens\r\non Monday.\n\n苏州")).isEqualTo("The fair opens on Monday. 苏州");
    assertThat(Teaser.oneLine("一行")).isEqualTo("一行");
  }

  @Test
  void withoutASentenceEndTheTextIsCutAtTheLength() {
    assertThat(Teaser.cut("一二三四五六七八九十", 4)).isEqualTo("一二三四…");
  }

  @Test
  void lengthCountsCodePointsSoNoSurrogatePairIsSplit() {
    // 𠮷 (U+20BB7, CJK Extension B) and 😀 are two UTF-16 units each
    String text = "一二三四五六七八九𠮷十";
    assertThat(Teaser.cut(text, 10)).isEqualTo("一二三四五六七八九𠮷…");
    assertThat(Teaser.cut(text, 9)).isEqualTo("一二三四五六七八九…");
    String emoji = "😀😀😀😀😀";
    assertThat(Teaser.cut(emoji, 5)).isEqualTo(emoji);
    assertThat(Teaser.cut(emoji, 3)).isEqualTo("😀😀😀…");
    String cut = Teaser.cut("𠮷𠮷𠮷𠮷𠮷。𠮷𠮷𠮷", 7);
    assertThat(cut).isEqualTo("𠮷𠮷𠮷𠮷𠮷。");
    cut.codePoints().forEach(cp -> assertThat(Character.isSurrogate((char) cp) && cp < 0x10000).isFalse());
  }

  @Test
  void aCutInsideASentenceDropsTheCommaBeforeTheEllipsis() {
    assertThat(Teaser.cut("一二三，四五六七八九", 4)).isEqualTo("一二三…");
  }

  @Test
  void aSentenceEndRightAtTheLimitCounts() {
    assertThat(Teaser.cut("一二三。四五六", 4)).isEqualTo("一二三。");
  }
}
