package dev.gazette.frontmatter;

import dev.gazette.diag.DidYouMean;
import java.util.List;
import java.util.Optional;

/**
 * The front-matter fields Gazette knows: the one list that the parser, the near-miss check and
 * the JSON Schema shipped for editors ({@code front-matter.schema.json}, kept equal by a test)
 * all read. A new field is added here and to the schema, nowhere else.
 */
public final class FrontMatterFields {
  /** In the order README documents them; {@code params} holds deliberate custom fields. */
  public static final List<String> KNOWN = List.of("title", "channel", "date", "source", "author", "summary",
      "tags", "image", "slug", "updated", "headline", "draft", "expires", "layout", "aliases", "editor",
      "originalTitle", "originalAuthor", "sourceUrl", "corrections", "topics", "imageCaption", "imageCredit", "gallery",
      "params");

  /** The map of custom fields: its entries reach templates as {@code article.params}. */
  public static final String PARAMS = "params";

  private FrontMatterFields() {}

  public static boolean known(String key) {
    return KNOWN.contains(key);
  }

  /**
   * The known field an unknown key is probably a typo of ({@code tgas}, {@code sumary}, {@code
   * Title}), or empty for a key far from every field: a deliberate custom field.
   */
  public static Optional<String> nearMiss(String key) {
    return known(key) ? Optional.empty() : DidYouMean.nearMiss(key, KNOWN);
  }
}
