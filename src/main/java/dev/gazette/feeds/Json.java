package dev.gazette.feeds;

import dev.gazette.render.JsonLd;

/** JSON string literals, for the JSON Feed, the search index and the CLI's build report. */
public final class Json {
  private Json() {}

  /** {@code s} quoted and escaped; U+2028/U+2029 escaped too, so the text is safe in a script. */
  public static String string(String s) {
    return JsonLd.quote(s, false);
  }
}
