package dev.gazette.render;

import dev.gazette.store.StoredText;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import java.util.Map;

/**
 * The records templates see (the data model documented in README.md, "Theme guide"). They are
 * built in one place, {@link ViewModels}, from the domain records; templates never see the domain itself.
 */
public final class Views {
  private Views() {}

  public record SiteView(String title, String baseUrl, String language, List<ChannelView> channels,
      List<LinkView> pages, String feedUrl, String searchUrl, int year) {}

  public record PageView(String kind, String title, String url, String permalink,
      String description, String section, String feedUrl, String image) {}

  public record ChannelView(String id, String key, String name, String url, String feedUrl,
      int depth, List<ChannelView> children, String parentId) {}

  public record LinkView(String name, String url) {}

  public record ArticleView(String title, String url, String permalink, ChannelView channel,
      String date, String dateIso, String day, String updated, String updatedIso, String source,
      String sourceUrl, List<LinkView> authors, List<LinkView> tags, String lead, String summary,
      String image, Html content, int readingMinutes, int charCount, boolean headline,
      Map<String, Object> params) {}

  /**
   * An article body for templates: a string ({@code ${article.content?no_esc}}) read from the
   * pack only when a template prints it, so index pages never load bodies.
   */
  public record Html(StoredText stored) implements TemplateScalarModel {
    @Override
    public String getAsString() {
      return stored.text();
    }
  }

  public record PageLink(int number, String url, boolean current) {}

  public record PaginatorView(List<ArticleView> items, int pageNumber, int totalPages,
      int totalItems, String prevUrl, String nextUrl, String firstUrl, String lastUrl,
      List<PageLink> pages, boolean stable) {}

  public record BlockView(ChannelView channel, List<ArticleView> articles) {}
}
