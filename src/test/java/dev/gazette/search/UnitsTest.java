package dev.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The index's table-driven tokenizer gives the units of the reference one (fold, then split). */
class UnitsTest {
  @Property(tries = 2000)
  void fastUnitsAreTheReferenceUnits(@ForAll("texts") String text) {
    var units = new Units();
    List<String> fast = new ArrayList<>();
    units.scan(text, u -> fast.add(units.text(u)));
    assertThat(fast).isEqualTo(Tokens.units(Folding.fold(text)));
  }

  @Provide
  Arbitrary<String> texts() {
    // CJK (simplified and traditional), full-width forms, letters with marks or strokes beside
    // digits (Latin and Arabic-Indic), punctuation,
    // compatibility characters that fold to several, astral CJK, and plain ASCII
    String chars = "苏州蘇號後乾髮地铁独墅湖８Ａｂ　，。“”「」-–—.!?'\" \t\nabcXYZ019éüßøŁı\u0301\u0302İǅ٣①⑴㈱ｶﾞ㌔﹏…·•";
    Arbitrary<String> pick = Arbitraries.of(chars.chars().mapToObj(c -> String.valueOf((char) c)).toList());
    Arbitrary<String> astral = Arbitraries.of("𠀋", "𡈽", "𝐀", "😀");
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, pick), net.jqwik.api.Tuple.of(1, astral))
        .list().ofMaxSize(30).map(l -> String.join("", l));
  }
}
