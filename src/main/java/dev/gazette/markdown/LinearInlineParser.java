package dev.gazette.markdown;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.core.delimiter.Bracket;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser with its output unchanged but its time about linear in the input.
 * Three things made a paragraph's parse quadratic (a 117 KB paragraph of {@code [x]} took 20 s):
 *
 * <ul>
 *   <li>every successful regular-expression match copied the whole rest of the paragraph into a
 *       String ({@code Matcher.toMatchResult()} calls {@code toString()} on its input): here a
 *       match reads only what it matched;
 *   <li>a link destination or title that never closes ({@code [a](}, {@code [a](b "}) was read to
 *       the end of the paragraph once per bracket: {@link LinkSyntax} finds the same ends with an
 *       index of the paragraph;
 *   <li>after each inline link every bracket still open is visited to forbid links in links, so
 *       thousands of unclosed {@code ![} or {@code [} before thousands of links stay quadratic.
 *       That walk is inside Flexmark's private bracket stack, so it is counted instead, and past
 *       {@link #MAX_BRACKET_VISITS} the body is refused with {@link MarkdownTooComplex} at the
 *       oldest open bracket (no normal text comes near: it takes thousands of open brackets times
 *       thousands of links in one paragraph).
 * </ul>
 *
 * <p>One more is Flexmark's own and lies past the parser: a run of text is unescaped for the
 * autolink extension through a segment builder whose array grows by one element per segment
 * (its {@code prevSize + prevSize >> 1} is {@code prevSize}), so a run with tens of thousands of
 * backslash escapes ({@code \\} repeated) is quadratic. A run with more than {@link
 * #MAX_ESCAPES_IN_TEXT} escapes is refused the same way, at the start of the run.
 */
final class LinearInlineParser extends InlineParserImpl {
  /** Open brackets visited after links, per paragraph: about 0.1 s of Flexmark's walk. */
  static final long MAX_BRACKET_VISITS = 20_000_000;

  /** Backslash escapes in one text node: about 0.2 s of Flexmark's segment copying. */
  static final int MAX_ESCAPES_IN_TEXT = 20_000;

  private final boolean standardLinks;
  private LinkSyntax syntax;
  /** The depth of Flexmark's bracket stack, followed through the calls that change it. */
  private int openBrackets;
  private long bracketVisits;

  LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
      Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
      List<InlineParserExtensionFactory> extensions) {
    super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    // LinkSyntax reproduces the link syntax of these settings (Flexmark's defaults) only
    this.standardLinks = this.options.useHardcodedLinkAddressParser && this.options.linksAllowMatchedParentheses
        && !this.options.spaceInLinkUrls && !this.options.parseJekyllMacrosInUrls && !this.options.intellijDummyIdentifier
        && !this.options.parseMultiLineImageUrls;
  }

  /** Installs the parser, and the reference definitions Flexmark registers only for its own. */
  static final class Extension implements Parser.ParserExtension {
    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
      builder.customInlineParserFactory(LinearInlineParser::new);
      if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(builder)) {
        builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
      }
    }
  }

  @Override
  public void parse(BasedSequence content, Node block) {
    openBrackets = 0;
    bracketVisits = 0;
    super.parse(content, block);
    for (Node n : block.getDescendants()) {
      if (n instanceof Text && escapes(n.getChars()) > MAX_ESCAPES_IN_TEXT) {
        throw new MarkdownTooComplex(n.getStartOffset(),
            "more than " + MAX_ESCAPES_IN_TEXT + " backslash escapes in one run of text, more than Markdown renders in reasonable time",
            "put the text in a code block (```), where a backslash needs no escaping, or break it into paragraphs");
      }
    }
  }

  private static int escapes(BasedSequence text) {
    int count = 0;
    for (int i = text.indexOf('\\'); i >= 0 && i + 1 < text.length(); i = text.indexOf('\\', i + 2)) {
      count++;
    }
    return count;
  }

  @Override
  public BasedSequence match(Pattern re) {
    Matcher m = find(re);
    return m == null ? null : input.subSequence(m.start(), m.end());
  }

  @Override
  public BasedSequence[] matchWithGroups(Pattern re) {
    Matcher m = find(re);
    if (m == null) {
      return null;
    }
    var groups = new BasedSequence[m.groupCount() + 1];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = m.start(i) < 0 ? null : input.subSequence(m.start(i), m.end(i));
    }
    return groups;
  }

  /** Flexmark's match at the current index, which it passes on success. */
  private Matcher find(Pattern re) {
    if (index >= input.length()) {
      return null;
    }
    Matcher m = re.matcher(input);
    m.region(index, input.length());
    if (!m.find()) {
      return null;
    }
    index = m.end();
    return m;
  }

  @Override
  public BasedSequence parseLinkDestination() {
    if (!standardLinks) {
      return super.parseLinkDestination();
    }
    int end = peek() == '<' ? syntax().spanEnd(index + 1, LinkSyntax.Span.ANGLED) : -1;
    return take(end >= 0 ? end : syntax().destinationEnd(index));
  }

  @Override
  public BasedSequence parseLinkTitle() {
    LinkSyntax.Span span = LinkSyntax.Span.title(peek());
    if (!standardLinks || span == null) {
      return standardLinks ? null : super.parseLinkTitle();
    }
    int end = syntax().spanEnd(index + 1, span);
    return end < 0 ? null : take(end);
  }

  private BasedSequence take(int end) {
    BasedSequence taken = input.subSequence(index, end);
    index = end;
    return taken;
  }

  private LinkSyntax syntax() {
    if (syntax == null || syntax.input() != input) {
      syntax = new LinkSyntax(input);
    }
    return syntax;
  }

  @Override
  protected boolean parseOpenBracket() {
    boolean parsed = super.parseOpenBracket();
    openBrackets++;
    return parsed;
  }

  @Override
  protected boolean parseBang() {
    Bracket before = getLastBracket();
    boolean parsed = super.parseBang();
    if (getLastBracket() != before) {
      openBrackets++;
    }
    return parsed;
  }

  @Override
  protected boolean parseCloseBracket() {
    Bracket before = getLastBracket();
    Node lastBefore = block.getLastChild();
    boolean parsed = super.parseCloseBracket();
    Bracket after = getLastBracket();
    for (Bracket b = before; b != null && b != after; b = b.getPrevious()) {
      openBrackets--;
    }
    Node last = block.getLastChild();
    if (last != lastBefore && last instanceof Link) {
      // Flexmark has just visited every open bracket
      bracketVisits += openBrackets;
      if (bracketVisits > MAX_BRACKET_VISITS) {
        throw tooManyOpenBrackets(after);
      }
    }
    return parsed;
  }

  private MarkdownTooComplex tooManyOpenBrackets(Bracket top) {
    int at = 0;
    for (Bracket b = top; b != null; b = b.getPrevious()) {
      at = b.getStartIndex() - (b.isImage() ? 1 : 0);
    }
    return new MarkdownTooComplex(input.subSequence(at, at + 1).getStartOffset(),
        openBrackets + " brackets ([ or ![) are still open before links in one paragraph, more than Markdown renders in reasonable time",
        "close the brackets, write the literal ones as \\[, or put the text in a code block (```)");
  }
}
