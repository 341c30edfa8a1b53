package dev.gazette.render;

import dev.gazette.model.Article;
import java.util.List;

/**
 * What a page's model reads beyond the build's frame, as a 64-bit digest: its kind, its place in
 * its list (page number, list length) and the identity of every article it shows, in order. The
 * frame is what every page reads alike (config, templates, year, the photos the templates' helpers
 * read, the titles of the standalone pages and topics); it is digested apart ({@code build.Shape}).
 * While the frame stays the same, a page whose signature equals the last build's and that shows no
 * article changed since (parsed or rendered anew: {@code fresh}) has the last build's model, so its
 * file is kept without the model being made. The home, 404 and search pages have none ({@link
 * #NONE}): they are always made.
 *
 * <p>The articles' contents are not digested: that is what {@code fresh} says, relative to the last
 * build, whose output is the one kept.
 *
 * @param value the digest; meaningless for {@link #NONE}
 * @param fresh whether the page shows an article changed since the last build (or has no signature)
 */
public record PageSignature(long value, boolean fresh) {
  /** No signature: the page is made every time. */
  public static final PageSignature NONE = new PageSignature(0, true);

  /** Whether a page with this signature has the model of a page signed {@code last} by the last build. */
  public boolean same(Long last) {
    return !fresh && last != null && last == value;
  }

  /** Each article's identity in signatures, and whether it changed since the last build. */
  public interface Tokens {
    /**
     * A digest of the article's identity and of what its views read outside its own file (the
     * lead image's size, the photos it shows).
     */
    long token(Article a);

    boolean fresh(Article a);
  }

  /**
   * The signature of a feed, which shows its {@code texts} (folder, title, page URL, description)
   * and its {@code items}; {@link #NONE} when {@code tokens} is null.
   */
  public static PageSignature feed(Tokens tokens, List<String> texts, List<Article> items) {
    if (tokens == null) {
      return NONE;
    }
    var b = new Builder(tokens, FEED);
    texts.forEach(b::add);
    return b.add(items).done();
  }

  private static final int FEED = 6;

  /** Accumulates one page's signature. */
  static final class Builder {
    private final Tokens tokens;
    private long h;
    private boolean fresh;

    /** @param kind the kind of page, one number each ({@link PagePlan}) */
    Builder(Tokens tokens, int kind) {
      this.tokens = tokens;
      this.h = mix(0x9E3779B97F4A7C15L ^ kind);
    }

    Builder add(long v) {
      h = mix(h ^ v) * 0xBF58476D1CE4E5B9L;
      return this;
    }

    Builder add(Article a) {
      if (a == null) {
        return add(0x632BE59BD9B4E019L);
      }
      fresh |= tokens.fresh(a);
      return add(tokens.token(a));
    }

    Builder add(List<Article> list) {
      add(list.size());
      for (Article a : list) {
        add(a);
      }
      return this;
    }

    Builder add(String s) {
      add(s.length());
      for (int i = 0; i < s.length(); i++) {
        h = h * 31 + s.charAt(i);
      }
      return add(0);
    }

    PageSignature done() {
      return new PageSignature(mix(h), fresh);
    }
  }

  /** The finalizer of SplitMix64 (Stafford's Mix13): every input bit reaches every output bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
