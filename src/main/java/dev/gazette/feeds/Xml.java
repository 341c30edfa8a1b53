package dev.gazette.feeds;

/** XML text and attribute escaping; characters XML 1.0 forbids are dropped. */
final class Xml {
  private Xml() {}

  /** Plain text as HTML text: {@code & < >} only (an RSS item's description is HTML inside XML). */
  static String htmlText(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    var sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        default -> {
          if (allowed(cp)) {
            sb.appendCodePoint(cp);
          }
        }
      }
    }
    return sb.toString();
  }

  /** Wraps text in CDATA, splitting any {@code ]]>} inside it. */
  static String cdata(String s) {
    var clean = new StringBuilder(s.length());
    s.codePoints().filter(Xml::allowed).forEach(clean::appendCodePoint);
    return "<![CDATA[" + clean.toString().replace("]]>", "]]]]><![CDATA[>") + "]]>";
  }

  static boolean allowed(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
