package dev.gazette.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one normalisation of site search, applied to the text of every article and, by the
 * theme's script, to every query: each code point is folded on its own (NFKC, lower case,
 * Traditional to Simplified Chinese, Latin letters decomposed so that their accents are marks:
 * é is e), then letters, digits and CJK characters stay, marks are dropped and everything else
 * (spaces, punctuation, quotes, symbols) becomes a break. Folding
 * code point by code point keeps the rule simple enough to repeat exactly in JavaScript
 * ({@code String.prototype.normalize}, {@code toLowerCase}, the same table) and lets the script
 * map a match back onto the original text for highlighting.
 */
public final class Folding {
  /** What a folded code point becomes when it is neither kept nor dropped. */
  public static final char BREAK = ' ';
  /** The table's resource: {@code tools/gen-t2s.py} writes it from OpenCC's TSCharacters.txt. */
  static final String TABLE = "t2s.txt";
  /**
   * Latin letters whose stroke or form no decomposition removes, to the letter they are written
   * as in ASCII (as Elasticsearch's asciifolding has them); one to one, so they join the table.
   * Ligatures that fold to two letters (æ, œ, ß, þ) stay as they are.
   */
  private static final String LATIN_FROM = "øłđðħŧıƀƚɨ", LATIN_TO = "olddhtibli";
  /** Traditional to Simplified, and {@link #LATIN_FROM}: the one-to-one table the script gets too. */
  private static final Map<Integer, Integer> T2S = load();
  /**
   * Each BMP char folded, for the index's tokenizer: {@link #KINDS} says what it became; for a
   * CJK, letter or digit char, {@link #CHARS} holds the one char it folds to. COMPLEX: it folds
   * to more than one char (or to a surrogate pair), and goes the slow way through {@link
   * #foldOne}.
   */
  static final char[] CHARS = new char[0x10000];
  static final byte[] KINDS = new byte[0x10000];
  static final byte CJK = 0, LETTER = 1, DROP = 2, BREAK_KIND = 3, COMPLEX = 4, DIGIT = 5;

  static {
    for (int c = 0; c < 0x10000; c++) {
      int[] f = Character.isSurrogate((char) c) ? null : foldOne(c);
      if (f == null) {
        KINDS[c] = COMPLEX;
      } else if (f.length == 0) {
        KINDS[c] = DROP;
      } else if (java.util.Arrays.stream(f).allMatch(x -> x == BREAK)) {
        KINDS[c] = BREAK_KIND;
      } else if (f.length == 1 && f[0] < 0x10000) {
        CHARS[c] = (char) f[0];
        Kind k = kind(f[0]);
        KINDS[c] = k == Kind.CJK ? CJK : k == Kind.DIGIT ? DIGIT : LETTER;
      } else {
        KINDS[c] = COMPLEX;
      }
    }
  }

  private Folding() {}

  /** {@code text} folded: kept characters, and {@link #BREAK} for each run of breaks. */
  public static String fold(String text) {
    var sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> append(cp, sb));
    return sb.toString();
  }

  /** Appends what {@code cp} folds to; a break only when the text so far does not end with one. */
  static void append(int cp, StringBuilder sb) {
    for (int c : foldOne(cp)) {
      if (c != BREAK) {
        sb.appendCodePoint(c);
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != BREAK) {
        sb.append(BREAK);
      }
    }
  }

  /** What one code point folds to: kept code points and {@link #BREAK}s; marks are gone. */
  static int[] foldOne(int cp) {
    String nfkc = cp < 0x80 ? Character.toString(Character.toLowerCase(cp))
        : Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return nfkc.codePoints().map(c -> T2S.getOrDefault(c, c)).flatMap(Folding::latinDecomposed)
        .filter(c -> kind(c) != Kind.MARK).map(c -> kind(c) == Kind.BREAK ? BREAK : c).toArray();
  }

  /** A Latin letter in its canonical decomposition (é: e and its accent, a mark), else itself. */
  private static java.util.stream.IntStream latinDecomposed(int c) {
    return c < 0x80 || Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN ? java.util.stream.IntStream.of(c)
        : Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD).codePoints();
  }

  enum Kind { CJK, LETTER, DIGIT, MARK, BREAK }

  /**
   * CJK characters are indexed one by one and in pairs; a run of LETTER characters is one word,
   * and so is a run of DIGIT characters ({@code iphone15} is two words, iphone and 15).
   */
  static Kind kind(int c) {
    var script = Character.UnicodeScript.of(c);
    if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
      return Character.isLetter(c) ? Kind.CJK : Kind.BREAK;
    }
    int type = Character.getType(c);
    if (type == Character.DECIMAL_DIGIT_NUMBER) {
      return Kind.DIGIT;
    }
    if (Character.isLetter(c)) {
      return Kind.LETTER;
    }
    if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return Kind.MARK;
    }
    return Kind.BREAK;
  }

  /** The Traditional to Simplified table as the theme's script gets it: traditional, simplified. */
  static String[] table() {
    var from = new StringBuilder();
    var to = new StringBuilder();
    T2S.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      from.appendCodePoint(e.getKey());
      to.appendCodePoint(e.getValue());
    });
    return new String[] {from.toString(), to.toString()};
  }

  private static Map<Integer, Integer> load() {
    var map = new HashMap<Integer, Integer>(4096);
    try (InputStream in = Folding.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + TABLE + " missing from the jar");
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        map.put(line.codePointAt(0), line.codePointAt(tab + 1));
      }
      for (int i = 0; i < LATIN_FROM.length(); i++) {
        map.put((int) LATIN_FROM.charAt(i), (int) LATIN_TO.charAt(i));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
