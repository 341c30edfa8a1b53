package dev.gazette.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * Flexmark's GFM tables, parsed by one table pre-processor per parser instead of one per body.
 * Flexmark makes a new one for every document, and its constructor formats and compiles the
 * regular expression of the header separator row each time: a third of the cost of parsing a
 * short body. The pre-processor holds nothing but its options and that pattern, so one made for
 * the parser's options serves every body, in any thread (Gazette's documents carry the parser's
 * options: none sets options of its own). Rendering is Flexmark's table extension, unchanged.
 */
final class QuickTablesExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  private final TablesExtension tables = (TablesExtension) TablesExtension.create();

  @Override
  public void parserOptions(MutableDataHolder options) {
    tables.parserOptions(options);
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {
    tables.rendererOptions(options);
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.paragraphPreProcessorFactory(new Once(TableParagraphPreProcessor.Factory()));
  }

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    tables.extend(builder, rendererType);
  }

  /** Flexmark's factory, asked once: the first document's pre-processor is every document's. */
  private static final class Once implements ParagraphPreProcessorFactory {
    private final ParagraphPreProcessorFactory flexmark;
    private volatile ParagraphPreProcessor made;

    Once(ParagraphPreProcessorFactory flexmark) {
      this.flexmark = flexmark;
    }

    @Override
    public ParagraphPreProcessor apply(ParserState state) {
      ParagraphPreProcessor p = made;
      if (p == null) {
        // two threads may both make one: either serves
        made = p = flexmark.apply(state);
      }
      return p;
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return flexmark.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return flexmark.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
      return flexmark.affectsGlobalScope();
    }
  }
}
