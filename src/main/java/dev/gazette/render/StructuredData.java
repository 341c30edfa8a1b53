package dev.gazette.render;

import dev.gazette.config.BaseUrl;
import dev.gazette.model.UrlPaths;
import dev.gazette.render.Views.ArticleView;
import dev.gazette.render.Views.LinkView;
import dev.gazette.render.Views.SiteView;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema.org JSON-LD of pages: {@code NewsArticle} and a {@code BreadcrumbList} on article
 * pages, {@code CollectionPage} and a {@code BreadcrumbList} on channel, tag and topic pages,
 * {@code WebSite} with a {@code SearchAction} on the home page of a site with search. Built
 * from the same view records the templates see; every text is escaped for a script element.
 */
final class StructuredData {
  private final SiteView site;
  private final BaseUrl base;
  private final String logo;

  /** @param logo the publisher logo (a site path or URL), or null */
  StructuredData(SiteView site, BaseUrl base, String logo) {
    this.site = site;
    this.base = base;
    this.logo = logo == null ? null : base.abs(UrlPaths.ref(logo));
  }

  /**
   * @param trail the breadcrumb above the article: home first, its channels; the article itself ends it
   * @param images absolute URLs: the lead image, then a gallery's photos (each also an ImageObject
   *     with its caption and credit in {@code associatedMedia})
   */
  String article(ArticleView a, List<LinkView> trail, List<String> images) {
    var news = JsonLd.root("NewsArticle")
        .put("headline", a.title())
        .put("description", a.summary())
        .put("datePublished", a.dateIso())
        .put("dateModified", a.modifiedIso() != null ? a.modifiedIso() : a.dateIso())
        .put("author", people(a.authors()))
        .put("editor", people(a.editors()))
        .put("publisher", publisher())
        .put("image", images.isEmpty() ? null : images)
        .put("associatedMedia", a.gallery().isEmpty() ? null : a.gallery().stream().map(StructuredData::imageObject).toList())
        .put("articleSection", a.channel() == null ? null : a.channel().name())
        .put("keywords", a.tags().stream().map(LinkView::name).toList())
        .put("inLanguage", site.language())
        .put("mainEntityOfPage", JsonLd.of("WebPage").put("@id", a.permalink()))
        .put("url", a.permalink())
        .put("isAccessibleForFree", true)
        .put("isBasedOn", a.originalUrl())
        .put("sourceOrganization", a.source() == null || a.source().isEmpty() ? null
            : JsonLd.of("Organization").put("name", a.source()));
    var corrections = new ArrayList<JsonLd>();
    a.corrections().forEach(c -> corrections.add(JsonLd.of("CorrectionComment").put("text", c.text()).put("datePublished", c.dateIso())));
    news.put("correction", corrections);
    var crumbs = new ArrayList<>(trail);
    crumbs.add(new LinkView(a.title(), a.url()));
    return JsonLd.value(List.of(news, breadcrumb(crumbs)));
  }

  /**
   * The home page: the {@code WebSite}, with a {@code SearchAction} when the site has search
   * (search engines may then show a search box for it); null without search.
   */
  String home() {
    if (site.searchUrl() == null) {
      return null;
    }
    var website = JsonLd.root("WebSite")
        .put("name", site.title())
        .put("url", site.baseUrl())
        .put("inLanguage", site.language())
        .put("publisher", publisher())
        .put("potentialAction", JsonLd.of("SearchAction")
            .put("target", JsonLd.of("EntryPoint").put("urlTemplate", absolute(site.searchUrl()) + "?q={search_term_string}"))
            .put("query-input", "required name=search_term_string"));
    return JsonLd.value(website);
  }

  /** A channel, tag or topic index: {@code trail} runs from home to this page. */
  String collection(String name, String permalink, String description, List<LinkView> trail) {
    var page = JsonLd.root("CollectionPage")
        .put("name", name)
        .put("url", permalink)
        .put("description", description == null || description.isEmpty() ? null : description)
        .put("inLanguage", site.language())
        .put("isPartOf", JsonLd.of("WebSite").put("name", site.title()).put("url", site.baseUrl()))
        .put("publisher", publisher());
    return JsonLd.value(List.of(page, breadcrumb(trail)));
  }

  private JsonLd breadcrumb(List<LinkView> crumbs) {
    var items = new ArrayList<JsonLd>();
    for (int i = 0; i < crumbs.size(); i++) {
      items.add(JsonLd.of("ListItem").put("position", i + 1).put("name", crumbs.get(i).name())
          .put("item", absolute(crumbs.get(i).url())));
    }
    return JsonLd.root("BreadcrumbList").put("itemListElement", items);
  }

  private JsonLd publisher() {
    return JsonLd.of("Organization").put("name", site.title()).put("url", site.baseUrl())
        .put("logo", logo == null ? null : JsonLd.of("ImageObject").put("url", logo));
  }

  /** A gallery photo as an ImageObject: its widest derivative, size, caption and credit. */
  private static JsonLd imageObject(Views.GalleryView g) {
    var o = JsonLd.of("ImageObject");
    if (g.photo() != null) {
      o.put("contentUrl", g.photo().large()).put("width", g.photo().largeWidth()).put("height", g.photo().largeHeight());
    }
    return o.put("caption", g.caption()).put("creditText", g.credit()).put("position", g.number());
  }

  private List<JsonLd> people(List<LinkView> names) {
    var out = new ArrayList<JsonLd>();
    names.forEach(n -> out.add(JsonLd.of("Person").put("name", n.name()).put("url", n.url() == null ? null : absolute(n.url()))));
    return out;
  }

  /** A root-relative URL made absolute. */
  private String absolute(String url) {
    return BaseUrl.isExternal(url) ? url : base.origin() + url;
  }
}
