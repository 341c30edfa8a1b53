package dev.gazette.build;

import dev.gazette.config.SiteConfig;
import dev.gazette.model.Article;
import dev.gazette.model.ImageSize;
import java.util.Map;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What decides the shape of the site: which pages exist, in which order and lists each article
 * stands. Two builds with equal structures differ only in article contents (titles, bodies,
 * teasers), so only the pages that show a changed article need rendering again. A standalone
 * page's or topic's title is structure too: every page's footer or an article's topic links show it;
 * so is the newest correction's date, which moves the sitemap's lastmod, and the sizes of the lead
 * images, which every page that shows one prints, and the photos (their derivatives' names).
 */
record Structure(SiteConfig config, List<Key> articles, Map<String, ImageSize> images, Map<String, dev.gazette.photos.Photo> photos) {
  record Key(String relPath, String path, String pageTitle, ZonedDateTime date, ZonedDateTime updated, String channel,
      List<String> tags, List<String> authors, String source, boolean headline, dev.gazette.frontmatter.Layout layout,
      List<String> aliases, List<String> editors, List<String> topics, ZonedDateTime corrected) {}

  static Structure of(SiteConfig config, List<Article> articles, Map<String, ImageSize> images,
      Map<String, dev.gazette.photos.Photo> photos) {
    var keys = new ArrayList<Key>(articles.size());
    for (Article a : articles) {
      keys.add(key(a));
    }
    return new Structure(config, keys, Map.copyOf(images), Map.copyOf(photos));
  }

  /** What of one article decides the site's shape. */
  static Key key(Article a) {
    return new Key(a.relPath(), a.path(), a.page() ? a.title() : null, a.date(), a.updated(),
        a.channel() == null ? null : a.channel().id(), a.tags(), a.authors(), a.source(),
        a.headline(), a.layout(), a.aliases(), a.editorial().editors(), a.topics(), a.editorial().lastCorrected());
  }
}
