package dev.gazette.model;

import java.nio.charset.StandardCharsets;

/**
 * Site paths are kept decoded ({@code tags/生物医药/}), as folder names on disk; links use them
 * percent-encoded, one segment at a time, so feeds and sitemaps carry valid URLs.
 */
public final class UrlPaths {
  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

  private UrlPaths() {}

  /** Which ASCII characters stay as they are: the unreserved ones and {@code /}. */
  private static final boolean[] KEPT = new boolean[128];

  static {
    for (char c : (UNRESERVED + "/").toCharArray()) {
      KEPT[c] = true;
    }
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * Percent-encodes everything but unreserved characters and {@code /}. Every page's model
   * encodes the URLs of the pages it links (a list of 20 articles, their channels and images),
   * so a path with nothing to encode is returned as it is, without a copy.
   */
  public static String encode(String path) {
    int i = 0;
    while (i < path.length() && path.charAt(i) < 128 && KEPT[path.charAt(i)]) {
      i++;
    }
    if (i == path.length()) {
      return path;
    }
    byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
    var sb = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c < 128 && KEPT[c]) {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
      }
    }
    return sb.toString();
  }

  /**
   * A path or URL written by a writer (a lead image: {@code /images/a.jpg}, {@code images/a.jpg} or
   * {@code https://cdn/a.jpg}): an external URL as it is, else the encoded site path, ready for
   * {@code BaseUrl.rel} or {@code BaseUrl.abs}.
   */
  public static String ref(String written) {
    if (dev.gazette.config.BaseUrl.isExternal(written)) {
      return written;
    }
    return encode(written.startsWith("/") ? written.substring(1) : written);
  }

  /** The output file of a pretty URL: {@code news/} is {@code news/index.html}. */
  public static String file(String path) {
    return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
  }
}
