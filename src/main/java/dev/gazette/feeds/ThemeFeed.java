package dev.gazette.feeds;

import dev.gazette.config.FeedFormat;
import dev.gazette.config.SiteConfig;
import dev.gazette.model.Article;
import dev.gazette.model.UrlPaths;
import dev.gazette.render.DataModel;
import dev.gazette.render.PageModel;
import dev.gazette.render.TemplateRenderer;
import dev.gazette.render.ViewModels;
import dev.gazette.render.Views;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A feed written by the theme's own template ({@link FeedFormat#template()}: {@code rss.ftlx},
 * {@code atom.ftlx}), as Hugo's {@code rss.xml} layouts and JBake's {@code feed.ftl} let a theme
 * choose what its feeds say. The template sees the globals every page sees, {@code page} (the
 * feed's own URL and title) and {@code feed} ({@link Views.FeedView}): the items with their
 * article as lists show it, their dates in RFC 822 and RFC 3339 and their body with absolute links.
 */
final class ThemeFeed {
  private ThemeFeed() {}

  static String render(FeedSpec spec, FeedFormat format, SiteConfig config, TemplateRenderer templates, ViewModels views) {
    var base = config.baseUrl();
    String path = UrlPaths.encode(Feeds.file(spec, format, config));
    String self = base.abs(path);
    var items = new ArrayList<Views.FeedItemView>(spec.items().size());
    for (Article a : spec.items()) {
      String link = base.abs(UrlPaths.encode(a.path()));
      items.add(new Views.FeedItemView(views.article(a), link, FeedDates.rfc822(a.date()), FeedDates.rfc3339(a.date()),
          FeedDates.rfc822(a.lastModified()), FeedDates.rfc3339(a.lastModified()), FeedContent.html(a, base.origin(), link)));
    }
    ZonedDateTime updated = spec.items().isEmpty() ? null : RssFeed.lastChange(spec);
    var feed = new Views.FeedView(format.id(), spec.kind(), spec.name(), spec.title(), spec.description(), spec.pageUrl(),
        self, updated == null ? null : FeedDates.rfc822(updated), updated == null ? null : FeedDates.rfc3339(updated), List.copyOf(items));
    var page = new Views.PageView("feed", spec.title(), base.rel(path),
        self, spec.description(), null, null, null, List.of(), null);
    return templates.render(format.template(), new DataModel(DataModel.Globals.of(views), new PageModel.Feed(page, feed)));
  }
}
