package dev.gazette.markdown;

import java.util.List;

/**
 * One article body rendered.
 *
 * @param html the body as HTML; root-relative links already carry the base path
 * @param text the body's readable text (no markup, code or images), for site search
 * @param teaser plain-text teaser (SPEC §6), before any front-matter summary is considered
 * @param rootLinks the root-relative links and images found, to check against the output
 * @param images the {@code src} of every image of the HTML ({@link BodyImages}): the photos a page
 *     that shows the body depends on
 * @param linksToContent whether the body links to other content files (its HTML then depends on
 *     their URLs)
 */
public record RenderedBody(String html, String text, String teaser, TextStats stats, List<LocalLink> rootLinks,
    boolean linksToContent, List<String> images) {
  public RenderedBody {
    rootLinks = List.copyOf(rootLinks);
    images = List.copyOf(images);
  }

  public RenderedBody(String html, String text, String teaser, TextStats stats, List<LocalLink> rootLinks,
      boolean linksToContent) {
    this(html, text, teaser, stats, rootLinks, linksToContent, BodyImages.of(html));
  }

  /**
   * A root-relative link in a body.
   *
   * @param path the site path as written, without query or fragment: {@code /images/a.jpg}
   */
  public record LocalLink(String path, int line, int col) {}
}
