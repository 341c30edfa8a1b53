package dev.gazette.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A JSON object written in order, for schema.org JSON-LD inside {@code <script>}. Strings escape
 * {@code <}, {@code >} and {@code &} as {@code \\u003c} etc., so no text (a headline with {@code
 * </script>} or {@code <!--}) can end or confuse the script element; null values are left out.
 */
public final class JsonLd {
  private final List<String> members = new ArrayList<>();

  static JsonLd of(String type) {
    return new JsonLd().put("@type", type);
  }

  /** A top-level object: {@code @context} first, then {@code @type}. */
  static JsonLd root(String type) {
    return new JsonLd().put("@context", "https://schema.org").put("@type", type);
  }

  /** A string, number, boolean, {@link JsonLd} or list of them; null and empty lists are left out. */
  JsonLd put(String key, Object value) {
    if (value == null || value instanceof List<?> l && l.isEmpty()) {
      return this;
    }
    members.add(string(key) + ":" + value(value));
    return this;
  }

  @Override
  public String toString() {
    return "{" + String.join(",", members) + "}";
  }

  static String value(Object v) {
    if (v instanceof String s) {
      return string(s);
    }
    if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
      return v.toString();
    }
    if (v instanceof JsonLd o) {
      return o.toString();
    }
    if (v instanceof List<?> list) {
      var parts = new ArrayList<String>(list.size());
      list.forEach(x -> parts.add(value(x)));
      return "[" + String.join(",", parts) + "]";
    }
    throw new IllegalArgumentException("not a JSON-LD value: " + v.getClass().getName());
  }

  static String string(String s) {
    return quote(s, true);
  }

  /**
   * {@code s} as a JSON string literal; U+2028/U+2029 are escaped so the text is safe in a
   * script, and with {@code inHtml} also {@code < > &}, so no text can close a {@code <script>}
   * block or open a comment in it.
   */
  public static String quote(String s, boolean inHtml) {
    int plain = 0;
    while (plain < s.length() && !escaped(s.charAt(plain), inHtml)) {
      plain++;
    }
    if (plain == s.length()) {
      // most titles, names and URLs have nothing to escape: no character-by-character copy
      return "\"" + s + "\"";
    }
    var sb = new StringBuilder(s.length() + 16).append('"').append(s, 0, plain);
    for (int i = plain; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (escaped(c, inHtml)) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static boolean escaped(char c, boolean inHtml) {
    return c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029'
        || inHtml && (c == '<' || c == '>' || c == '&');
  }
}
