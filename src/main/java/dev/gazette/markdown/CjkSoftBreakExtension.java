package dev.gazette.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Renders a soft line break between two CJK characters as nothing: writers hard-wrap Chinese
 * lines, and a newline there would show as a stray space in the browser.
 */
final class CjkSoftBreakExtension implements HtmlRenderer.HtmlRendererExtension {
  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(options -> (NodeRenderer) () -> Set.of(
        new NodeRenderingHandler<>(SoftLineBreak.class, (node, context, html) -> {
          if (!joinsCjk(node)) {
            html.raw(context.getHtmlOptions().softBreak);
          }
        })));
  }

  /** True when the characters on both sides of the break are CJK. */
  static boolean joinsCjk(SoftLineBreak node) {
    int before = lastChar(node.getPrevious());
    int after = firstChar(node.getNext());
    if (before < 0) {
      before = scanBack(node.getChars());
    }
    if (after < 0) {
      after = scanForward(node.getChars(), node.getAncestorOfType(BlockQuote.class) != null);
    }
    return before >= 0 && after >= 0 && Cjk.joins(before, after);
  }

  private static int lastChar(Node n) {
    for (Node cur = n; cur != null; cur = cur.getLastChild()) {
      if (cur instanceof Text) {
        CharSequence s = cur.getChars().trimEnd();
        return s.length() == 0 ? -1 : Character.codePointBefore(s, s.length());
      }
      if (!cur.hasChildren()) {
        return -1;
      }
    }
    return -1;
  }

  private static int firstChar(Node n) {
    for (Node cur = n; cur != null; cur = cur.getFirstChild()) {
      if (cur instanceof Text) {
        CharSequence s = cur.getChars().trimStart();
        return s.length() == 0 ? -1 : Character.codePointAt(s, 0);
      }
      if (!cur.hasChildren()) {
        return -1;
      }
    }
    return -1;
  }

  private static int scanBack(BasedSequence chars) {
    BasedSequence base = chars.getBaseSequence();
    int i = chars.getStartOffset() - 1;
    while (i >= 0 && (base.charAt(i) == ' ' || base.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 ? -1 : Character.codePointBefore(base, i + 1);
  }

  private static int scanForward(BasedSequence chars, boolean inQuote) {
    BasedSequence base = chars.getBaseSequence();
    int i = chars.getEndOffset();
    while (i < base.length() && (base.charAt(i) == ' ' || base.charAt(i) == '\t' || (inQuote && base.charAt(i) == '>'))) {
      i++;
    }
    return i >= base.length() ? -1 : Character.codePointAt(base, i);
  }
}
