package dev.gazette.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.Attribute;
import java.util.Set;

/**
 * Body HTML that passes standard validators and reads well on a phone:
 *
 * <ul>
 *   <li>a table column's alignment ({@code :---:}, {@code ---:}) is {@code class="align-center"}
 *       or {@code class="align-right"} on its cells, for the theme to style: the {@code align}
 *       attribute Flexmark writes is obsolete in HTML5, any theme rule on {@code th}/{@code td}
 *       overrides it, and an inline {@code style} would need a CSP that allows inline styles;
 *   <li>a table sits in {@code <section class="table-wrap" tabindex="0" aria-label="表格 N">}, a
 *       labelled region: a theme can let that box scroll sideways on a narrow screen while the
 *       table keeps its table semantics, and keyboard users can focus and scroll it (WCAG 2.1.1);
 *   <li>a bare URL turned into a link ({@code https://...}, {@code www...}) has {@code
 *       class="url"}, so a theme can let it break anywhere instead of leaving a gap before it.
 * </ul>
 */
final class ConformingHtmlExtension implements HtmlRenderer.HtmlRendererExtension {
  static final String TABLE_WRAP_CLASS = "table-wrap";
  static final String TABLE_LABEL = "表格";
  static final String URL_CLASS = "url";
  static final String ALIGN_CLASS_PREFIX = "align-";

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
      @Override
      public AttributeProvider apply(LinkResolverContext context) {
        return (node, part, attributes) -> {
          if (node instanceof TableCell) {
            Attribute align = attributes.get("align");
            if (align != null) {
              attributes.remove("align");
              attributes.addValue("class", ALIGN_CLASS_PREFIX + align.getValue());
            }
          } else if (node instanceof AutoLink a && a.getOpeningMarker().isEmpty()) {
            // only a bare URL: <https://...> is a link the writer marked as one
            attributes.addValue("class", URL_CLASS);
          }
        };
      }
    });
    // one renderer per rendered document: the counter numbers that document's tables
    builder.nodeRendererFactory(options -> new NodeRenderer() {
      private int tables;

      @Override
      public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(TableBlock.class, (node, context, html) -> {
          html.line().raw("<section class=\"" + TABLE_WRAP_CLASS + "\" tabindex=\"0\" aria-label=\""
              + TABLE_LABEL + " " + (++tables) + "\">").line();
          context.delegateRender();
          html.line().raw("</section>").line();
        }), new NodeRenderingHandler<>(TableCell.class, (node, context, html) -> {
          // a cell a line, as goldmark (Hugo) and CommonMark's GFM write them: the text of a row,
          // tags stripped, then reads "板块 项目数 增幅", not "板块项目数增幅"
          context.delegateRender();
          html.line();
        }));
      }
    });
  }
}
