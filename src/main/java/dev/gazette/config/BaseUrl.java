package dev.gazette.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * The site's absolute URL, which may carry a path ({@code https://host/portal/}). Every link a
 * page makes goes through {@link #rel} or {@link #abs}, so a site works under any path.
 *
 * @param origin scheme, host and port, no trailing slash: {@code https://host}
 * @param path always starts and ends with {@code /}: {@code /portal/}
 */
public record BaseUrl(String origin, String path) {
  public BaseUrl {
    Objects.requireNonNull(origin);
    if (!path.startsWith("/") || !path.endsWith("/")) {
      throw new IllegalArgumentException("path must start and end with /: " + path);
    }
  }

  /** Parses an absolute http(s) URL; throws IllegalArgumentException with a readable reason. */
  public static BaseUrl parse(String text) {
    if (text.strip().codePoints().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("must not contain spaces");
    }
    URI uri;
    try {
      uri = new URI(text.trim());
    } catch (URISyntaxException e) {
      String where = e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "";
      throw new IllegalArgumentException("is not a URL (" + e.getReason().toLowerCase(java.util.Locale.ROOT) + where + ")");
    }
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
      throw new IllegalArgumentException("must start with http:// or https://");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new IllegalArgumentException("has no host name");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("must not have a query or a fragment");
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : asciiOnly(uri.getRawPath());
    if (!path.endsWith("/")) {
      path = path + "/";
    }
    String origin = scheme + "://" + uri.getRawAuthority();
    return new BaseUrl(origin, path);
  }

  /** Percent-encodes what is not ASCII ({@code /门户/}), so links and feeds carry valid URLs. */
  private static String asciiOnly(String path) {
    var sb = new StringBuilder(path.length());
    for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return sb.toString();
  }

  /** {@code https://host/portal/} */
  public String full() {
    return origin + path;
  }

  /**
   * A site path ({@code news/}, {@code /news/}, {@code css/a.css}) as a root-relative URL under
   * the base path. Absolute URLs, protocol-relative URLs and fragments are returned unchanged.
   */
  public String rel(String sitePath) {
    if (isExternal(sitePath)) {
      return sitePath;
    }
    String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
    return path + p;
  }

  /** A site path as an absolute URL. */
  public String abs(String sitePath) {
    if (sitePath.startsWith("//")) {
      // protocol-relative: feeds, og:image and sitemaps need a scheme; the site's own
      return origin.substring(0, origin.indexOf(':') + 1) + sitePath;
    }
    if (isExternal(sitePath)) {
      return sitePath;
    }
    return origin + rel(sitePath);
  }

  /** A URL with a scheme ({@code https:}, {@code mailto:}), protocol-relative, or a fragment. */
  public static boolean isExternal(String s) {
    if (s.startsWith("//") || s.startsWith("#")) {
      return true;
    }
    // a scheme: a letter, then letters, digits, + . -, then a colon (no regex: called for every link)
    if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ':') {
        return true;
      }
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
        return false;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
