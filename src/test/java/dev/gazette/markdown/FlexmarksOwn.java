package dev.gazette.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;

/**
 * Gazette's Markdown settings with Flexmark's own extension in place of some of Gazette's: the
 * reference the {@code Quick*} extensions are held against. {@link QuickTextExtension} has no
 * counterpart: without it, Flexmark's core renderer writes text nodes.
 */
final class FlexmarksOwn {
  private FlexmarksOwn() {}

  static DataHolder instead(List<Class<? extends Extension>> ours) {
    DataHolder gazette = MarkdownRenderer.options(true);
    var extensions = new ArrayList<Extension>();
    for (Extension e : Parser.EXTENSIONS.get(gazette)) {
      if (!ours.contains(e.getClass())) {
        extensions.add(e);
      } else if (e instanceof QuickAutolinkExtension) {
        extensions.add(AutolinkExtension.create());
      } else if (e instanceof QuickTablesExtension) {
        extensions.add(TablesExtension.create());
      } else if (!(e instanceof QuickTextExtension)) {
        throw new IllegalArgumentException("no Flexmark counterpart for " + e.getClass().getSimpleName());
      }
    }
    if (extensions.stream().anyMatch(e -> ours.contains(e.getClass()))
        || Parser.EXTENSIONS.get(gazette).stream().filter(e -> ours.contains(e.getClass())).count() != ours.size()) {
      throw new IllegalStateException("Gazette's settings lack one of " + ours);
    }
    return new MutableDataSet(gazette).set(Parser.EXTENSIONS, extensions).toImmutable();
  }
}
