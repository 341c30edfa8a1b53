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
    assertThat(Folding.fold("Café — déjà vu!")).isEqualTo("café déjà vu ");
    assertThat(Folding.fold("e\u0301")).isEqualTo("e");
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
