package dev.gazette.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Where the parts of an inline link end in one inline input (a paragraph's text, or the rest of a
 * paragraph being read as reference definitions): the destination {@code b} of {@code [a](b)},
 * the angle destination {@code <b>}, and the titles {@code "t"}, {@code 't'} and {@code (t)}.
 *
 * <p>The answers are Flexmark 0.64's (its {@code LinkDestinationParser} with matched parentheses
 * and no spaces, and its {@code LINK_DESTINATION_ANGLES} and {@code LINK_TITLE} expressions), but
 * found in time proportional to the input, not to the input once per bracket: a destination or
 * a title that never closes runs to the end of the paragraph, so {@code [a](} repeated 40,000
 * times made Flexmark read the rest of the paragraph 40,000 times. The first scans read the
 * characters; once they have read more than about twice the input, an index of the input is
 * built once and every later answer is a lookup. The regular expressions also recursed once per
 * character and overflowed the stack on a title of a few thousand characters; these scans do not.
 *
 * <p>A destination is read without going back: its escapes pair from the start of a run of
 * backslashes, so whether a character is escaped depends only on the run before it, and a scan
 * that starts after a character that is not a backslash agrees with the index. A title or an
 * angle destination is a regular expression's match, which can go back: when its first try
 * (every backslash escaping what it can) meets no closer, a backslash taken as a plain character
 * instead shifts the pairs after it, and the match may end at an escaped closer or pass an
 * escaped {@code <}. {@link SpanIndex} follows that search exactly.
 */
final class LinkSyntax {
  private static final String ESCAPABLE = "!" + Escaping.ESCAPABLE_CHARS;

  /**
   * The closed spans: their closer, the characters that are not plain inside them (a backslash
   * is plain too when it escapes nothing), and those of them no escape can pass.
   */
  enum Span {
    DOUBLE_QUOTED('"', "\"\0", "\0"),
    SINGLE_QUOTED('\'', "'\0", "\0"),
    PARENTHESIZED(')', ")\0", "\0"),
    ANGLED('>', "<> \t\n\0", " \t\n\0");

    final char closer;
    final String notPlain;
    final String walls;

    Span(char closer, String notPlain, String walls) {
      this.closer = closer;
      this.notPlain = notPlain;
      this.walls = walls;
    }

    /** The span a title starting with {@code opener} is, or null. */
    static Span title(char opener) {
      return switch (opener) {
        case '"' -> DOUBLE_QUOTED;
        case '\'' -> SINGLE_QUOTED;
        case '(' -> PARENTHESIZED;
        default -> null;
      };
    }
  }

  private final BasedSequence input;
  private final int length;
  /** Characters read by direct scans; past {@link #budget} the answers come from an index. */
  private long scanned;
  private final long budget;
  private DestinationIndex destinations;
  private final SpanIndex[] spans = new SpanIndex[Span.values().length];

  LinkSyntax(BasedSequence input) {
    this(input, 2L * input.length() + 1024);
  }

  /** @param budget characters read directly before the index is built (-1: at once) */
  LinkSyntax(BasedSequence input, long budget) {
    this.input = input;
    this.length = input.length();
    this.budget = budget;
  }

  BasedSequence input() {
    return input;
  }

  /** The end (exclusive) of the destination that starts at {@code from}; {@code from} when empty. */
  int destinationEnd(int from) {
    if (destinations == null && !startsAfterBackslash(from) && scanned > budget) {
      destinations = new DestinationIndex();
    }
    if (destinations != null && !startsAfterBackslash(from)) {
      return destinations.end(from);
    }
    int depth = 0;
    int i = from;
    while (i < length) {
      char c = input.charAt(i);
      if (c == '\\') {
        i += escapedAt(i) ? 2 : 1;
      } else if (c == '(') {
        depth++;
        i++;
      } else if (c == ')' && depth > 0) {
        depth--;
        i++;
      } else if (c == ')' || c <= ' ') {
        break;
      } else {
        i++;
      }
    }
    scanned += i - from + 1;
    return i;
  }

  /**
   * The end (exclusive, after the closer) of the span whose opener is just before {@code from},
   * or -1 when it does not close.
   */
  int spanEnd(int from, Span span) {
    SpanIndex index = spans[span.ordinal()];
    if (index != null) {
      return index.end(from);
    }
    // the expression's first try: each backslash escapes what it can
    int i = from;
    while (i < length) {
      char c = input.charAt(i);
      if (c == '\\' && escapedAt(i)) {
        i += 2;
      } else if (c == span.closer) {
        scanned += i - from + 1;
        return i + 1;
      } else if (span.notPlain.indexOf(c) >= 0) {
        break;
      } else {
        i++;
      }
    }
    scanned += i - from + 1;
    if (scanned > budget) {
      spans[span.ordinal()] = new SpanIndex(span, 0, length);
      return spans[span.ordinal()].end(from);
    }
    // backtracking, up to the first character no path can pass
    int wall = from;
    while (wall < length && span.walls.indexOf(input.charAt(wall)) < 0) {
      wall++;
    }
    scanned += wall - from + 1;
    return new SpanIndex(span, from, wall).end(from);
  }

  /** Whether the backslash at {@code i} escapes the next character (read from a run's start). */
  private boolean escapedAt(int i) {
    return i + 1 < length && ESCAPABLE.indexOf(input.charAt(i + 1)) >= 0;
  }

  private boolean startsAfterBackslash(int from) {
    return from > 0 && from <= length && input.charAt(from - 1) == '\\';
  }

  /**
   * Marks the characters escaped by a backslash, pairing from the start of every backslash run.
   */
  private BitSet escapedChars() {
    var escaped = new BitSet(length);
    for (int i = 0; i < length; i++) {
      if (input.charAt(i) == '\\' && escapedAt(i)) {
        escaped.set(++i);
      }
    }
    return escaped;
  }

  /**
   * A destination ends at the first control character or space, or at the first unescaped
   * {@code )} that would close more parentheses than it opened: the first one after the start
   * whose balance of unescaped parentheses from the input's start equals the balance at the start.
   */
  private final class DestinationIndex {
    private final int[] stop = new int[length + 1];

    DestinationIndex() {
      BitSet escaped = escapedChars();
      int balance = 0;
      int min = 0;
      int max = 0;
      for (int i = 0; i < length; i++) {
        balance += change(i, escaped);
        min = Math.min(min, balance);
        max = Math.max(max, balance);
      }
      // the nearest unescaped ) at or after i, by the balance before it
      var closeAt = new int[max - min + 1];
      Arrays.fill(closeAt, length);
      int control = length;
      stop[length] = length;
      for (int i = length - 1; i >= 0; i--) {
        balance -= change(i, escaped);
        char c = input.charAt(i);
        if (c <= ' ') {
          control = i;
        } else if (c == ')' && !escaped.get(i)) {
          closeAt[balance - min] = i;
        }
        stop[i] = Math.min(control, closeAt[balance - min]);
      }
    }

    private int change(int i, BitSet escaped) {
      char c = input.charAt(i);
      return escaped.get(i) ? 0 : c == '(' ? 1 : c == ')' ? -1 : 0;
    }

    int end(int from) {
      return stop[from];
    }
  }

  /**
   * What the expression matches from every start in {@code [from, to)}, where {@code to} is a
   * wall or the end: its backtracking search tries, at each character, a backslash escape first,
   * then the character as plain, then the closer; so the match from {@code p} follows from the
   * matches from {@code p + 1} and {@code p + 2}, computed right to left.
   */
  private final class SpanIndex {
    private final int from;
    private final int[] end;

    SpanIndex(Span span, int from, int to) {
      this.from = from;
      this.end = new int[to - from + 2];
      end[to - from] = -1;
      end[to - from + 1] = -1;
      for (int p = to - 1; p >= from; p--) {
        char c = input.charAt(p);
        int r = -1;
        if (c == '\\' && escapedAt(p)) {
          r = p + 2 <= to ? end[p + 2 - from] : -1;
        }
        if (r < 0 && span.notPlain.indexOf(c) < 0) {
          r = end[p + 1 - from];
        }
        if (r < 0 && c == span.closer) {
          r = p + 1;
        }
        end[p - from] = r;
      }
    }

    int end(int start) {
      return end[start - from];
    }
  }
}
