package dev.gazette.feeds;

import dev.gazette.config.BaseUrl;
import dev.gazette.model.Article;
import dev.gazette.render.PhotoSet;
import dev.gazette.render.Views;

/**
 * An article's image as feeds name it: the lead image, else a 图集's first photo. A photo with
 * derivatives is its widest derivative (content-hashed, so a reader's cache holds it for good),
 * with its size; any other image is its own URL.
 *
 * @param url absolute
 * @param type the media type, empty when the extension does not tell
 * @param width 0 when unknown (an SVG, an external URL)
 */
record FeedImage(String url, String type, int width, int height) {
  /** The image of {@code a}, or null when it has none. */
  static FeedImage of(Article a, BaseUrl base, PhotoSet photos) {
    String image = a.image() != null ? a.image() : a.gallery() ? a.media().gallery().get(0).src() : null;
    if (image == null) {
      return null;
    }
    Views.PhotoView photo = photos.get(image);
    if (photo != null) {
      return new FeedImage(photo.large(), photo.type(), photo.largeWidth(), photo.largeHeight());
    }
    String url = Feeds.imageUrl(base, image);
    return new FeedImage(url, Feeds.imageType(url), 0, 0);
  }

  /** {@code  type="image/jpeg" width="1600" height="1200"}, the parts that are known. */
  String attributes(boolean size) {
    return (type.isEmpty() ? "" : " type=\"" + type + "\"")
        + (size && width > 0 ? " width=\"" + width + "\" height=\"" + height + "\"" : "");
  }
}
