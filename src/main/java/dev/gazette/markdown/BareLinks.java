package dev.gazette.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * Bare URLs and e-mail addresses in Chinese text end where the ASCII ends. The autolink extension
 * runs a link on to the next white space, and Chinese prose has none around a URL: in {@code
 * 详情请登录www.suzhou.gov.cn查询。} the link took {@code 查询。} with it (and {@code
 * https://…，或拨打12345。} its whole clause), so the address was wrong. A bare link now stops at
 * its first character beyond ASCII, as in Hugo (goldmark's linkify matches ASCII only); what
 * follows is text again, and is searched for links of its own. A URL with Chinese in its path
 * is written as {@code <https://…/苏州>} or {@code [text](url)}, which this leaves alone.
 */
final class BareLinks {
  private BareLinks() {}

  private static final LinkExtractor LINKS = LinkExtractor.builder()
      .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL)).build();

  /** Cuts every bare link of {@code document} at its first character beyond ASCII. */
  static void trim(Document document) {
    var bare = new ArrayList<Node>();
    collect(document, bare);
    for (Node link : bare) {
      BasedSequence chars = link.getChars();
      if (asciiEnd(chars, 0, chars.length()) == chars.length()) {
        continue;
      }
      for (Node n : split(chars)) {
        link.insertBefore(n);
      }
      link.unlink();
    }
  }

  private static void collect(Node node, List<Node> into) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if ((child instanceof AutoLink a && a.getOpeningMarker().isEmpty())
          || (child instanceof MailLink m && m.getOpeningMarker().isEmpty())) {
        into.add(child);
      } else {
        collect(child, into);
      }
    }
  }

  /** The text and links that {@code chars} (one bare link as the extension found it) stands for. */
  static List<Node> split(BasedSequence chars) {
    var out = new ArrayList<Node>();
    int at = 0;
    while (at < chars.length()) {
      LinkSpan span = first(chars.subSequence(at));
      if (span == null) {
        out.add(new Text(chars.subSequence(at)));
        break;
      }
      int begin = at + span.getBeginIndex();
      int end = trimPunctuation(chars, begin, asciiEnd(chars, begin, at + span.getEndIndex()));
      if (end <= begin) {
        // the span starts beyond ASCII (联系news@…: the scanner took 系 into the address): the
        // character is text, and the scan goes on after it
        int next = begin + Character.charCount(Character.codePointAt(chars, begin));
        out.add(new Text(chars.subSequence(at, next)));
        at = next;
        continue;
      }
      BasedSequence link = chars.subSequence(begin, end);
      if (begin > at) {
        out.add(new Text(chars.subSequence(at, begin)));
      }
      LinkSpan whole = first(link);
      if (whole != null && whole.getBeginIndex() == 0 && whole.getEndIndex() == link.length()) {
        out.add(node(whole.getType(), link));
      } else {
        // what is left of it is not a link (www. alone, a@ without a domain)
        out.add(new Text(link));
      }
      at = end;
    }
    return out;
  }

  private static LinkSpan first(CharSequence s) {
    var it = LINKS.extractLinks(s).iterator();
    return it.hasNext() ? it.next() : null;
  }

  /** Where the run of printable ASCII from {@code from} ends, at most at {@code to}. */
  private static int asciiEnd(CharSequence s, int from, int to) {
    int i = from;
    while (i < to && s.charAt(i) > ' ' && s.charAt(i) < 0x7f) {
      i++;
    }
    return i;
  }

  /** Sentence punctuation before the cut ends the sentence, not the URL (as the extension does before a space). */
  private static int trimPunctuation(CharSequence s, int begin, int end) {
    while (end > begin && ".,:;!?'\"".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  private static Node node(LinkType type, BasedSequence text) {
    BasedSequence none = text.subSequence(0, 0);
    Node link = type == LinkType.EMAIL ? new MailLink(none, text, text.subSequence(text.length()))
        : new AutoLink(none, text, text.subSequence(text.length()));
    link.appendChild(new Text(text));
    link.setCharsFromContent();
    return link;
  }
}
