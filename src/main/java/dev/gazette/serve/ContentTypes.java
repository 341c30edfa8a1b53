package dev.gazette.serve;

import java.util.Locale;
import java.util.Map;

/** The Content-Type of a served file, by extension; text types always say charset=utf-8. */
final class ContentTypes {
  static final String HTML = "text/html; charset=utf-8";
  private static final String UTF8 = "; charset=utf-8";
  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("html", HTML),
      Map.entry("htm", HTML),
      Map.entry("xml", "application/xml" + UTF8),
      Map.entry("xsl", "application/xml" + UTF8),
      Map.entry("css", "text/css" + UTF8),
      Map.entry("js", "text/javascript" + UTF8),
      Map.entry("mjs", "text/javascript" + UTF8),
      Map.entry("json", "application/json" + UTF8),
      Map.entry("map", "application/json" + UTF8),
      Map.entry("webmanifest", "application/manifest+json" + UTF8),
      Map.entry("txt", "text/plain" + UTF8),
      Map.entry("md", "text/plain" + UTF8),
      Map.entry("csv", "text/csv" + UTF8),
      Map.entry("svg", "image/svg+xml" + UTF8),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("avif", "image/avif"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("woff", "font/woff"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("ttf", "font/ttf"),
      Map.entry("otf", "font/otf"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("zip", "application/zip"),
      Map.entry("mp3", "audio/mpeg"),
      Map.entry("mp4", "video/mp4"),
      Map.entry("webm", "video/webm"));

  private ContentTypes() {}

  /** @param path a snapshot key such as {@code news/index.html} */
  static String of(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return BY_EXTENSION.getOrDefault(ext, "application/octet-stream");
  }

  static boolean isHtml(String contentType) {
    return contentType.equals(HTML);
  }
}
