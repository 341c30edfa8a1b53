package dev.gazette.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Flexmark's autolink extension (bare URLs, {@code www.} addresses and e-mail addresses become
 * links), run only on the text that can hold one. Flexmark's processor unescapes every text node
 * and scans it twice, once with a regular expression that tests a word boundary at every
 * character; on Chinese bodies that was a third of the Markdown parse. Every link it makes
 * needs a {@code :} (a scheme), an {@code @} (an address) or {@code www.} in the text it reads:
 * the node's own characters, unescaped, and, when an entity ({@code &period;}, a node of its own)
 * follows it, the entities and text after it. So a text node without {@code :}, {@code @},
 * {@code &} or {@code www.} and with no entity after it is left alone, as Flexmark would leave
 * it; any other goes to Flexmark's processor unchanged.
 */
final class QuickAutolinkExtension implements Parser.ParserExtension {
  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessorFactory(new Factory());
  }

  /** True when Flexmark's autolink processor could find a link in this raw text. */
  static boolean mayLink(CharSequence s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ':' || c == '@' || c == '&'
          || c == 'w' && i + 3 < n && s.charAt(i + 1) == 'w' && s.charAt(i + 2) == 'w' && s.charAt(i + 3) == '.') {
        return true;
      }
    }
    return false;
  }

  private static final class Factory extends NodePostProcessorFactory {
    Factory() {
      super(false);
      addNodes(Text.class);
    }

    @Override
    public NodePostProcessor apply(Document document) {
      var flexmark = new AutolinkNodePostProcessor(document);
      return new NodePostProcessor() {
        @Override
        public void process(NodeTracker state, Node node) {
          // Flexmark's processor reads an entity right after the text (and what follows it) with
          // the text: it decides those
          Node next = node.getNext();
          if (next instanceof HtmlEntity || next instanceof TypographicText || mayLink(node.getChars())) {
            flexmark.process(state, node);
          }
        }
      };
    }
  }
}
