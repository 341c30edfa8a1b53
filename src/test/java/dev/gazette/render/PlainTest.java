package dev.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code article.plain}: a body's HTML read as Hugo's {@code .Plain} reads it. */
class PlainTest {
  @Test
  void paragraphsAndBreaksEndLinesAndOtherTagsGo() {
    assertThat(Views.Plain.of("<h2 id=\"a\">标题</h2>\n<p>第一段<strong>加粗</strong>，<a href=\"/x/\">链接</a>。</p>\n<p>甲<br />乙<br>丙</p>\n"))
        .isEqualTo("标题 第一段加粗，链接。\n 甲\n乙\n丙\n ");
  }

  @Test
  void entitiesStayAsWrittenAndACellIsAWord() {
    assertThat(Views.Plain.of("<p>R&amp;D &lt;新&gt;</p>")).isEqualTo("R&amp;D &lt;新&gt;\n");
    assertThat(Views.Plain.of("<tr>\n<td>板块</td>\n<td class=\"align-right\">增幅</td>\n</tr>")).isEqualTo(" 板块 增幅 ");
  }

  @Test
  void aLessThanSignWithoutItsEndIsText() {
    assertThat(Views.Plain.of("<p>a</p> 1 < 2")).isEqualTo("a\n 1 < 2");
    assertThat(Views.Plain.of("")).isEmpty();
  }
}
