package dev.gazette.render;

import dev.gazette.config.BaseUrl;
import dev.gazette.model.UrlPaths;
import dev.gazette.photos.Photo;
import dev.gazette.render.Views.PhotoView;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import dev.gazette.markdown.BodyImages;

/**
 * The site's photos as templates see them, by decoded site path. A page depends on the photos it
 * shows, not on all of them: an article's lead image, gallery and body images are part of its
 * views ({@link #articleKey}, {@link #bodyKey}), and what the templates' helpers read ({@code
 * photo()}, {@code photoUrl()}: any path) is recorded ({@link #reads}) and stands for all pages
 * in one key ({@link #helpers}), so a new photo of a new article leaves every other page as it is.
 */
public final class PhotoSet {
  /** What a body image is shown at: the article column, full width on a phone. */
  static final String BODY_SIZES = "(max-width: 800px) 100vw, 800px";

  private final Map<String, PhotoView> views;
  /** Each photo's content key, by site path. */
  private final Map<String, String> keys;
  private final String helpers;
  private final BaseUrl base;
  private final java.util.Set<String> reads = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * @param helpers what the templates' photo helpers stand for in page fingerprints: a key that
   *     changes whenever a photo they read may have ({@code build.PhotoReads})
   */
  public PhotoSet(Map<String, Photo> photos, BaseUrl base, String helpers) {
    this.base = base;
    var views = new TreeMap<String, PhotoView>();
    var keys = new TreeMap<String, String>();
    photos.forEach((path, p) -> {
      views.put(path, view(p, base));
      keys.put(path, p.key());
    });
    this.views = views;
    this.keys = keys;
    this.helpers = helpers;
  }

  static PhotoView view(Photo p, BaseUrl base) {
    var srcset = new StringBuilder();
    for (Photo.Variant v : p.variants()) {
      srcset.append(srcset.length() == 0 ? "" : ", ").append(base.rel(UrlPaths.encode(v.path()))).append(' ').append(v.width()).append('w');
    }
    Photo.Variant shown = p.atLeast(960);
    Photo.Variant thumb = p.atLeast(480);
    return new PhotoView(base.rel(UrlPaths.encode(shown.path())), srcset.toString(), shown.width(), shown.height(),
        base.rel(UrlPaths.encode(thumb.path())), base.abs(UrlPaths.encode(p.largest().path())), p.largest().width(),
        p.largest().height(), shown.type());
  }

  /** What the templates' photo helpers stand for in page fingerprints. */
  String helpers() {
    return helpers;
  }

  /** The photo at a site path as written ({@code /images/a.jpg}, {@code images/a.jpg}), or null. */
  public PhotoView get(String written) {
    if (views.isEmpty()) {
      return null;
    }
    String p = Photo.sitePath(written);
    return p == null ? null : views.get(p);
  }

  /** A helper's lookup: what it asked for is recorded, found or not. */
  PhotoView read(String written) {
    reads.add(written);
    return get(written);
  }

  /** The paths the templates' helpers asked for so far, as written. */
  public java.util.Set<String> reads() {
    return java.util.Set.copyOf(reads);
  }

  /**
   * What the photos at these paths (as written) are: each path that is a photo with the photo's
   * content key, "" when none is; equal while none of them changes, appears or goes.
   */
  public String keyOf(java.util.Collection<String> written) {
    return keys.isEmpty() ? "" : keyOf(written, keys::get);
  }

  /** {@link #keyOf} of these photos (by site path), before there is a set of them. */
  public static String keyOf(Map<String, Photo> photos, java.util.Collection<String> written) {
    return keyOf(written, p -> {
      Photo photo = photos.get(p);
      return photo == null ? null : photo.key();
    });
  }

  private static String keyOf(java.util.Collection<String> written, java.util.function.Function<String, String> keyAt) {
    var out = new StringBuilder();
    for (String w : written) {
      String p = Photo.sitePath(w);
      String k = p == null ? null : keyAt.apply(p);
      if (k != null) {
        // the path's length first: no path, whatever it holds, reads as another entry
        out.append(w.length()).append(':').append(w).append('=').append(k).append('\n');
      }
    }
    return out.toString();
  }

  /** {@link #keyOf} the images of a body, whose {@code src} carries the base path. */
  public String bodyKey(java.util.List<String> srcs) {
    if (srcs.isEmpty() || keys.isEmpty()) {
      return "";
    }
    return keyOf(srcs.stream().map(this::unbase).toList());
  }

  /**
   * What an article's views show of the photos: its lead image, its gallery and its body's
   * images; "" when none of them is a photo.
   */
  public String articleKey(dev.gazette.model.Article a) {
    if (keys.isEmpty()) {
      return "";
    }
    var named = new java.util.ArrayList<String>();
    if (a.image() != null) {
      named.add(a.image());
    }
    a.media().gallery().forEach(g -> named.add(g.src()));
    String lead = keyOf(named);
    String body = bodyKey(a.bodyImages());
    return lead.isEmpty() && body.isEmpty() ? "" : lead + "|" + body;
  }

  boolean isEmpty() {
    return views.isEmpty();
  }

  /**
   * A body's HTML with each {@code <img>} of a photo given its derivatives: {@code srcset},
   * {@code sizes}, {@code width}/{@code height} (no layout shift) and lazy loading.
   */
  String rewrite(String html) {
    if (views.isEmpty() || !html.contains("<img")) {
      return html;
    }
    Matcher m = BodyImages.IMG.matcher(html);
    var out = new StringBuilder(html.length() + 256);
    while (m.find()) {
      String tag = m.group();
      Matcher src = BodyImages.SRC.matcher(tag);
      PhotoView v = src.find() ? get(unbase(BodyImages.src(src.group(1)))) : null;
      if (v == null || tag.contains(" srcset=")) {
        m.appendReplacement(out, Matcher.quoteReplacement(tag));
        continue;
      }
      String attrs = " src=\"" + v.src() + "\" srcset=\"" + v.srcset() + "\" sizes=\"" + BODY_SIZES + "\" width=\"" + v.width()
          + "\" height=\"" + v.height() + "\"" + (tag.contains(" loading=") ? "" : " loading=\"lazy\" decoding=\"async\"");
      m.appendReplacement(out, Matcher.quoteReplacement(tag.substring(0, src.start()) + attrs + tag.substring(src.end())));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A root-relative URL under the base path as a site path; others unchanged. */
  private String unbase(String url) {
    String prefix = base.rel("");
    return url.startsWith(prefix) ? "/" + url.substring(prefix.length()) : url;
  }
}
