package dev.gazette.render;

import dev.gazette.config.PageKind;
import dev.gazette.model.Article;
import dev.gazette.model.Permalinks;
import dev.gazette.model.Site;
import dev.gazette.render.Views.ArticleView;
import dev.gazette.render.Views.BlockView;
import dev.gazette.render.Views.ChannelView;
import dev.gazette.render.Views.LinkView;
import dev.gazette.render.Views.PageLink;
import dev.gazette.render.Views.PageView;
import dev.gazette.render.Views.PaginatorView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every HTML page of the site as a {@link PageJob}: home, indexes, articles, pages, 404. A page's
 * model is the {@link PageModel} record of its kind beside the build's {@link DataModel.Globals}.
 */
public final class PagePlan {
  static final int NOT_FOUND_LATEST = 10;

  private final Site site;
  private final ViewModels views;
  private final TemplateRenderer templates;
  private final DataModel.Globals globals;
  private final StructuredData structured;
  /** The articles' tokens for page signatures, or null: no page is signed. */
  private final PageSignature.Tokens tokens;

  /** A plan without signatures: every page is {@link PageSignature#NONE}. */
  public PagePlan(Site site, ViewModels views, TemplateRenderer templates) {
    this(site, views, templates, null);
  }

  /**
   * @param tokens the articles' tokens: every page but home, 404 and search gets a {@link
   *     PageSignature}; null for none
   */
  public PagePlan(Site site, ViewModels views, TemplateRenderer templates, PageSignature.Tokens tokens) {
    this.site = site;
    this.views = views;
    this.templates = templates;
    this.tokens = tokens;
    this.structured = new StructuredData(views.site(), views.base(), site.config().site().logo());
    this.globals = DataModel.Globals.of(views);
  }

  public List<PageJob> all() {
    var jobs = new ArrayList<PageJob>();
    jobs.add(home());
    for (var id : site.byChannel().keySet()) {
      jobs.addAll(channel(id));
    }
    // in parallel: an article's signature looks up six others (100,000 of them in a large archive)
    String template = articleTemplate();
    jobs.addAll(site.articles().parallelStream().map(a -> article(a, template)).toList());
    for (Article p : site.pages()) {
      jobs.add(page(p));
    }
    site.tags().values().forEach(t -> jobs.addAll(term("tag", Permalinks.tag(t.name()), t)));
    site.authors().values().forEach(t -> jobs.addAll(term("author", Permalinks.author(t.name()), t)));
    site.sources().values().forEach(t -> jobs.addAll(term("source", Permalinks.source(t.name()), t)));
    site.editors().values().forEach(t -> jobs.addAll(term("editor", Permalinks.editor(t.name()), t)));
    site.topics().values().forEach(t -> jobs.addAll(topic(t)));
    jobs.addAll(notFound());
    if (site.config().search()) {
      jobs.add(search());
    }
    return jobs;
  }

  /** The site search page ({@code search: true}); the theme's script reads search/index.json. */
  public PageJob search() {
    String path = Permalinks.SEARCH;
    return new PageJob("search", path, templates.pick(List.of("search.ftlh")), () -> {
      PageView page = view("search", "站内搜索", path, site.config().title() + " 站内搜索", "", "", null, null, null);
      return model(new PageModel.SearchPage(page, views.url(path + "index.json")));
    }, "the search page", PageSignature.NONE);
  }

  public PageJob home() {
    return new PageJob("home", "", templates.pick(List.of("home.ftlh", "list.ftlh")), this::homeModel, "the home page",
        PageSignature.NONE);
  }

  private DataModel homeModel() {
    var blocks = new ArrayList<BlockView>();
    for (var c : views.site().channels()) {
      var block = site.homeBlock(c.id());
      if (!block.isEmpty()) {
        blocks.add(new BlockView(c, views.articles(block)));
      }
    }
    var latest = site.firstPage(site.articles());
    String description = site.config().site().description();
    PageView page = view("home", site.config().title(), "", description.isEmpty() ? site.config().title() : description,
        "", "", null, null, structured.home());
    return model(new PageModel.Home(page, views.articles(site.headlines()), views.articles(latest), blocks));
  }

  public List<PageJob> channel(String id) {
    return channel(id, null);
  }

  /** The index pages of a channel; with {@code shown}, only the page that lists that article. */
  public List<PageJob> channel(String id, Article shown) {
    ChannelView c = views.channel(id);
    String index = Permalinks.channel(id);
    String template = templates.pick(List.of("channel.ftlh", "list.ftlh"));
    var out = new ArrayList<PageJob>();
    paginate(site.byChannel().get(id), index, shown, () -> sign(CHANNEL), (paginator, path, signature) -> out.add(new PageJob("channel", path, template, () -> {
      var crumbs = views.breadcrumb(id);
      String description = site.config().title() + " " + c.name();
      var trail = new ArrayList<LinkView>(List.of(homeCrumb()));
      crumbs.forEach(x -> trail.add(new LinkView(x.name(), x.url())));
      PageView page = view("channel", c.name(), path, description,
          c.id().contains("/") ? c.id().substring(0, c.id().indexOf('/')) : c.id(), index, c.name(), null,
          structured.collection(c.name(), views.absolute(path), description, trail));
      return model(new PageModel.ChannelIndex(page, c, crumbs, paginator.get()));
    }, "the index of channel " + id, signature)));
    return out;
  }

  public PageJob article(Article a) {
    return article(a, articleTemplate());
  }

  private String articleTemplate() {
    return templates.pick(List.of("article.ftlh"));
  }

  private PageJob article(Article a, String template) {
    PageSignature signature = PageSignature.NONE;
    if (tokens != null) {
      // what articleModel shows: the article, its neighbours and its related articles
      var n = site.neighboursOf(a);
      signature = sign(ARTICLE).add(a).add(n.prev()).add(n.next()).add(n.related()).done();
    }
    return new PageJob("article", a.path(), template, () -> articleModel(a), a.relPath(), signature);
  }

  private DataModel articleModel(Article a) {
    ArticleView v = views.article(a);
    var n = site.neighboursOf(a);
    var crumbs = views.breadcrumb(a.channel().id());
    var trail = new ArrayList<LinkView>(List.of(homeCrumb()));
    crumbs.forEach(x -> trail.add(new LinkView(x.name(), x.url())));
    PageView page = view("article", a.title(), a.path(), a.teaser(), a.channel().topId(),
        Permalinks.channel(a.channel().id()), v.channel().name(), image(a), structured.article(v, trail, images(a)));
    ArticleView prev = n.prev() == null ? null : views.article(n.prev());
    ArticleView next = n.next() == null ? null : views.article(n.next());
    return model(new PageModel.ArticlePage(page, v, crumbs, prev, next, views.articles(n.related())));
  }

  public PageJob page(Article p) {
    return new PageJob("page", p.path(), templates.pick(List.of("page.ftlh", "article.ftlh")), () -> {
      PageView page = view("page", p.title(), p.path(), p.teaser(), "", "", null, image(p), null);
      return model(new PageModel.StandalonePage(page, views.article(p)));
    }, p.relPath(), tokens == null ? PageSignature.NONE : sign(PAGE).add(p).done());
  }

  public List<PageJob> term(String kind, String index, Site.Term term) {
    return term(kind, index, term, null);
  }

  /** The index pages of a tag, reporter or source; with {@code shown}, only the one listing it. */
  public List<PageJob> term(String kind, String index, Site.Term term, Article shown) {
    PageKind pages = switch (kind) {
      case "tag" -> PageKind.TAGS;
      case "author" -> PageKind.AUTHORS;
      case "editor" -> PageKind.EDITORS;
      default -> PageKind.SOURCES;
    };
    if (!site.config().writes(pages)) {
      return List.of();
    }
    String template = templates.pick(List.of(kind + ".ftlh", "list.ftlh"));
    boolean tag = kind.equals("tag");
    var out = new ArrayList<PageJob>();
    paginate(term.articles(), index, shown, () -> sign(TERM).add(kind).add(term.name()),
        (paginator, path, signature) -> out.add(new PageJob(kind, path, template, () -> {
      String description = site.config().title() + " " + term.name();
      PageView page = view(kind, term.name(), path, description, "", tag ? index : "", tag ? term.name() : null, null,
          tag ? structured.collection(term.name(), views.absolute(path), description,
              List.of(homeCrumb(), new LinkView(term.name(), views.url(path)))) : null);
      return model(new PageModel.TermIndex(page, term.name(), paginator.get()));
    }, "the " + kind + " index " + term.name(), signature)));
    return out;
  }

  /** The 404 page; none when {@code disableKinds} has 404. */
  public List<PageJob> notFound() {
    if (!site.config().writes(PageKind.NOT_FOUND)) {
      return List.of();
    }
    return List.of(new PageJob("404", "404.html", templates.pick(List.of("404.ftlh")), () -> {
      PageView page = view("404", "页面未找到", "404.html", "", "", "", null, null, null);
      return model(new PageModel.NotFound(page,
          views.articles(site.articles().subList(0, Math.min(NOT_FOUND_LATEST, site.articles().size())))));
    }, "the 404 page", PageSignature.NONE));
  }

  public List<PageJob> topic(Site.Topic topic) {
    return topic(topic, null);
  }

  /**
   * The pages of a special topic (专题): its intro and image from its own file, then its articles,
   * newest first and paginated; with {@code shown}, only the page that lists that article.
   */
  public List<PageJob> topic(Site.Topic topic, Article shown) {
    if (!site.config().writes(PageKind.TOPICS)) {
      return List.of();
    }
    String index = Permalinks.topic(topic.id());
    String template = templates.pick(List.of("topic.ftlh", "list.ftlh"));
    Article p = topic.page();
    var out = new ArrayList<PageJob>();
    paginate(topic.articles(), index, shown, () -> sign(TOPIC).add(p),
        (paginator, path, signature) -> out.add(new PageJob("topic", path, template, () -> {
      ArticleView v = views.article(p);
      PageView page = view("topic", p.title(), path, p.teaser(), "", index, p.title(), image(p),
          structured.collection(p.title(), views.absolute(path), p.teaser(),
              List.of(homeCrumb(), new LinkView(p.title(), views.url(index)))));
      return model(new PageModel.TopicPage(page, v, paginator.get()));
    }, p.relPath(), signature)));
    return out;
  }

  /**
   * A page's view; its feeds are those of the folder {@code feedIndex}, titled "site · feedName"
   * (the site's own feed, titled with the site name, when {@code feedName} is null).
   */
  private PageView view(String kind, String title, String path, String description, String section,
      String feedIndex, String feedName, String image, String jsonLd) {
    String siteTitle = site.config().title();
    String feedTitle = feedName == null ? siteTitle : siteTitle + " · " + feedName;
    return new PageView(kind, title, views.url(path), views.absolute(path), description, section,
        views.feedUrl(feedName == null ? "" : feedIndex), image, views.feeds(feedName == null ? "" : feedIndex, feedTitle), jsonLd);
  }

  private LinkView homeCrumb() {
    return new LinkView("首页", views.url(""));
  }

  /**
   * Receives each page of a list: its paginator (made when the page is rendered), its path and its
   * signature.
   */
  private interface PageSink {
    void accept(Supplier<PaginatorView> paginator, String path, PageSignature signature);
  }

  private static final int CHANNEL = 1;
  private static final int ARTICLE = 2;
  private static final int PAGE = 3;
  private static final int TERM = 4;
  private static final int TOPIC = 5;

  private PageSignature.Builder sign(int kind) {
    return new PageSignature.Builder(tokens, kind);
  }

  /**
   * A list page's signature: what the page shows besides the list ({@code page}, null when pages
   * are not signed), then what its paginator reads, which the caller names in {@code parts}.
   */
  private PageSignature signature(Supplier<PageSignature.Builder> page, List<Article> items, long... parts) {
    if (tokens == null) {
      return PageSignature.NONE;
    }
    var b = page.get();
    for (long p : parts) {
      b.add(p);
    }
    return b.add(items).done();
  }

  /**
   * Splits a list into pages of {@code paginate}; an empty list still gets its first page. With
   * {@code shown}, only the pages that list that article. {@code page} starts the signature of each
   * page with what its model shows besides the list.
   */
  private void paginate(List<Article> list, String index, Article shown, Supplier<PageSignature.Builder> page,
      PageSink sink) {
    if (site.config().stablePages()) {
      stablePages(list, index, shown, page, sink);
      return;
    }
    int size = site.config().paginate();
    int total = Math.max(1, (list.size() + size - 1) / size);
    int first = 1;
    int last = total;
    if (shown != null) {
      int at = indexOf(list, shown);
      if (at < 0) {
        return;
      }
      first = last = at / size + 1;
    }
    // The URLs of all pages, made once (by the first page rendered) and shared by every page.
    var urls = new java.util.concurrent.atomic.AtomicReference<List<String>>();
    Supplier<List<String>> allUrls = () -> urls.updateAndGet(u -> u != null ? u
        : java.util.stream.IntStream.rangeClosed(1, total).mapToObj(q -> views.url(Permalinks.paged(index, q))).toList());
    for (int p = first; p <= last; p++) {
      final int current = p;
      var slice = list.subList((current - 1) * size, Math.min(list.size(), current * size));
      sink.accept(() -> {
        var items = views.articles(slice);
        var pages = allUrls.get();
        return new PaginatorView(items, current, total, list.size(),
            current > 1 ? pages.get(current - 2) : null, current < total ? pages.get(current) : null,
            pages.get(0), pages.get(total - 1), new PageLinks(pages, current), false);
      }, Permalinks.paged(index, p), signature(page, slice, current, list.size()));
    }
  }

  /**
   * Stable archive pages ({@code paginate: {stable: true}}): the index shows the newest {@code
   * size} articles; archive page n ({@code page/n/}) holds the n-th {@code size} articles counted
   * from the oldest, newest first within the page. A new article then changes the index and the
   * newest archive page only; the older pages keep their bytes, so a CDN keeps them cached. Their
   * paginator links only their neighbours (no totals, which would change with every article).
   */
  private void stablePages(List<Article> list, String index, Article shown, Supplier<PageSignature.Builder> page,
      PageSink sink) {
    int size = site.config().paginate();
    int n = list.size();
    int archives = (n + size - 1) / size;
    int at = shown == null ? -1 : indexOf(list, shown);
    if (shown != null && at < 0) {
      return;
    }
    // list is newest first: oldest-first position of list[i] is n - 1 - i
    if (shown == null || at < size) {
      var newest = site.firstPage(list);
      sink.accept(() -> {
        var links = new ArrayList<PageLink>(archives);
        for (int p = archives; p >= 1; p--) {
          links.add(new PageLink(p, views.url(Permalinks.numbered(index, p)), false));
        }
        int olderChunk = n > size ? (n - size - 1) / size + 1 : 0;
        return new PaginatorView(views.articles(newest), 0, archives, n, null,
            olderChunk > 0 ? views.url(Permalinks.numbered(index, olderChunk)) : null, views.url(index),
            archives > 0 ? views.url(Permalinks.numbered(index, 1)) : views.url(index), List.copyOf(links), true);
      }, index, signature(page, newest, n));
    }
    if (n <= size) {
      return;
    }
    int from = shown == null ? 1 : (n - 1 - at) / size + 1;
    int to = shown == null ? archives : from;
    for (int p = from; p <= to; p++) {
      final int number = p;
      int oldest = (number - 1) * size;
      int newest = Math.min(n, number * size) - 1;
      var slice = list.subList(n - 1 - newest, n - oldest);
      sink.accept(() -> {
        var items = views.articles(slice);
        String newer = number < archives ? views.url(Permalinks.numbered(index, number + 1)) : views.url(index);
        String older = number > 1 ? views.url(Permalinks.numbered(index, number - 1)) : null;
        return new PaginatorView(items, number, 0, 0, newer, older, views.url(index), views.url(Permalinks.numbered(index, 1)),
            List.of(), true);
      }, Permalinks.numbered(index, p), signature(page, slice, number, number < archives ? 1 : 0));
    }
  }

  private static int indexOf(List<Article> list, Article a) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == a) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The absolute URL for Open Graph: a photo's widest derivative, else the image as written; a
   * 图集 without a lead image gives its first photo.
   */
  private String image(Article a) {
    String written = a.image() != null ? a.image() : a.gallery() ? a.media().gallery().get(0).src() : null;
    Views.PhotoView photo = written == null ? null : views.photos().get(written);
    return written == null ? null : photo != null ? photo.large() : views.base().abs(dev.gazette.model.UrlPaths.ref(written));
  }

  /** JSON-LD's images: the lead image, then every photo of the gallery, absolute. */
  private List<String> images(Article a) {
    var out = new ArrayList<String>();
    String lead = image(a);
    if (lead != null) {
      out.add(lead);
    }
    for (var g : a.media().gallery()) {
      Views.PhotoView photo = views.photos().get(g.src());
      String url = photo != null ? photo.large() : views.base().abs(dev.gazette.model.UrlPaths.ref(g.src()));
      if (!out.contains(url)) {
        out.add(url);
      }
    }
    return out;
  }

  private DataModel model(PageModel kind) {
    return new DataModel(globals, kind);
  }
}
