package dev.gazette.markdown;

import java.util.Arrays;

/**
 * Line and column of a char index in a body, from an index of its line starts built once: asking
 * Flexmark's document or scanning back to the line start costs the text before the index, so a
 * body with thousands of links on long lines took quadratic time to position them.
 */
final class Lines {
  private final String text;
  private final int[] starts;

  private Lines(String text, int[] starts) {
    this.text = text;
    this.starts = starts;
  }

  /** Lines end at {@code \n} (sources are read with their line ends made {@code \n}). */
  static Lines of(String text) {
    var starts = new int[16];
    int count = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = i + 1;
    }
    return new Lines(text, Arrays.copyOf(starts, count));
  }

  /** The 0-based line of {@code offset}. */
  int line(int offset) {
    int at = Arrays.binarySearch(starts, offset);
    return at >= 0 ? at : -at - 2;
  }

  /** The 1-based column of {@code offset}, in code points. */
  int column(int offset) {
    int start = starts[line(offset)];
    return text.codePointCount(start, Math.min(offset, text.length())) + 1;
  }
}
