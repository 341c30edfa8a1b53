package dev.gazette.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.gazette.diag.Diagnostics;
import dev.gazette.frontmatter.ParsedDocument;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown to HTML with Flexmark: CommonMark plus tables ({@link QuickTablesExtension}), strikethrough, autolinks ({@link
 * QuickAutolinkExtension}), footnotes, task lists and heading ids; an image with a title alone in
 * its paragraph is a figure with a caption ({@link FigureExtension}); raw HTML passes through
 * (writers are trusted committers). The parser and renderer are built once and are thread-safe,
 * so bodies render in parallel.
 */
public final class MarkdownRenderer {
  private static final Pattern MORE = Pattern.compile("<!--\\s*more\\s*-->");

  private final Parser parser;
  private final HtmlRenderer renderer;

  public MarkdownRenderer() {
    var options = options(true);
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).htmlIdGeneratorFactory(new HeadingIds.Factory()).build();
  }

  /**
   * The settings of Gazette's Markdown; {@code linear}: with {@link LinearInlineParser}, false
   * only for tests that hold it against Flexmark's own inline parser.
   */
  static DataHolder options(boolean linear) {
    var extensions = new ArrayList<Extension>(List.of(
        new QuickTablesExtension(),
        StrikethroughExtension.create(),
        new QuickAutolinkExtension(),
        FootnoteExtension.create(),
        TaskListExtension.create(),
        new CjkSoftBreakExtension(),
        new ConformingHtmlExtension(),
        new QuickTextExtension(),
        new FigureExtension()));
    if (linear) {
      extensions.add(new LinearInlineParser.Extension());
    }
    return new MutableDataSet()
        .set(Parser.EXTENSIONS, extensions)
        .set(HtmlRenderer.GENERATE_HEADER_ID, true)
        .set(HtmlRenderer.RENDER_HEADER_ID, true)
        .set(TablesExtension.CLASS_NAME, "table")
        // CommonMark's link and image URLs: /föö as /f%C3%B6%C3%B6, foo\\bar as foo%5Cbar (which a
        // browser would read as foo/bar); escapes already written (%20) are kept
        .set(HtmlRenderer.PERCENT_ENCODE_URLS, true)
        .toImmutable();
  }

  /**
   * Renders one body. Links to other {@code .md} files become their article's URL; a link to a
   * missing file is an error at its line and column.
   */
  public RenderedBody render(ParsedDocument doc, ContentLinks links, int summaryLength, Diagnostics diagnostics) {
    var cleaned = ControlChars.clean(doc.body());
    String body = cleaned.text();
    Lines lines = Lines.of(doc.body(), cleaned.removed());
    if (cleaned.count() > 0) {
      diagnostics.warning(doc.relPath(), doc.bodyLine() + lines.lineAt(cleaned.firstAt()),
          lines.columnAt(cleaned.firstAt()), forbidden(cleaned),
          "delete it: copying from Word or a web page often brings these in (Word's Shift+Enter line break is U+000B)");
    }
    Document document;
    try {
      document = parse(body);
    } catch (MarkdownTooComplex e) {
      diagnostics.error(doc.relPath(), doc.bodyLine() + lines.line(e.offset()), lines.column(e.offset()), e.getMessage(), e.hint());
      body = "";
      document = parse(body);
    }
    var rootLinks = new ArrayList<RenderedBody.LocalLink>();
    boolean[] linksToContent = {false};
    resolveLinks(document, doc, lines, links, rootLinks, linksToContent, diagnostics);
    String html = renderer.render(document);
    String plain = PlainText.of(document);
    int more = moreMarker(document);
    String teaser = more >= 0
        ? PlainText.of(parse(body.substring(0, more)))
        : Teaser.cut(plain, summaryLength);
    return new RenderedBody(html, plain, teaser, TextStats.of(plain), rootLinks, linksToContent[0]);
  }

  /** What the warning about a body's forbidden characters says. */
  private static String forbidden(ControlChars.Cleaned cleaned) {
    boolean lineBreak = cleaned.first() == 0x0B || cleaned.first() == 0x85;
    return String.format("invisible control character U+%04X, which HTML does not allow", cleaned.first())
        + (cleaned.count() > 1 ? " (" + (cleaned.count() - 1) + " more in this body)" : "")
        + (lineBreak ? ": made a line break" : ": left out of the page");
  }

  /** The tree of a body, with its bare links cut where the ASCII ends ({@link BareLinks}). */
  private Document parse(String body) {
    Document document = parser.parse(body);
    BareLinks.trim(document);
    return document;
  }

  /**
   * Where a {@code <!--more-->} line starts, or -1. Only a block of its own counts: the same text
   * in a code block or inside a paragraph is not the marker.
   */
  private static int moreMarker(Document document) {
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      if ((n instanceof HtmlCommentBlock || n instanceof HtmlBlock) && MORE.matcher(n.getChars().toString().strip()).matches()) {
        return n.getStartOffset();
      }
    }
    return -1;
  }

  private static void resolveLinks(Document document, ParsedDocument doc, Lines lines, ContentLinks links,
      List<RenderedBody.LocalLink> rootLinks, boolean[] linksToContent, Diagnostics diagnostics) {
    // collected first: a link to an article that is not built is replaced by its text
    var nodes = new ArrayList<Node>();
    visit(document, node -> {
      if (node instanceof Link || node instanceof Image || node instanceof Reference || node instanceof LinkRef) {
        nodes.add(node);
      }
    });
    var textOnly = new java.util.HashSet<Reference>();
    for (Node node : nodes) {
      if (node instanceof LinkRef) {
        continue;
      }
      BasedSequence url = node instanceof Link l ? l.getUrl() : node instanceof Image i ? i.getUrl() : ((Reference) node).getUrl();
      String written = url.toString();
      if (written.contains(".md")) {
        linksToContent[0] = true;
      }
      String resolved = resolve(written, node, doc, lines, links, rootLinks, diagnostics);
      if (resolved == null) {
        continue;
      }
      if (resolved.equals(TEXT_ONLY)) {
        if (node instanceof Link l) {
          unwrap(l);
        } else if (node instanceof Reference r) {
          textOnly.add(r);
        }
        continue;
      }
      BasedSequence seq = BasedSequence.of(resolved);
      if (node instanceof Link l) {
        l.setUrl(seq);
      } else if (node instanceof Image i) {
        i.setUrl(seq);
      } else {
        ((Reference) node).setUrl(seq);
      }
    }
    if (!textOnly.isEmpty()) {
      for (Node node : nodes) {
        if (node instanceof LinkRef ref && textOnly.contains(ref.getReferenceNode(document))) {
          unwrap(ref);
        }
      }
    }
  }

  /** Marks a link shown as its text alone (its target is not published). */
  private static final String TEXT_ONLY = "\0text-only";

  /** Puts a link's text where the link was. */
  private static void unwrap(Node link) {
    Node child = link.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      link.insertBefore(child);
      child = next;
    }
    link.unlink();
  }

  /** The new URL, {@link #TEXT_ONLY}, or null to keep the one written. */
  private static String resolve(String url, Node node, ParsedDocument doc, Lines lines, ContentLinks links,
      List<RenderedBody.LocalLink> rootLinks, Diagnostics diagnostics) {
    if (url.isEmpty() || url.startsWith("#") || url.startsWith("//") || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
      return null;
    }
    int cut = indexOfAny(url, "?#");
    String path = cut < 0 ? url : url.substring(0, cut);
    String suffix = cut < 0 ? "" : url.substring(cut);
    int line = doc.bodyLine() + lines.line(node.getStartOffset());
    int col = lines.column(node.getStartOffset());
    if (path.endsWith(".md")) {
      String target = targetOf(doc.relPath(), path);
      if (target == null) {
        diagnostics.error(doc.relPath(), line, col, "link \"" + url + "\" leads outside content/", "link to an article under content/");
        return null;
      }
      ContentLinks.Target t = links.find(target);
      if (t instanceof ContentLinks.Found f) {
        return f.url() + suffix;
      }
      if (t instanceof ContentLinks.NotBuilt nb) {
        diagnostics.warning(doc.relPath(), line, col, "link to " + target + ", which is not published (" + nb.reason()
            + "): shown as plain text", notBuiltHint(nb.reason()));
        return node instanceof Image ? null : TEXT_ONLY;
      }
      if (t instanceof ContentLinks.Failed) {
        return null;   // that file's own errors say what is wrong
      }
      diagnostics.error(doc.relPath(), line, col, "link to a missing file " + target,
          "a .md link is relative to this file's folder: check the path and the file name");
      return null;
    }
    if (path.startsWith("/")) {
      rootLinks.add(new RenderedBody.LocalLink(path, line, col));
      return links.rootUrl(path) + suffix;
    }
    if (!path.isEmpty()) {
      // an article's page is not in its file's folder (its URL comes from the permalink), so a
      // relative path loads from below the article's URL: broken, or another site without https://
      diagnostics.warning(doc.relPath(), line, col, "relative " + (node instanceof Image ? "image" : "link") + " \"" + url
          + "\": it would load from the article's own URL, which is not this file's folder",
          "write a path from the site's root (static/images/a.jpg is /images/a.jpg), or a whole address with https://");
    }
    return null;
  }

  /** What to do about a link to an article that is left out, by the reason it is left out. */
  static String notBuiltHint(String reason) {
    return switch (reason) {
      case "draft" -> "it becomes a link when that article is published (draft: true removed)";
      case "dated in the future" -> "it becomes a link on that article's date (or build with --future)";
      case "expired" -> "that article has expired and is off the site for good: remove the link or link to another article";
      default -> "it becomes a link when that article is built";
    };
  }

  /** {@code content/news/a.md} + {@code ../house/b.md} = {@code content/house/b.md}, or null. */
  static String targetOf(String fromRelPath, String link) {
    String decoded;
    try {
      decoded = URLDecoder.decode(link.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      decoded = link;
    }
    String base = link.startsWith("/") ? "content/" : fromRelPath.substring(0, fromRelPath.lastIndexOf('/') + 1);
    String joined = base + (decoded.startsWith("/") ? decoded.substring(1) : decoded);
    var parts = new ArrayList<String>();
    for (String p : joined.split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.remove(parts.size() - 1);
      } else {
        parts.add(p);
      }
    }
    String result = String.join("/", parts);
    return result.startsWith("content/") ? result : null;
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static void visit(Node node, java.util.function.Consumer<Node> action) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      action.accept(child);
      visit(child, action);
    }
  }
}
