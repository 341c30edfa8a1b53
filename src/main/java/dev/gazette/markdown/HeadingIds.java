package dev.gazette.markdown;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockPreVisitor;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockVisitor;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heading ids that are never empty and unique in a body. Letters and digits of every script are
 * kept whole (code points, so 𠮷 survives) and lower-cased, spaces and dashes become one
 * dash, everything else is dropped: {@code 招生对象和时间}, {@code metro-line-8}. A heading with no
 * letter or digit (an emoji, punctuation) is {@code section}; a repeat gets {@code -1}, {@code
 * -2}, ... skipping any id already taken and the {@link #reserved} ones. Flexmark's own generator drops characters outside the
 * BMP and gives such headings an empty id.
 */
final class HeadingIds implements HtmlIdGenerator {
  static final String FALLBACK = "section";

  private final Set<String> used = new HashSet<>();
  /** The footnotes of the body being rendered: their ids are fn-1 ... fn-N, fnref-1 ... fnref-N. */
  private int footnotes;

  static final class Factory implements HeaderIdGeneratorFactory {
    @Override
    public HtmlIdGenerator create(LinkResolverContext context) {
      return new HeadingIds();
    }

    @Override
    public HtmlIdGenerator create() {
      return new HeadingIds();
    }
  }

  @Override
  public void generateIds(Document document) {
    generateIds(document, null);
  }

  @Override
  public void generateIds(Document document, AnchorRefTargetBlockPreVisitor preVisitor) {
    used.clear();
    footnotes = count(document, FootnoteBlock.class);
    new AnchorRefTargetBlockVisitor() {
      @Override
      protected boolean preVisit(Node node) {
        return preVisitor == null || preVisitor.preVisit(node, this);
      }

      @Override
      protected void visit(AnchorRefTarget node) {
        if (node.getAnchorRefId().isEmpty()) {
          node.setAnchorRefId(unique(base(node.getAnchorRefText())));
        } else {
          used.add(node.getAnchorRefId());
        }
      }
    }.visit(document);
  }

  @Override
  public String getId(Node node) {
    return node instanceof AnchorRefTarget t ? t.getAnchorRefId() : null;
  }

  @Override
  public String getId(CharSequence text) {
    return unique(base(text.toString()));
  }

  private String unique(String base) {
    String id = base;
    for (int n = 1; reserved(id) || !used.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /**
   * Ids a heading does not take, as the page around the body or the body's footnotes use them:
   * {@code main} (the default theme's {@code <main>}, target of its skip link) and, for a body
   * with N footnotes, {@code fn-1} ... {@code fn-N} and {@code fnref-1} ... {@code fnref-N}. A
   * heading "Main" gets {@code main-1}.
   */
  boolean reserved(String id) {
    if (id.equals("main")) {
      return true;
    }
    Matcher m = FOOTNOTE_ID.matcher(id);
    return m.matches() && m.group(1).length() < 6 && Integer.parseInt(m.group(1)) <= footnotes;
  }

  private static final Pattern FOOTNOTE_ID = Pattern.compile("fn(?:ref)?-([1-9][0-9]*)");

  private static int count(Node node, Class<? extends Node> type) {
    int n = 0;
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      n += (type.isInstance(child) ? 1 : 0) + count(child, type);
    }
    return n;
  }

  static String base(String text) {
    var sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp)) {
        sb.appendCodePoint(cp);
      } else if ((Character.isWhitespace(cp) || cp == '-' || cp == '_') && sb.length() > 0
          && sb.charAt(sb.length() - 1) != '-') {
        sb.append('-');
      }
    });
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == '-') {
      end--;
    }
    String id = sb.substring(0, end).toLowerCase(Locale.ROOT);
    return id.isEmpty() ? FALLBACK : id;
  }
}
