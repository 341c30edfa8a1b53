package dev.gazette.config;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The validated {@code site-config.yml}.
 *
 * @param channels the top-level channels, in nav order
 * @param maxArticleBytes articles larger than this are an error
 */
public record SiteConfig(
    String title,
    BaseUrl baseUrl,
    String language,
    ZoneId timezone,
    String theme,
    int paginate,
    int summaryLength,
    FeedConfig feed,
    boolean search,
    String permalink,
    List<Channel> channels,
    long maxArticleBytes) {

  public SiteConfig {
    Objects.requireNonNull(title);
    Objects.requireNonNull(baseUrl);
    Objects.requireNonNull(timezone);
    channels = List.copyOf(channels);
  }

  /** Every channel, parents before their children, in nav order, by full id. */
  public Map<String, Channel> channelsById() {
    var out = new LinkedHashMap<String, Channel>();
    collect(channels, out);
    return out;
  }

  private static void collect(List<Channel> cs, Map<String, Channel> out) {
    for (Channel c : cs) {
      out.put(c.id(), c);
      collect(c.children(), out);
    }
  }

  public Optional<Channel> channel(String id) {
    return Optional.ofNullable(channelsById().get(id));
  }

  public SiteConfig withBaseUrl(BaseUrl url) {
    return new SiteConfig(title, url, language, timezone, theme, paginate, summaryLength, feed,
        search, permalink, channels, maxArticleBytes);
  }
}
