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
  /** For each unit taken out of the text the parser read, where the next unit kept landed there. */
  private final int[] shifts;

  private Lines(String text, int[] starts, int[] shifts) {
    this.text = text;
    this.starts = starts;
    this.shifts = shifts;
  }

  /**
   * Lines of {@code text}, for offsets into the same text with the units at {@code removed}
   * (ascending indices into {@code text}) taken out, as the writer's editor shows them. Lines end
   * at {@code \n} (sources are read with their line ends made {@code \n}).
   */
  static Lines of(String text, int[] removed) {
    var shifts = new int[removed.length];
    for (int j = 0; j < removed.length; j++) {
      shifts[j] = removed[j] - j;
    }
    var starts = new int[16];
    int count = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = i + 1;
    }
    return new Lines(text, Arrays.copyOf(starts, count), shifts);
  }

  /** The 0-based line of {@code offset}, an offset into the text the parser read. */
  int line(int offset) {
    return lineAt(original(offset));
  }

  /** The 1-based column of {@code offset}, in code points. */
  int column(int offset) {
    return columnAt(original(offset));
  }

  /** The 0-based line of an index into the original text. */
  int lineAt(int index) {
    int i = Arrays.binarySearch(starts, index);
    return i >= 0 ? i : -i - 2;
  }

  /** The 1-based column of an index into the original text, in code points. */
  int columnAt(int index) {
    int start = starts[lineAt(index)];
    return text.codePointCount(start, Math.min(index, text.length())) + 1;
  }

  /** The index in the text of an offset into the text the parser read. */
  private int original(int offset) {
    if (shifts.length == 0) {
      return offset;
    }
    // units taken out before or at this point: shifts[j] <= offset (shifts ascend, may repeat)
    int lo = 0;
    int hi = shifts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (shifts[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return offset + lo;
  }
}
