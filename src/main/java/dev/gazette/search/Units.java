package dev.gazette.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The index's fast tokenizer: the units of {@link Tokens#units(String)} as ints, read straight
 * from the unfolded text through {@link Folding}'s tables. A CJK unit is its code point; a word
 * is {@link #WORD_BASE} plus its number in this dictionary. {@code UnitsTest} holds it to the
 * reference tokenizer. Threads may scan at once: a word's number is then the order in which the
 * threads met it, which no output depends on (the index spells every token out).
 */
final class Units {
  static final int WORD_BASE = 0x200000;
  private final Map<String, Integer> ids = new java.util.concurrent.ConcurrentHashMap<>();
  private final List<String> words = new ArrayList<>();

  interface Sink {
    void unit(int unit);
  }

  /** Calls {@code sink} with every unit of {@code text}, in order. */
  void scan(String text, Sink sink) {
    var word = new StringBuilder();
    boolean digits = false; // what the word being read is made of: digits, else letters
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      byte kind = Folding.KINDS[ch];
      switch (kind) {
        case Folding.CJK -> {
          flush(word, sink);
          sink.unit(Folding.CHARS[ch]);
        }
        case Folding.LETTER, Folding.DIGIT -> {
          if (digits != (kind == Folding.DIGIT)) {
            flush(word, sink);
            digits = !digits;
          }
          word.append(Folding.CHARS[ch]);
        }
        case Folding.DROP -> { }
        case Folding.BREAK_KIND -> flush(word, sink);
        default -> {
          int cp = text.codePointAt(i);
          i += Character.charCount(cp) - 1;
          for (int c : Folding.foldOne(cp)) {
            Folding.Kind k = c == Folding.BREAK ? Folding.Kind.BREAK : Folding.kind(c);
            if (k == Folding.Kind.BREAK || k == Folding.Kind.CJK || digits != (k == Folding.Kind.DIGIT)) {
              flush(word, sink);
              digits = k == Folding.Kind.DIGIT;
            }
            if (k == Folding.Kind.CJK) {
              sink.unit(c);
            } else if (k != Folding.Kind.BREAK) {
              word.appendCodePoint(c);
            }
          }
        }
      }
    }
    flush(word, sink);
  }

  private void flush(StringBuilder word, Sink sink) {
    if (word.length() > 0) {
      String w = word.toString();
      Integer id = ids.get(w);
      if (id == null) {
        id = ids.computeIfAbsent(w, k -> {
          synchronized (words) {
            words.add(k);
            return words.size() - 1;
          }
        });
      }
      sink.unit(WORD_BASE + id);
      word.setLength(0);
    }
  }

  /** A unit as text. */
  String text(int unit) {
    if (unit < WORD_BASE) {
      return Character.toString(unit);
    }
    synchronized (words) {
      return words.get(unit - WORD_BASE);
    }
  }

  /** The key of a one-unit token. */
  static long key(int unit) {
    return unit;
  }

  /** The key of the token of two neighbouring units. */
  static long key(int a, int b) {
    return 1L << 44 | (long) a << 22 | b;
  }

  /** A key's token as the index and the script spell it. */
  String token(long key) {
    if (key < 1L << 44) {
      return text((int) key);
    }
    int a = (int) (key >>> 22 & 0x3fffff);
    int b = (int) (key & 0x3fffff);
    return Tokens.pair(text(a), text(b));
  }
}
