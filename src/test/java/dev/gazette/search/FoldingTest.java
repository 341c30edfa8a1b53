package dev.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class FoldingTest {
  @Test
  void foldsWidthCaseTraditionalAndPunctuation() {
    assertThat(Folding.fold("蘇州「８號線」ＡＢＣ")).isEqualTo("苏州 8号线 abc");
    assertThat(Folding.fold("“95后”演员")).isEqualTo("95后 演员");
    assertThat(Folding.fold("後來，乾隆的髮型")).isEqualTo("后来 干隆的发型");
    assertThat(Folding.fold("e\u0301")).isEqualTo("e");
  }

  @Test
  void latinLettersLoseTheirAccentsAndStrokes() {
    assertThat(Folding.fold("Café — déjà vu!")).isEqualTo("cafe deja vu ");
    assertThat(Folding.fold("CAFÉ Ça Ñandú Škoda Ærø")).isEqualTo("cafe ca nandu skoda æro");
    assertThat(Folding.fold("Søren Łódź Đakovo Ħal ıstanbul İzmir")).isEqualTo("soren lodz dakovo hal istanbul izmir");
    // other scripts keep what their letters are: й is not и, and Hangul stays syllables
    assertThat(Folding.fold("Йошкар 한국")).isEqualTo("йошкар 한국");
  }

  @Test
  void lettersAndDigitsSideBySideAreTwoUnits() {
    assertThat(Tokens.units(Folding.fold("iPhone15发布会"))).containsExactly("iphone", "15", "发", "布", "会");
    assertThat(Tokens.units(Folding.fold("华为Mate60，COVID-19，h5n1，３Ｄ"))).containsExactly("华", "为", "mate", "60",
        "covid", "19", "h", "5", "n", "1", "3", "d");
    assertThat(Tokens.units(Folding.fold("iphone 15"))).isEqualTo(Tokens.units(Folding.fold("iPhone15")));
  }

  @Test
  void theTableIsOneToOneAndLeavesSimplifiedAlone() {
    String[] table = Folding.table();
    assertThat(table[0].codePointCount(0, table[0].length())).isEqualTo(table[1].codePointCount(0, table[1].length()))
        .isGreaterThan(2500);
    assertThat(Folding.fold("苏州市政府发布通知")).isEqualTo("苏州市政府发布通知");
  }

  @Test
  void theIndexCountsUnitsAndNeighbouringPairsAcrossBreaks() {
    assertThat(Tokens.units(Folding.fold("苏州地铁，Line 8"))).containsExactly("苏", "州", "地", "铁", "line", "8");
    var counter = new Counter();
    assertThat(counter.field(Ranking.Field.BODY, "苏州地铁，Line 8")).isEqualTo(6);
    counter.endArticle(0, 1);
    var tokens = new ArrayList<String>();
    counter.forEach((t, p) -> tokens.add(t));
    assertThat(tokens).containsExactly("苏", "州", "苏州", "地", "州地", "铁", "地铁", "line", "铁 line", "8", "line 8");
  }
}
