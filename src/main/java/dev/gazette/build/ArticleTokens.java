package dev.gazette.build;

import dev.gazette.model.Article;
import dev.gazette.model.ImageSize;
import dev.gazette.render.PageSignature;
import dev.gazette.render.PhotoSet;
import dev.gazette.store.SourceHash;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles' tokens in page signatures: the keyed hash of the source path (the cache's own
 * key, so tokens are stable between builds that share the cache and cannot be chosen to collide)
 * with the size of the lead image and the photos it shows (lead, gallery, body: {@link
 * PhotoSet#articleKey}), which an article's views print and its file does not hold. An
 * article is fresh when it changed since the build whose signatures this one compares with.
 */
final class ArticleTokens implements PageSignature.Tokens {
  private final Map<Article, Long> tokens;
  private final Map<String, ImageSize> images;
  private final PhotoSet photos;
  private final java.util.function.Predicate<Article> fresh;
  private final SourceHash hash;

  private ArticleTokens(Map<Article, Long> tokens, Map<String, ImageSize> images, PhotoSet photos,
      java.util.function.Predicate<Article> fresh, SourceHash hash) {
    this.tokens = tokens;
    this.images = images;
    this.photos = photos;
    this.fresh = fresh;
    this.hash = hash;
  }

  /** @param fresh whether an article changed since the build whose signatures this one compares with */
  static ArticleTokens of(List<Article> articles, Map<String, ImageSize> images, PhotoSet photos,
      java.util.function.Predicate<Article> fresh, SourceHash hash) {
    long[] values = new long[articles.size()];
    java.util.stream.IntStream.range(0, values.length).parallel()
        .forEach(i -> values[i] = compute(articles.get(i), images, photos, hash));
    var tokens = new IdentityHashMap<Article, Long>(articles.size() * 2);
    for (int i = 0; i < values.length; i++) {
      tokens.put(articles.get(i), values[i]);
    }
    return new ArticleTokens(tokens, images, photos, fresh, hash);
  }

  @Override
  public long token(Article a) {
    Long t = tokens.get(a);
    return t != null ? t : compute(a, images, photos, hash);
  }

  @Override
  public boolean fresh(Article a) {
    return fresh.test(a);
  }

  private static long compute(Article a, Map<String, ImageSize> images, PhotoSet photos, SourceHash hash) {
    long[] words = hash.words(a.relPath().getBytes(StandardCharsets.UTF_8));
    ImageSize size = a.image() == null ? null : images.get(a.image());
    // an odd multiplier is one-to-one: every size moves the token by its own amount
    long token = size == null ? words[0] : words[0] + 0x9E3779B97F4A7C15L * (((long) size.width() << 32) | size.height());
    String shown = photos.articleKey(a);
    return shown.isEmpty() ? token : token ^ hash.words(shown.getBytes(StandardCharsets.UTF_8))[0];
  }
}
