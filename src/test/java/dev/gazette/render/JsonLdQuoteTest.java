package dev.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class JsonLdQuoteTest {
  @Test
  void examples() {
    assertThat(JsonLd.quote("苏州日报", true)).isEqualTo("\"苏州日报\"");
    assertThat(JsonLd.quote("a\"b\\c\nd</script>&", true)).isEqualTo("\"a\\\"b\\\\c\\nd\\u003c/script\\u003e\\u0026\"");
    assertThat(JsonLd.quote("<b>", false)).isEqualTo("\"<b>\"");
    assertThat(JsonLd.quote("\u2028\u0001", false)).isEqualTo("\"\\u2028\\u0001\"");
  }

  /** A literal JSON reads back as the text, and holds nothing that could end a script or a line in one. */
  @Property(tries = 300)
  void quotesAnyText(@ForAll("texts") String s) {
    String q = JsonLd.quote(s, true);
    assertThat(q).startsWith("\"").endsWith("\"");
    String inner = q.substring(1, q.length() - 1);
    assertThat(inner).doesNotContain("<", ">", "&", "\n", "\r", "\u2028", "\u2029");
    assertThat(unquote(inner)).isEqualTo(s);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("苏州新闻 \"\\<>&\n\r\t\u2028\u2029\u0001a").ofMaxLength(20),
        Arbitraries.strings().all().ofMaxLength(12));
  }

  /** JSON's string escapes, read back (the test's own reader: \", \\, \n, \r, \t, \\uXXXX). */
  private static String unquote(String inner) {
    var sb = new StringBuilder();
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '"') {
        throw new AssertionError("an unescaped quote in " + inner);
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = inner.charAt(++i);
      switch (e) {
        case '"', '\\' -> sb.append(e);
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          sb.append((char) Integer.parseInt(inner.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> throw new AssertionError("unknown escape \\" + e);
      }
    }
    return sb.toString();
  }
}
