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

  /** Percent-encodes everything but unreserved characters and {@code /}. */
  public static String encode(String path) {
    var sb = new StringBuilder(path.length() + 16);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c == '/' || (c < 128 && UNRESERVED.indexOf(c) >= 0)) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
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
