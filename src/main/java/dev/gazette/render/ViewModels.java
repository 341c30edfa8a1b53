package dev.gazette.render;

import dev.gazette.config.BaseUrl;
import dev.gazette.config.Channel;
import dev.gazette.config.Language;
import dev.gazette.config.PageKind;
import dev.gazette.model.Article;
import dev.gazette.model.ImageSize;
import dev.gazette.model.Permalinks;
import dev.gazette.model.Site;
import dev.gazette.model.UrlPaths;
import dev.gazette.render.Views.ArticleView;
import dev.gazette.render.Views.ChannelView;
import dev.gazette.render.Views.LinkView;
import dev.gazette.render.Views.SiteView;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Builds every view record once; article views are shared by all the lists that show them. */
public final class ViewModels {
  private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd");
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final Site site;
  private final BaseUrl base;
  private final Map<String, ChannelView> channels = new HashMap<>();
  private final Map<String, Cached> articles;
  private final SiteView siteView;
  private final Map<String, ImageSize> images;
  private final PhotoSet photos;

  /**
   * Article views of an earlier build, reused while their article is the same instance and its
   * channel view is unchanged, so unchanged pages get equal models.
   */
  public static final class Cache {
    private final Map<String, Cached> views = new ConcurrentHashMap<>();
  }

  private record Cached(Article article, ArticleView view) {}

  public ViewModels(Site site, int year) {
    this(site, year, new Cache(), Map.of(), new PhotoSet(Map.of(), site.config().baseUrl(), ""));
  }

  /**
   * @param images the sizes of the local lead images, by the path written in front matter
   * @param photos the photos with derivatives
   */
  public ViewModels(Site site, int year, Cache cache, Map<String, ImageSize> images, PhotoSet photos) {
    this.site = site;
    this.images = images;
    this.photos = photos;
    this.articles = cache.views;
    this.base = site.config().baseUrl();
    var top = new ArrayList<ChannelView>();
    for (Channel c : site.config().channels()) {
      top.add(channel(c));
    }
    var pages = site.pages().stream().map(p -> new LinkView(p.title(), url(p.path()))).toList();
    var identity = site.config().site();
    this.siteView = new SiteView(site.config().title(), base.full(), site.config().language(),
        Language.ogLocale(site.config().language()),
        List.copyOf(top), pages, feedUrl(""), site.config().search() ? url(Permalinks.SEARCH) : null, year,
        identity.tagline(), identity.description(), site.config().navTopics().stream().map(this::topic).toList());
  }

  public SiteView site() {
    return siteView;
  }

  public BaseUrl base() {
    return base;
  }

  /** A decoded site path as an encoded root-relative URL under the base path. */
  public String url(String path) {
    return base.rel(UrlPaths.encode(path));
  }

  /** The feed of the folder {@code index} (the site's for {@code ""}), in the format pages link to. */
  public String feedUrl(String index) {
    return url(Permalinks.feed(index, site.config().feed()));
  }

  public String absolute(String path) {
    return base.abs(UrlPaths.encode(path));
  }

  private ChannelView channel(Channel c) {
    var kids = new ArrayList<ChannelView>();
    for (Channel k : c.children()) {
      kids.add(channel(k));
    }
    String path = Permalinks.channel(c.id());
    var view = new ChannelView(c.id(), c.key(), c.name(), url(path), feedUrl(path),
        c.depth(), List.copyOf(kids), c.parentId());
    channels.put(c.id(), view);
    return view;
  }

  /** The link to a topic's page, named with its title. */
  public LinkView topic(String id) {
    var t = site.topics().get(id);
    return new LinkView(t == null ? id : t.page().title(), url(Permalinks.topic(id)));
  }

  /** Feeds of the folder {@code index}, one per configured format, titled {@code name}. */
  public List<Views.FeedLink> feeds(String index, String name) {
    var feed = site.config().feed();
    return feed.formats().stream()
        .map(f -> new Views.FeedLink(f.mediaType(), name, url(index + feed.file(f)))).toList();
  }

  public ChannelView channel(String id) {
    return channels.get(id);
  }

  /** The channels from the top level down to {@code id}. */
  public List<ChannelView> breadcrumb(String id) {
    var out = new ArrayList<ChannelView>();
    for (String cur = id; cur != null; ) {
      ChannelView v = channels.get(cur);
      out.add(0, v);
      cur = v.parentId();
    }
    return List.copyOf(out);
  }

  public ArticleView article(Article a) {
    Cached c = articles.get(a.relPath());
    // the view also shows its channel's view and its topics' titles, which can change while the article does not
    if (c != null && c.article() == a
        && java.util.Objects.equals(c.view().channel(), a.channel() == null ? null : channels.get(a.channel().id()))
        && c.view().topics().equals(a.topics().stream().map(this::topic).toList())
        && java.util.Objects.equals(c.view().imageWidth(), width(a)) && java.util.Objects.equals(c.view().imageHeight(), height(a))
        && c.view().content().photos() == photos) {
      return c.view();
    }
    ArticleView v = build(a);
    articles.put(a.relPath(), new Cached(a, v));
    return v;
  }

  public List<ArticleView> articles(List<Article> list) {
    var out = new ArrayList<ArticleView>(list.size());
    for (Article a : list) {
      out.add(article(a));
    }
    return out;
  }

  private ArticleView build(Article a) {
    var c = site.config();
    var authors = a.authors().stream().map(n -> new LinkView(n, c.writes(PageKind.AUTHORS) ? url(Permalinks.author(n)) : null)).toList();
    var tags = a.tags().stream().map(n -> new LinkView(n, c.writes(PageKind.TAGS) ? url(Permalinks.tag(n)) : null)).toList();
    Views.PhotoView photo = photo(a);
    String image = a.image() == null ? null : photo != null ? photo.src() : base.rel(UrlPaths.ref(a.image()));
    var gallery = gallery(a);
    if (image == null && !gallery.isEmpty()) {
      // a 图集 without a lead image: lists show its first photo
      photo = gallery.get(0).photo();
      image = photo != null ? photo.src() : gallery.get(0).src();
    }
    return new ArticleView(a.title(), url(a.path()), absolute(a.path()),
        a.channel() == null ? null : channels.get(a.channel().id()),
        display(a.date()), iso(a.date()), a.date() == null ? null : DAY.format(a.date()),
        display(a.updated()), iso(a.updated()),
        a.source(), a.source().isEmpty() || !c.writes(PageKind.SOURCES) ? null : url(Permalinks.source(a.source())),
        authors, tags, a.lead(), a.teaser(), image, new Views.Html(a.html(), photos, a.bodyImages()), new Views.Plain(a.html()), a.readingMinutes(), a.charCount(),
        a.headline(), a.params(), editors(a), a.editorial().originalTitle(), a.editorial().originalAuthor(),
        a.editorial().sourceUrl(), corrections(a), a.topics().stream().map(this::topic).toList(),
        display(a.modified()), iso(a.modified()), photo != null ? Integer.valueOf(photo.width()) : width(a),
        photo != null ? Integer.valueOf(photo.height()) : height(a), photo, a.media().imageCaption(), a.media().imageCredit(),
        gallery);
  }

  private List<Views.GalleryView> gallery(Article a) {
    var out = new ArrayList<Views.GalleryView>(a.media().gallery().size());
    for (var g : a.media().gallery()) {
      out.add(new Views.GalleryView(out.size() + 1, base.rel(UrlPaths.ref(g.src())), photos.get(g.src()), g.caption(), g.credit()));
    }
    return List.copyOf(out);
  }

  /** The site's photos (the templates' {@code photo()} helper). */
  public PhotoSet photos() {
    return photos;
  }

  /** The lead image's derivatives when it is a photo, else null. */
  Views.PhotoView photo(Article a) {
    return a.image() == null ? null : photos.get(a.image());
  }

  private Integer width(Article a) {
    Views.PhotoView p = photo(a);
    ImageSize size = a.image() == null ? null : images.get(a.image());
    return p != null ? Integer.valueOf(p.width()) : size == null ? null : size.width();
  }

  private Integer height(Article a) {
    Views.PhotoView p = photo(a);
    ImageSize size = a.image() == null ? null : images.get(a.image());
    return p != null ? Integer.valueOf(p.height()) : size == null ? null : size.height();
  }

  private List<LinkView> editors(Article a) {
    boolean pages = site.config().writes(PageKind.EDITORS);
    return a.editorial().editors().stream().map(n -> new LinkView(n, pages ? url(Permalinks.editor(n)) : null)).toList();
  }

  private static List<Views.CorrectionView> corrections(Article a) {
    return a.editorial().corrections().stream()
        .map(c -> new Views.CorrectionView(display(c.date()), iso(c.date()), c.text())).toList();
  }

  /** {@code 2022-06-26 17:05}, or just the day for a date written without a time (pages and feeds). */
  public static String display(ZonedDateTime t) {
    if (t == null) {
      return null;
    }
    return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? DAY.format(t) : DISPLAY.format(t);
  }

  static String iso(ZonedDateTime t) {
    return t == null ? null : ISO.format(t.withNano(0));
  }
}
