package dev.gazette.markdown;

/**
 * Reading time: CJK characters at about 400 a minute and Latin words at about 200 a minute,
 * counted separately (SPEC §6).
 *
 * @param cjkChars Han and kana characters
 * @param latinWords runs of letters or digits outside CJK
 */
public record TextStats(int cjkChars, int latinWords) {
  static final int CJK_PER_MINUTE = 400;
  static final int WORDS_PER_MINUTE = 200;

  public static TextStats of(String text) {
    int cjk = 0;
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Cjk.isLetter(cp)) {
        cjk++;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp)) {
        if (!inWord) {
          words++;
          inWord = true;
        }
      } else if (cp != '\'' && cp != '-' || !inWord) {
        inWord = false;
      }
    }
    return new TextStats(cjk, words);
  }

  /** Whole minutes, at least 1. */
  public int minutes() {
    double m = (double) cjkChars / CJK_PER_MINUTE + (double) latinWords / WORDS_PER_MINUTE;
    return Math.max(1, (int) Math.ceil(m));
  }

  public int count() {
    return cjkChars + latinWords;
  }
}
