package dev.gazette.markdown;

/**
 * Cuts a teaser from plain text (SPEC §6): at most {@code max} code points, ending at the last
 * sentence end inside that length, with the closing quotes and brackets that follow it ({@code
 * 。”}). An ellipsis marks a cut inside a sentence only: a teaser that ends with its sentence's 。
 * needs none (never {@code 。…}). Code points are counted, so an emoji
 * or a rare character outside the BMP is never split.
 */
public final class Teaser {
  static final String ELLIPSIS = "…";
  private static final String SENTENCE_ENDS = "。！？!?";
  /** Closing quotes and brackets after a sentence end belong to the sentence: {@code 。”}, {@code ！）}, {@code ？」}. */
  private static final String CLOSERS = "”’」』）)】》〉\"'";

  private Teaser() {}

  /**
   * Text written over several lines as one line, joined as a Markdown paragraph's lines are
   * ({@link CjkSoftBreakExtension}): a line break between two CJK characters is nothing, any other
   * is one space.
   */
  public static String oneLine(String text) {
    if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    var out = new StringBuilder(text.length());
    String[] lines = text.strip().split("\\s*\\R\\s*");
    for (String line : lines) {
      if (line.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        int before = Character.codePointBefore(out, out.length());
        int after = line.codePointAt(0);
        if (!Cjk.joins(before, after)) {
          out.append(' ');
        }
      }
      out.append(line);
    }
    return out.toString();
  }

  public static String cut(String plain, int max) {
    String text = plain.strip();
    int length = text.codePointCount(0, text.length());
    if (length <= max) {
      return text;
    }
    int end = text.offsetByCodePoints(0, max);
    int cut = -1;
    for (int i = end - 1; i > 0 && cut < 0; i--) {
      if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
        int j = i + 1;
        while (j < text.length() && CLOSERS.indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        // a quotation closed beyond the length ends no teaser: an earlier sentence end does
        if (j <= end) {
          cut = j;
        }
      }
    }
    if (cut > 0) {
      return text.substring(0, cut).stripTrailing();
    }
    // a cut inside a sentence: no comma or colon before the ellipsis
    return text.substring(0, end).stripTrailing().replaceAll("[，、；：,;:]+$", "") + ELLIPSIS;
  }
}
