package dev.gazette.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * An image alone in its paragraph with a title, {@code ![会场](/images/a.jpg "推进会现场 摄影：赵焱")},
 * is a figure: {@code <figure class="figure"><img …><figcaption>推进会现场 <span
 * class="credit">摄影：赵焱</span></figcaption></figure>}. The credit is the part of the title from
 * 摄影： (or 摄影:) on. An image inside text, or without a title, stays an image.
 */
final class FigureExtension implements HtmlRenderer.HtmlRendererExtension {
  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(options -> new NodeRenderer() {
      @Override
      public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Paragraph.class, (node, context, html) -> {
          String title = caption(node);
          if (title == null) {
            context.delegateRender();
            return;
          }
          Caption c = Caption.of(title);
          html.line().raw("<figure class=\"figure\">");
          context.renderChildren(node);
          html.raw("<figcaption>").raw(Escaping.escapeHtml(c.text(), false));
          if (c.credit() != null) {
            html.raw(c.text().isEmpty() ? "" : " ").raw("<span class=\"credit\">").raw(Escaping.escapeHtml(c.credit(), false)).raw("</span>");
          }
          html.raw("</figcaption></figure>").line();
        }));
      }
    });
  }

  /** The caption of a paragraph that is a figure (an image with a title alone in it), or null. */
  static String caption(Paragraph p) {
    if (!(p.getFirstChild() instanceof Image image) || image.getNext() != null || image.getTitle().isBlank()) {
      return null;
    }
    return image.getTitle().unescape().strip();
  }

  /** A caption split into its text and its credit line ({@code 摄影：赵焱}, kept with its label), or null. */
  record Caption(String text, String credit) {
    static Caption of(String title) {
      int at = title.indexOf("摄影：");
      if (at < 0) {
        at = title.indexOf("摄影:");
      }
      return at < 0 ? new Caption(title, null) : new Caption(title.substring(0, at).strip(), title.substring(at).strip());
    }
  }
}
