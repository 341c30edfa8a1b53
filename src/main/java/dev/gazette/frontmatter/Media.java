package dev.gazette.frontmatter;

import java.util.List;
import java.util.Objects;

/**
 * What an article says about its pictures: the lead image's caption and credit (摄影), and its
 * photo gallery (图集).
 *
 * @param imageCaption the lead image's caption, or null
 * @param imageCredit the lead image's photographer or agency, or null
 * @param gallery the gallery's photos in order; empty when the article is no 图集
 */
public record Media(String imageCaption, String imageCredit, List<GalleryItem> gallery) {
  public static final Media NONE = new Media(null, null, List.of());

  public Media {
    gallery = List.copyOf(gallery);
  }

  /**
   * One photo of a gallery, with where its {@code src} stands in the file (errors about the image
   * are reported there).
   */
  public record GalleryItem(String src, String caption, String credit, int line, int col) {
    public GalleryItem {
      Objects.requireNonNull(src);
    }
  }
}
