package dev.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Forbidden characters leave a body, and every position in what is left maps back to the writer's text. */
class ControlCharsTest {
  @Property(tries = 500)
  void whatIsLeftIsAllowedAndEachPositionIsWhereTheEditorShowsIt(@ForAll("bodies") String body) {
    var cleaned = ControlChars.clean(body);
    String text = cleaned.text();
    assertThat(text.codePoints().allMatch(ControlChars::allowed)).isTrue();
    Lines lines = Lines.of(body, cleaned.removed());
    Lines original = Lines.of(body, new int[0]);
    int at = 0; // the index in body of text's unit i
    for (int i = 0; i < text.length(); i++, at++) {
      while (isRemoved(cleaned.removed(), at)) {
        at++;
      }
      char kept = body.charAt(at);
      assertThat(text.charAt(i)).isEqualTo(kept == '\u000B' || kept == '\u0085' ? '\n' : kept);
      assertThat(lines.line(i)).isEqualTo(original.lineAt(at));
      assertThat(lines.column(i)).isEqualTo(original.columnAt(at));
    }
    long forbidden = body.codePoints().filter(c -> !ControlChars.allowed(c)).count();
    assertThat(cleaned.count()).isEqualTo(forbidden);
    if (forbidden > 0) {
      assertThat(ControlChars.allowed(body.codePointAt(cleaned.firstAt()))).isFalse();
      assertThat(body.codePoints().limit(body.codePointCount(0, cleaned.firstAt())).allMatch(ControlChars::allowed)).isTrue();
    }
  }

  private static boolean isRemoved(int[] removed, int index) {
    return java.util.Arrays.binarySearch(removed, index) >= 0;
  }

  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.strings()
        .withChars("苏州ab \n\t\u0000\u0008\u000B\u000C\u007F\u0085\u009F\uFDD0\uFFFE\uFFFF\u2028")
        .withChars("\uD83D\uDE00\uDBBF\uDFFF")
        .ofMaxLength(40);
  }
}
