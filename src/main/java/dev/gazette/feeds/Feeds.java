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
import dev.gazette.render.TemplateRenderer;
import dev.gazette.render.ViewModels;
import java.util.ArrayList;
import java.util.List;

/** Every feed of the site: the site's, one per channel, tag and topic, in each configured format. */
public final class Feeds {
  private Feeds() {}

  public static List<FeedSpec> specs(Site site) {
    SiteConfig c = site.config();
    var out = new ArrayList<FeedSpec>();
    out.add(home(site));
    for (var channel : c.channelsById().values()) {
      out.add(channel(site, channel.id()));
    }
    for (var tag : c.writes(PageKind.TAGS) ? site.tags().values() : List.<Site.Term>of()) {
      out.add(tag(c, tag));
    }
    for (var topic : c.writes(PageKind.TOPICS) ? site.topics().values() : List.<Site.Topic>of()) {
      out.add(topic(c, topic));
    }
    return out;
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
    out.add(home(site));
    for (String id : a.channel().lineage()) {
      out.add(channel(site, id));
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
          out.add(tag(c, tag));
        }
      }
    }
    return out;
  }

  private static FeedSpec home(Site site) {
    SiteConfig c = site.config();
    return spec(c, "", "home", c.title(), c.title(), c.title() + " 最新文章", site.articles());
  }

  private static FeedSpec channel(Site site, String id) {
    SiteConfig c = site.config();
    var channel = c.channelsById().get(id);
    return spec(c, Permalinks.channel(id), "channel", channel.name(), c.title() + " - " + channel.name(),
        channel.name() + " 最新文章", site.byChannel().get(id));
  }

  private static FeedSpec tag(SiteConfig c, Site.Term tag) {
    return spec(c, Permalinks.tag(tag.name()), "tag", tag.name(), c.title() + " - " + tag.name(), "标签：" + tag.name(),
        tag.articles());
  }

  private static FeedSpec topic(SiteConfig c, Site.Topic topic) {
    String title = topic.page().title();
    return spec(c, Permalinks.topic(topic.id()), "topic", title, c.title() + " - " + title, "专题：" + title, topic.articles());
  }

  private static FeedSpec spec(SiteConfig c, String dir, String kind, String name, String title, String description,
      List<Article> all) {
    var items = all.subList(0, Math.min(c.feed().items(), all.size()));
    return new FeedSpec(dir, kind, name, title, c.baseUrl().abs(UrlPaths.encode(dir)), description, items);
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

  /** The path of one feed's file in one format. */
  public static String file(FeedSpec spec, FeedFormat format, SiteConfig config) {
    return spec.dir() + config.feed().file(format);
  }

  /**
   * The file of one feed in one format: written by the theme's template for the format when it has
   * one ({@link ThemeFeed}), else by Gazette.
   */
  public static OutputFile render(FeedSpec spec, FeedFormat format, SiteConfig config, PhotoSet photos,
      TemplateRenderer templates, ViewModels views) {
    String text = themed(format, templates) ? ThemeFeed.render(spec, format, config, templates, views) : switch (format) {
      case RSS -> RssFeed.render(spec, config, photos);
      case ATOM -> AtomFeed.render(spec, config, photos);
      case JSON -> JsonFeed.render(spec, config, photos);
    };
    return OutputFile.text(file(spec, format, config), text, "feed");
  }

  /** Whether the theme writes this format itself. */
  public static boolean themed(FeedFormat format, TemplateRenderer templates) {
    return format.template() != null && templates.has(format.template());
  }
}
