package dev.gazette.markdown;

import java.util.Arrays;

/**
 * Characters HTML forbids in a page (WHATWG HTML, "control-character-in-input-stream" and
 * "noncharacter-in-input-stream"), as pasting from Word or a web page brings them into a body:
 * C0 controls other than tab and line feed, DEL, the C1 controls and the noncharacters. A page
 * and its feeds must say the same thing, and XML forbids most of them too, so they leave the body
 * before it is parsed. Word's manual line break (Shift+Enter) pastes as U+000B, and NEL (U+0085)
 * is a line break by name: both become a line break, which keeps the offsets of the text.
 */
final class ControlChars {
  private ControlChars() {}

  /**
   * A body without its forbidden characters.
   *
   * @param removed the indices, in the original text, of the UTF-16 units taken out, ascending
   * @param first the first forbidden code point, or -1 when there was none
   * @param firstAt its index in the original text
   * @param count how many code points were forbidden
   */
  record Cleaned(String text, int[] removed, int first, int firstAt, int count) {}

  static Cleaned clean(String body) {
    int i = 0;
    while (i < body.length()) {
      // every body passes here: printable ASCII, line feeds and BMP text before the surrogates
      // need no code point
      char ch = body.charAt(i);
      if (ch >= 0x20 && ch < 0x7F || ch == '\n' || ch >= 0xA0 && ch < 0xD800) {
        i++;
        continue;
      }
      int c = body.codePointAt(i);
      if (!allowed(c)) {
        break;
      }
      i += Character.charCount(c);
    }
    if (i == body.length()) {
      return new Cleaned(body, new int[0], -1, -1, 0);
    }
    var out = new StringBuilder(body.length()).append(body, 0, i);
    var removed = new int[8];
    int n = 0;
    int first = body.codePointAt(i);
    int firstAt = i;
    int count = 0;
    while (i < body.length()) {
      int c = body.codePointAt(i);
      int units = Character.charCount(c);
      if (allowed(c)) {
        out.appendCodePoint(c);
      } else {
        count++;
        if (c == 0x0B || c == 0x85) {
          out.append('\n');
        } else {
          for (int u = 0; u < units; u++) {
            if (n == removed.length) {
              removed = Arrays.copyOf(removed, n * 2);
            }
            removed[n++] = i + u;
          }
        }
      }
      i += units;
    }
    return new Cleaned(out.toString(), Arrays.copyOf(removed, n), first, firstAt, count);
  }

  /** Whether HTML allows {@code c} in a page's text (sources are read with {@code \n} line ends). */
  static boolean allowed(int c) {
    if (c < 0xA0) {
      return c >= 0x20 ? c < 0x7F : c == '\t' || c == '\n' || c == '\r';
    }
    if (c < 0xD800) {
      return true;
    }
    if (c < 0xE000) {
      return false;   // a lone surrogate
    }
    return !(c >= 0xFDD0 && c <= 0xFDEF) && (c & 0xFFFE) != 0xFFFE;
  }
}
