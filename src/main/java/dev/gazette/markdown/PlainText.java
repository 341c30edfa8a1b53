package dev.gazette.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The readable text of a Markdown tree, for teasers, descriptions, reading time and search: what
 * a reader sees, without markup, images or code. The text of raw HTML blocks, figure captions and
 * footnotes counts; a table's cells and rows are apart, its delimiter row is not text; brackets
 * that are not a link stay as written. Blocks are separated by one space (none after CJK
 * punctuation), CJK line breaks joined.
 */
final class PlainText {
  private PlainText() {}

  static String of(Node document) {
    var sb = new StringBuilder();
    append(document, sb);
    return collapse(sb);
  }

  /**
   * Runs of white space become one space. A block boundary (a run with a newline: soft breaks were
   * already joined or turned into spaces) after CJK punctuation becomes nothing, so paragraphs of
   * Chinese text run on as they would in print; a space the writer typed stays a space.
   */
  private static String collapse(CharSequence s) {
    var out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n') {
        out.append(c);
        i++;
        continue;
      }
      boolean boundary = false;
      int j = i;
      while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\n')) {
        boundary |= s.charAt(j) == '\n';
        j++;
      }
      boolean edge = out.length() == 0 || j >= s.length();
      if (!edge && !(boundary && Cjk.isPunctuation(Character.codePointBefore(out, out.length())))) {
        out.append(' ');
      }
      i = j;
    }
    return out.toString();
  }

  private static void append(Node node, StringBuilder sb) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof HtmlCommentBlock || child instanceof HtmlInline || child instanceof HtmlInlineComment
          || child instanceof Image || child instanceof ImageRef || child instanceof FencedCodeBlock
          || child instanceof IndentedCodeBlock || child instanceof Reference || child instanceof TableSeparator) {
        continue;
      }
      if (child instanceof Text) {
        String text = child.getChars().toString();
        // only a backslash or an entity can need unescaping (a regex pass otherwise)
        sb.append(text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : Escaping.unescapeString(text));
      } else if (child instanceof HtmlEntity entity) {
        // &amp;, &nbsp;, &#x3002;: a node of its own, the character it stands for
        sb.append(Escaping.unescapeString(entity.getChars().toString()));
      } else if (child instanceof HtmlBlock html) {
        // pasted HTML (a WeChat article's <p style=…> paragraphs): its visible text
        sb.append(HtmlText.of(html.getChars())).append('\n');
      } else if (child instanceof Code code) {
        sb.append(code.getText());
      } else if (child instanceof SoftLineBreak br) {
        if (!CjkSoftBreakExtension.joinsCjk(br)) {
          sb.append(' ');
        }
      } else if (child instanceof HardLineBreak) {
        sb.append(' ');
      } else if (child instanceof Footnote footnote) {
        // a note's number is not text; an undefined [^n] is shown as written, and so kept
        if (!footnote.isDefined()) {
          sb.append(footnote.getChars());
        }
      } else if (child instanceof LinkRef ref && !ref.isDefined()) {
        // [1], [见图1]: no reference of that name, so the page shows the brackets as written
        if (ref.isReferenceTextCombined()) {
          // [1]: the text is the reference
          sb.append(ref.getReferenceOpeningMarker());
          append(ref, sb);
          sb.append(ref.getReferenceClosingMarker());
        } else {
          // [见图1][x]
          sb.append(ref.getTextOpeningMarker());
          append(ref, sb);
          sb.append(ref.getTextClosingMarker()).append(ref.getReferenceOpeningMarker()).append(ref.getReference())
              .append(ref.getReferenceClosingMarker());
        }
      } else if ((child instanceof AutoLink || child instanceof MailLink) && !child.hasChildren()) {
        // <https://…>: the page shows the address
        sb.append(((DelimitedLinkNode) child).getText());
      } else if (child instanceof Paragraph p && FigureExtension.caption(p) != null) {
        // an image with a title alone in its paragraph: a figure, whose caption is text (asked
        // twice for a figure only: any other paragraph fails at its first child)
        sb.append(FigureExtension.caption(p)).append('\n');
      } else {
        append(child, sb);
        if (child instanceof TableCell) {
          sb.append(' ');
        } else if (child instanceof Block || child instanceof TableRow) {
          sb.append('\n');
        }
      }
    }
  }
}
