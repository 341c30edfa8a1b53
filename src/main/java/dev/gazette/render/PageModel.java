package dev.gazette.render;

import dev.gazette.render.Views.ArticleView;
import dev.gazette.render.Views.BlockView;
import dev.gazette.render.Views.ChannelView;
import dev.gazette.render.Views.PageView;
import dev.gazette.render.Views.PaginatorView;
import java.util.List;
import java.util.Objects;

/**
 * What one kind of page shows its template, besides the {@link DataModel.Globals} every page
 * sees: one record per page kind, each component a template variable of that name (README.md,
 * "Theme guide", the per-kind table). A null component is missing to the template, as {@code
 * prev} is on the oldest article of a channel.
 */
public sealed interface PageModel {
  /** The page itself: its kind, title, URLs, feeds, structured data. */
  PageView page();

  /** {@code /}: the top stories, the newest articles, a block per top-level channel. */
  record Home(PageView page, List<ArticleView> headlines, List<ArticleView> latest, List<BlockView> blocks)
      implements PageModel {
    public Home {
      Objects.requireNonNull(page);
      headlines = List.copyOf(headlines);
      latest = List.copyOf(latest);
      blocks = List.copyOf(blocks);
    }
  }

  /** One page of a channel's index. */
  record ChannelIndex(PageView page, ChannelView channel, List<ChannelView> breadcrumb, PaginatorView paginator)
      implements PageModel {
    public ChannelIndex {
      Objects.requireNonNull(page);
      Objects.requireNonNull(channel);
      breadcrumb = List.copyOf(breadcrumb);
      Objects.requireNonNull(paginator);
    }
  }

  /** An article; {@code prev} / {@code next} are null at the ends of its channel. */
  record ArticlePage(PageView page, ArticleView article, List<ChannelView> breadcrumb, ArticleView prev,
      ArticleView next, List<ArticleView> related) implements PageModel {
    public ArticlePage {
      Objects.requireNonNull(page);
      Objects.requireNonNull(article);
      breadcrumb = List.copyOf(breadcrumb);
      related = List.copyOf(related);
    }
  }

  /** A standalone page ({@code layout: page}). */
  record StandalonePage(PageView page, ArticleView article) implements PageModel {
    public StandalonePage {
      Objects.requireNonNull(page);
      Objects.requireNonNull(article);
    }
  }

  /** One page of a tag's, reporter's, source's or editor's index ({@code page.kind} tells which). */
  record TermIndex(PageView page, String term, PaginatorView paginator) implements PageModel {
    public TermIndex {
      Objects.requireNonNull(page);
      Objects.requireNonNull(term);
      Objects.requireNonNull(paginator);
    }
  }

  /** One page of a special topic (专题): the topic's own article (its intro), then its articles. */
  record TopicPage(PageView page, ArticleView topic, PaginatorView paginator) implements PageModel {
    public TopicPage {
      Objects.requireNonNull(page);
      Objects.requireNonNull(topic);
      Objects.requireNonNull(paginator);
    }
  }

  /** {@code /404.html}. */
  record NotFound(PageView page, List<ArticleView> latest) implements PageModel {
    public NotFound {
      Objects.requireNonNull(page);
      latest = List.copyOf(latest);
    }
  }

  /** {@code /search/}; {@code indexUrl} is the manifest the theme's script reads. */
  record SearchPage(PageView page, String indexUrl) implements PageModel {
    public SearchPage {
      Objects.requireNonNull(page);
      Objects.requireNonNull(indexUrl);
    }
  }

  /** A feed file written by the theme ({@code rss.ftlx}, {@code atom.ftlx}); {@code page.url} is the feed's. */
  record Feed(PageView page, Views.FeedView feed) implements PageModel {
    public Feed {
      Objects.requireNonNull(page);
      Objects.requireNonNull(feed);
    }
  }
}
