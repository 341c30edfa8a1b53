package dev.gazette.feeds;

/** JSON string literals, for the JSON Feed, the search index and the CLI's build report. */
public final class Json {
  private Json() {}

  /** {@code s} quoted and escaped; U+2028/U+2029 escaped too, so the text is safe in a script. */
  public static String string(String s) {
    var sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
