package dev.gazette.feeds;

import dev.gazette.config.BaseUrl;
import dev.gazette.config.FeedFormat;
import dev.gazette.config.PageKind;
import dev.gazette.config.SiteConfig;
import dev.gazette.model.Article;
import dev.gazette.model.Permalinks;
import dev.gazette.model.Site;
import dev.gazette.model.UrlPaths;
import dev.gazette.output.OutputFile;
import dev.gazette.render.PhotoSet;
import java.util.ArrayList;
import java.util.List;

/** Every feed of the site: the site's, one per channel, tag and topic, in each configured format. */
public final class Feeds {
  private Feeds() {}

  public static List<FeedSpec> specs(Site site) {
    SiteConfig c = site.config();
    var out = new ArrayList<FeedSpec>();
    out.add(spec(c, "", c.title(), c.title() + " 最新文章", site.articles()));
    for (var channel : c.channelsById().values()) {
      String dir = Permalinks.channel(channel.id());
      out.add(spec(c, dir, c.title() + " - " + channel.name(), channel.name() + " 最新文章", site.byChannel().get(channel.id())));
    }
    for (var tag : c.writes(PageKind.TAGS) ? site.tags().values() : List.<Site.Term>of()) {
      String dir = Permalinks.tag(tag.name());
      out.add(spec(c, dir, c.title() + " - " + tag.name(), "标签：" + tag.name(), tag.articles()));
    }
    for (var topic : c.writes(PageKind.TOPICS) ? site.topics().values() : List.<Site.Topic>of()) {
      out.add(topic(c, topic));
    }
    return out;
  }

  private static FeedSpec topic(SiteConfig c, Site.Topic topic) {
    return spec(c, Permalinks.topic(topic.id()), c.title() + " - " + topic.page().title(), "专题：" + topic.page().title(),
        topic.articles());
  }

  /**
   * The feeds that can list {@code a}: the site's, its channel's and its parents', its tags'. When
   * the site's structure is unchanged, only these can differ from the last build.
   */
  public static List<FeedSpec> specsShowing(Site site, Article a) {
    SiteConfig c = site.config();
    var out = new ArrayList<FeedSpec>();
    if (a.page()) {
      return out;
    }
    out.add(spec(c, "", c.title(), c.title() + " 最新文章", site.articles()));
    for (String id : a.channel().lineage()) {
      var channel = c.channelsById().get(id);
      out.add(spec(c, Permalinks.channel(id), c.title() + " - " + channel.name(), channel.name() + " 最新文章", site.byChannel().get(id)));
    }
    if (c.writes(PageKind.TOPICS)) {
      for (String id : a.topics()) {
        out.add(topic(c, site.topics().get(id)));
      }
    }
    if (c.writes(PageKind.TAGS)) {
      for (String name : a.tags()) {
        var tag = site.tags().get(Permalinks.key(name));
        if (tag != null) {
          out.add(spec(c, Permalinks.tag(tag.name()), c.title() + " - " + tag.name(), "标签：" + tag.name(), tag.articles()));
        }
      }
    }
    return out;
  }

  private static FeedSpec spec(SiteConfig c, String dir, String title, String description, List<Article> all) {
    var items = all.subList(0, Math.min(c.feed().items(), all.size()));
    return new FeedSpec(dir, title, c.baseUrl().abs(UrlPaths.encode(dir)), description, items);
  }

  /** The absolute URL of an article's lead image: a site path is encoded and put under the base. */
  static String imageUrl(BaseUrl base, String image) {
    return base.abs(UrlPaths.ref(image));
  }

  /** The media type of an image, from its file extension; empty when unknown. */
  static String imageType(String url) {
    String path = url.replaceAll("[?#].*$", "").toLowerCase(java.util.Locale.ROOT);
    String ext = path.substring(path.lastIndexOf('.') + 1);
    return switch (ext) {
      case "jpg", "jpeg" -> "image/jpeg";
      case "png" -> "image/png";
      case "gif" -> "image/gif";
      case "webp" -> "image/webp";
      case "avif" -> "image/avif";
      case "svg" -> "image/svg+xml";
      default -> "";
    };
  }

  /** The paths of one feed's files, one per format in {@code feed.formats}. */
  public static List<String> files(FeedSpec spec, SiteConfig config) {
    return config.feed().formats().stream().map(f -> spec.dir() + config.feed().file(f)).toList();
  }

  /** The files of one feed, one per format in {@code feed.formats}. */
  public static List<OutputFile> render(FeedSpec spec, SiteConfig config, PhotoSet photos) {
    var out = new ArrayList<OutputFile>(3);
    for (FeedFormat format : config.feed().formats()) {
      String text = switch (format) {
        case RSS -> RssFeed.render(spec, config, photos);
        case ATOM -> AtomFeed.render(spec, config, photos);
        case JSON -> JsonFeed.render(spec, config, photos);
      };
      out.add(OutputFile.text(spec.dir() + config.feed().file(format), text, "feed"));
    }
    return out;
  }
}
