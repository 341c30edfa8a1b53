package dev.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading time: CJK characters (~400/min) and Latin words (~200/min) counted separately. */
class TextStatsTest {
  @Test
  void countsCjkCharactersAndLatinWordsSeparately() {
    var s = TextStats.of("苏州工业园区 launched a new AI-driven plan，投资 3.5 亿元。𠮷");
    // 苏州工业园区 (6) + 投资 (2) + 亿元 (2) + 𠮷 (1)
    assertThat(s.cjkChars()).isEqualTo(11);
    // launched, a, new, AI-driven, plan, 3, 5
    assertThat(s.latinWords()).isEqualTo(7);
    assertThat(s.count()).isEqualTo(18);
  }

  @Test
  void theShortcutsForAsciiAndCommonIdeographsAgreeWithTheScriptTable() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      var script = Character.UnicodeScript.of(cp);
      boolean byScript = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO;
      if (Cjk.isLetter(cp) != byScript) {
        throw new AssertionError("U+" + Integer.toHexString(cp) + ": " + Cjk.isLetter(cp) + ", script " + script);
      }
    }
  }

  @Test
  void punctuationIsNotCounted() {
    assertThat(TextStats.of("。，、！？“”《》……").count()).isZero();
  }

  @Test
  void minutesAddBothRatesAndRoundUp() {
    assertThat(TextStats.of("").minutes()).isEqualTo(1);
    assertThat(new TextStats(400, 0).minutes()).isEqualTo(1);
    assertThat(new TextStats(401, 0).minutes()).isEqualTo(2);
    assertThat(new TextStats(800, 0).minutes()).isEqualTo(2);
    assertThat(new TextStats(0, 200).minutes()).isEqualTo(1);
    assertThat(new TextStats(0, 600).minutes()).isEqualTo(3);
    // 400 characters take a minute and 200 words another: two, not one (as a single rate would say)
    assertThat(new TextStats(400, 200).minutes()).isEqualTo(2);
    assertThat(TextStats.of("字".repeat(1200)).minutes()).isEqualTo(3);
    assertThat(TextStats.of("word ".repeat(1000)).minutes()).isEqualTo(5);
  }
}
