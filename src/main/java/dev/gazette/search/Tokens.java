package dev.gazette.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference tokenizer ({@link Units} is the index's fast one, {@code search.js} the
 * browser's): the tokens of a folded text. Its units are its CJK characters, one each, and its words (runs
 * of letters, and runs of digits: {@code iphone15} is iphone and 15, as {@code iphone 15} is); the
 * tokens are every unit and every pair of neighbouring units, breaks between them or not: {@code
 * 苏州地铁 line8} has 苏, 州, 地, 铁, line, 8, 苏州, 州地, 地铁, 铁 line, line 8. A query term of
 * two or more units needs all its pairs (so {@code 地铁} does not find 地 and 铁 apart, and {@code
 * covid19} finds covid-19 and covid 19) and the pair across two query terms tells that they stand
 * together.
 */
public final class Tokens {
  private Tokens() {}

  /** The units of a folded text, in order. */
  public static List<String> units(String folded) {
    var units = new ArrayList<String>();
    int word = -1;
    Folding.Kind wordKind = null;
    for (int i = 0; i < folded.length(); ) {
      int c = folded.codePointAt(i);
      int next = i + Character.charCount(c);
      Folding.Kind kind = c == Folding.BREAK ? Folding.Kind.BREAK : Folding.kind(c);
      if (word >= 0 && kind != wordKind) {
        units.add(folded.substring(word, i));
        word = -1;
      }
      if (kind == Folding.Kind.CJK) {
        units.add(folded.substring(i, next));
      } else if (kind != Folding.Kind.BREAK && word < 0) {
        word = i;
        wordKind = kind;
      }
      i = next;
    }
    if (word >= 0) {
      units.add(folded.substring(word));
    }
    return units;
  }

  /** The token of two neighbouring units: CJK pairs run together, pairs with a word keep a space. */
  public static String pair(String a, String b) {
    return isCjk(a) && isCjk(b) ? a + b : a + ' ' + b;
  }

  private static boolean isCjk(String unit) {
    int c = unit.codePointAt(0);
    return Character.charCount(c) == unit.length() && Folding.kind(c) == Folding.Kind.CJK;
  }
}
