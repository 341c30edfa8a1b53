package dev.gazette.render;

import dev.gazette.config.BaseUrl;
import dev.gazette.model.UrlPaths;
import dev.gazette.photos.Photo;
import dev.gazette.render.Views.PhotoView;
import dev.gazette.store.Hashes;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's photos as templates see them, by decoded site path. Fingerprinted by one key over
 * every photo's content key, so pages depend on the photos without walking them page by page.
 */
public final class PhotoSet {
  /** What a body image is shown at: the article column, full width on a phone. */
  static final String BODY_SIZES = "(max-width: 800px) 100vw, 800px";
  private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>");
  private static final Pattern SRC = Pattern.compile("\\ssrc=\"([^\"]*)\"");

  private final Map<String, PhotoView> views;
  private final String key;
  private final BaseUrl base;

  public PhotoSet(Map<String, Photo> photos, BaseUrl base) {
    this.base = base;
    var views = new TreeMap<String, PhotoView>();
    var keys = new StringBuilder();
    photos.forEach((path, p) -> views.put(path, view(p, base)));
    views.keySet().forEach(path -> keys.append(path).append('=').append(photos.get(path).key()).append('\n'));
    this.views = views;
    this.key = Hashes.of(keys.toString());
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

  String key() {
    return key;
  }

  /** The photo at a site path as written ({@code /images/a.jpg}, {@code images/a.jpg}), or null. */
  public PhotoView get(String written) {
    if (views.isEmpty()) {
      return null;
    }
    String p = Photo.sitePath(written);
    return p == null ? null : views.get(p);
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
    Matcher m = IMG.matcher(html);
    var out = new StringBuilder(html.length() + 256);
    while (m.find()) {
      String tag = m.group();
      Matcher src = SRC.matcher(tag);
      PhotoView v = src.find() ? get(unbase(src.group(1).replace("&amp;", "&"))) : null;
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
