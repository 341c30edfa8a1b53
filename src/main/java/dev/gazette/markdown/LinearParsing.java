package dev.gazette.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark 0.64 with its three quadratic paths closed, so that rendering time stays about linear
 * in the input (a pasted block of minified data must not stall a build for minutes):
 *
 * <ul>
 *   <li>the inline parser's {@code match} copied the whole paragraph for every match ({@code
 *       Matcher.toMatchResult} on JDK 17-19 calls {@code toString()} on its input) and searched
 *       on with {@code find()} where the pattern is anchored: {@code [x]} × 40,000 took 20 s;
 *   <li>a link destination was scanned to the end of the paragraph when its parentheses never
 *       close ({@code [a](} × 40,000: 30 s); like cmark, a destination nests parentheses at most
 *       32 deep, past that it is not a link;
 *   <li>the setext-heading check joined every line of the paragraph so far for each new line that
 *       starts like a block ({@code [x]} on 20,000 lines): it now only asks whether there is one.
 * </ul>
 *
 * Everything else is Flexmark's own code: the output is unchanged.
 */
final class LinearParsing {
  private static final int MAX_PAREN_DEPTH = 32;

  private LinearParsing() {}

  /** Needs {@code Parser.HEADING_PARSER} off in the builder's options: {@link Headings} replaces it. */
  static Parser.Builder apply(Parser.Builder builder) {
    return builder.customInlineParserFactory(Inline::new).customBlockParserFactory(new Headings());
  }

  static final class Inline extends InlineParserImpl {
    Inline(DataHolder options, BitSet special, BitSet delimiters, Map<Character, DelimiterProcessor> processors,
        LinkRefProcessorData linkRefs, List<InlineParserExtensionFactory> extensions) {
      super(options, special, delimiters, processors, linkRefs, extensions);
    }

    /** Matches at the index without copying the input; an anchored pattern is not searched on. */
    private Matcher at(Pattern re) {
      if (index >= input.length()) {
        return null;
      }
      Matcher m = re.matcher(input);
      m.region(index, input.length());
      boolean anchored = re.pattern().startsWith("^") && (re.flags() & Pattern.MULTILINE) == 0;
      if (anchored ? m.lookingAt() : m.find()) {
        index = m.end();
        return m;
      }
      return null;
    }

    @Override
    public BasedSequence match(Pattern re) {
      Matcher m = at(re);
      return m == null ? null : input.subSequence(m.start(), m.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
      Matcher m = at(re);
      if (m == null) {
        return null;
      }
      var groups = new BasedSequence[m.groupCount() + 1];
      for (int i = 0; i < groups.length; i++) {
        groups[i] = m.start(i) < 0 ? null : input.subSequence(m.start(i), m.end(i));
      }
      return groups;
    }

    @Override
    public Matcher matcher(Pattern re) {
      return at(re);
    }

    @Override
    public BasedSequence parseLinkDestination() {
      int depth = 0;
      for (int i = index; i < input.length(); i++) {
        char c = input.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '(') {
          if (++depth > MAX_PAREN_DEPTH) {
            return input.subSequence(index, index);
          }
        } else if (c == ')') {
          if (depth-- == 0) {
            break;
          }
        } else if (c <= ' ') {
          break;
        }
      }
      return super.parseLinkDestination();
    }
  }

  /** Flexmark's heading parser, asked only whether a paragraph is open, not for its joined text. */
  static final class Headings extends HeadingParser.Factory {
    @Override
    public BlockParserFactory apply(DataHolder options) {
      BlockParserFactory core = super.apply(options);
      return (state, matched) -> core.tryStart(state, new OpenParagraph(matched));
    }
  }

  private record OpenParagraph(MatchedBlockParser m) implements MatchedBlockParser {
    @Override
    public com.vladsch.flexmark.parser.block.BlockParser getBlockParser() {
      return m.getBlockParser();
    }

    /** Non-null when a paragraph is open: all the heading parser looks at. */
    @Override
    public BasedSequence getParagraphContent() {
      return m.getBlockParser().isParagraphParser() ? BasedSequence.EMPTY : null;
    }

    @Override
    public List<BasedSequence> getParagraphLines() {
      return m.getParagraphLines();
    }

    @Override
    public List<Integer> getParagraphEolLengths() {
      return m.getParagraphEolLengths();
    }

    @Override
    public MutableDataHolder getParagraphDataHolder() {
      return m.getParagraphDataHolder();
    }
  }
}
