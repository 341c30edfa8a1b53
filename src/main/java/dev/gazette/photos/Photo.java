package dev.gazette.photos;

import java.util.List;

/**
 * A photo of the site with its derivatives: resized, rotated upright, sRGB, no metadata.
 *
 * @param source the decoded site path of the original, {@code /images/a.jpg}
 * @param key the content hash of the original with the encoder settings; names every derivative
 * @param width the original's width as shown (after its EXIF orientation)
 * @param height the original's height as shown
 * @param variants narrowest first; never wider than the original
 */
public record Photo(String source, String key, int width, int height, List<Variant> variants) {
  public Photo {
    variants = List.copyOf(variants);
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("a photo has at least one derivative: " + source);
    }
  }

  /**
   * One derivative.
   *
   * @param path the output path, {@code images/a-3f9c2e1b7d-640.jpg} (no leading slash)
   * @param type its media type: image/jpeg, or image/png for PNG and GIF originals (alpha)
   */
  public record Variant(int width, int height, String path, String type) {}

  /** The narrowest derivative at least {@code width} wide, else the widest. */
  public Variant atLeast(int width) {
    for (Variant v : variants) {
      if (v.width() >= width) {
        return v;
      }
    }
    return largest();
  }

  /** Whether a path names a JPEG, PNG or GIF by its extension: under static/, a photo with derivatives. */
  public static boolean raster(String path) {
    String p = path.toLowerCase(java.util.Locale.ROOT);
    return p.endsWith(".jpg") || p.endsWith(".jpeg") || p.endsWith(".png") || p.endsWith(".gif");
  }

  /**
   * The decoded site path of a local image as written in front matter or a body ({@code
   * /images/a.jpg}, {@code images/a.jpg}, {@code /images/%E5%9B%BE.jpg}), without query or
   * fragment; null for a URL ({@code https:}, {@code //host/}).
   */

  public static String sitePath(String written) {
    if (written == null || written.startsWith("//")) {
      return null;
    }
    if (written.startsWith("/") && written.indexOf('%') < 0 && written.indexOf('?') < 0 && written.indexOf('#') < 0) {
      // what the rest gives for a plain site path (nothing to cut or decode), without its regular expressions
      String p = dev.gazette.model.Permalinks.nfc(written);
      return p.contains("/../") || p.length() < 2 ? null : p;
    }
    if (written.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
      return null;
    }
    String p = written.replaceAll("[?#].*$", "");
    try {
      p = java.net.URLDecoder.decode(p.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // kept as written
    }
    p = dev.gazette.model.Permalinks.nfc(p.startsWith("/") ? p : "/" + p);
    return p.contains("/../") || p.length() < 2 ? null : p;
  }

  public Variant largest() {
    return variants.get(variants.size() - 1);
  }
}
