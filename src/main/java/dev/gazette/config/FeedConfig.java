package dev.gazette.config;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * @param items how many of the newest articles a feed lists
 * @param formats the formats written, in config order; the first is the one pages link to
 * @param files file names that replace a format's default ({@code feed: {files: {rss: index.xml}}})
 */
public record FeedConfig(int items, List<FeedFormat> formats, Map<FeedFormat, String> files) {
  public FeedConfig {
    formats = List.copyOf(formats);
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("at least one feed format");
    }
    // an EnumMap keeps a fixed order (Map.copyOf would not), so fingerprints are stable
    files = files.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(files));
  }

  public boolean has(FeedFormat format) {
    return formats.contains(format);
  }

  /** The file name of a format's feeds: {@code rss.xml} unless the config names another. */
  public String file(FeedFormat format) {
    return files.getOrDefault(format, format.defaultFile());
  }

  /** The format pages link to (the first configured). */
  public FeedFormat primary() {
    return formats.get(0);
  }
}
