package dev.gazette.config;

import java.util.List;

/**
 * @param items how many of the newest articles a feed lists
 * @param formats among {@code rss}, {@code atom}, {@code json}
 */
public record FeedConfig(int items, List<String> formats) {
  public static final List<String> KNOWN_FORMATS = List.of("rss", "atom", "json");

  public FeedConfig {
    formats = List.copyOf(formats);
  }

  public boolean has(String format) {
    return formats.contains(format);
  }
}
