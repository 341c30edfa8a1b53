package dev.gazette.build;

import dev.gazette.photos.Photo;
import dev.gazette.render.PhotoSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the templates' photo helpers ({@code photo()}, {@code photoUrl()}) read, so that pages
 * depend on those photos rather than on every photo of the site: a new photo that no helper asked
 * for changes no page but those that show its article.
 *
 * <p>Every page's fingerprint and the shape's frame carry {@link #helpers}: a generation number.
 * It stays while each photo the helpers have read since the generation began (found or not) is
 * as it was; when one changed, appeared or went, the next generation begins, which no page was
 * made with, so every page is made again and the record starts afresh. A page made in any build
 * of a generation read only paths recorded by then, so a page kept within the generation shows
 * the photos it showed when it was made.
 *
 * @param generation counts the times a photo the helpers read changed
 * @param paths every path the helpers asked for in this generation, as written
 * @param key what those photos were at the end of the last build ({@link PhotoSet#keyOf})
 */
record PhotoReads(int generation, Set<String> paths, String key) {
  static final PhotoReads NONE = new PhotoReads(0, Set.of(), "");

  PhotoReads {
    paths = Set.copyOf(paths);
  }

  /** The record a build with these photos starts from: this one, or the next generation's. */
  PhotoReads next(Map<String, Photo> photos) {
    if (PhotoSet.keyOf(photos, new TreeSet<>(paths)).equals(key)) {
      return this;
    }
    return new PhotoReads(generation + 1, Set.of(), "");
  }

  /** What the helpers stand for in page fingerprints and in the frame. */
  String helpers() {
    return "photo-helpers/" + generation;
  }

  /** After a successful build that started from this record: what its helpers read, added. */
  PhotoReads after(PhotoSet photos) {
    var all = new TreeSet<>(paths);
    all.addAll(photos.reads());
    return new PhotoReads(generation, all, photos.keyOf(all));
  }
}
