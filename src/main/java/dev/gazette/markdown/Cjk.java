package dev.gazette.markdown;

/** Which code points count as Chinese/Japanese text, for line joining and reading time. */
final class Cjk {
  private Cjk() {}

  /** A Han, kana or bopomofo letter: one "word" of reading time. */
  static boolean isLetter(int cp) {
    // the common cases without the script table's binary search: ASCII, and the ideographs every
    // JDK from 17 on assigns (U+4E00..U+9FFC, Unicode 13)
    if (cp < 0x80) {
      return false;
    }
    if (cp >= 0x4E00 && cp <= 0x9FFC) {
      return true;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA
        || s == Character.UnicodeScript.BOPOMOFO;
  }

  /** Whether a line break between these two characters is nothing (both CJK), not a space. */
  static boolean joins(int before, int after) {
    return isWide(before) && isWide(after);
  }

  /** A wide punctuation mark (。，、！？」 …): text after it needs no space. */
  static boolean isPunctuation(int cp) {
    return isWide(cp) && !isLetter(cp) && !Character.isLetterOrDigit(cp);
  }

  /** A letter or a CJK punctuation mark: text that is written without spaces. */
  static boolean isWide(int cp) {
    if (isLetter(cp)) {
      return true;
    }
    Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
    return b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || b == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
        || b == Character.UnicodeBlock.VERTICAL_FORMS
        || cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '…' || cp == '—'
        || cp == '·';
  }
}
