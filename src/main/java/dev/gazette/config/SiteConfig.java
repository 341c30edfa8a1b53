package dev.gazette.config;

import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
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
 * @param stablePages archive pages numbered from the oldest ({@code paginate: {stable: true}})
 * @param disabled kinds of output switched off with {@code disableKinds}
 * @param site what the site says of itself: tagline, description, publisher logo
 * @param requireEditor a missing {@code editor} (责任编辑) is an error
 * @param navTopics ids of the topics (专题) linked from the channel bar, in order
 */
public record SiteConfig(
    String title,
    BaseUrl baseUrl,
    String language,
    ZoneId timezone,
    String theme,
    int paginate,
    boolean stablePages,
    int summaryLength,
    FeedConfig feed,
    boolean search,
    String permalink,
    List<Channel> channels,
    long maxArticleBytes,
    Set<PageKind> disabled,
    Identity site,
    boolean requireEditor,
    List<String> navTopics,
    ImageConfig images) {

  public SiteConfig {
    Objects.requireNonNull(title);
    Objects.requireNonNull(baseUrl);
    Objects.requireNonNull(timezone);
    channels = List.copyOf(channels);
    Objects.requireNonNull(site);
    navTopics = List.copyOf(navTopics);
    Objects.requireNonNull(images);
    disabled = disabled.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(disabled));
  }

  /**
   * What the site says of itself, shown by themes and in meta tags and structured data.
   *
   * @param tagline the slogan under the site title, or ""
   * @param description the home page's meta description, or ""
   * @param logo the publisher logo (a site path or URL) for structured data, or null
   */
  public record Identity(String tagline, String description, String logo) {
    public static final Identity NONE = new Identity("", "", null);

    public Identity {
      Objects.requireNonNull(tagline);
      Objects.requireNonNull(description);
    }
  }

  /** Whether the site writes this kind of output ({@code disableKinds} switches kinds off). */
  public boolean writes(PageKind kind) {
    return !disabled.contains(kind);
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
    return new SiteConfig(title, url, language, timezone, theme, paginate, stablePages, summaryLength, feed,
        search, permalink, channels, maxArticleBytes, disabled, site, requireEditor, navTopics, images);
  }
}
