package dev.gazette.feeds;

import dev.gazette.config.SiteConfig;
import dev.gazette.model.Article;
import dev.gazette.model.UrlPaths;
import dev.gazette.render.PhotoSet;

/** JSON Feed 1.1 ({@code feed.json}), written when {@code feed.formats} has json. */
public final class JsonFeed {
  private JsonFeed() {}

  public static String render(FeedSpec feed, SiteConfig config, PhotoSet photos) {
    var base = config.baseUrl();
    var sb = new StringBuilder(4096 + feed.items().size() * 4096);
    sb.append("{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n")
        .append("  \"title\": ").append(str(feed.title())).append(",\n")
        .append("  \"home_page_url\": ").append(str(feed.pageUrl())).append(",\n")
        .append("  \"feed_url\": ").append(str(base.abs(UrlPaths.encode(feed.dir() + config.feed().file(dev.gazette.config.FeedFormat.JSON))))).append(",\n")
        .append("  \"description\": ").append(str(feed.description())).append(",\n")
        .append("  \"language\": ").append(str(config.language())).append(",\n")
        .append("  \"items\": [");
    String sep = "\n";
    for (Article a : feed.items()) {
      String link = base.abs(UrlPaths.encode(a.path()));
      sb.append(sep).append("    {\n")
          .append("      \"id\": ").append(str(link)).append(",\n")
          .append("      \"url\": ").append(str(link)).append(",\n")
          .append("      \"title\": ").append(str(a.title())).append(",\n")
          .append("      \"summary\": ").append(str(a.teaser())).append(",\n")
          .append("      \"content_html\": ").append(str(FeedContent.html(a, base.origin(), link))).append(",\n")
          .append("      \"date_published\": ").append(str(FeedDates.rfc3339(a.date())));
      if (!a.lastModified().equals(a.date())) {
        sb.append(",\n      \"date_modified\": ").append(str(FeedDates.rfc3339(a.lastModified())));
      }
      FeedImage image = FeedImage.of(a, base, photos);
      if (image != null) {
        sb.append(",\n      \"image\": ").append(str(image.url()));
      }
      sb.append(",\n      \"authors\": [");
      for (int i = 0; i < a.authors().size(); i++) {
        sb.append(i == 0 ? "" : ", ").append("{\"name\": ").append(str(a.authors().get(i))).append('}');
      }
      sb.append("],\n      \"tags\": [");
      for (int i = 0; i < a.tags().size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(str(a.tags().get(i)));
      }
      sb.append("]");
      editorial(sb, a);
      sb.append("\n    }");
      sep = ",\n";
    }
    sb.append(feed.items().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return sb.toString();
  }

  /** The editorial fields as the extension {@code _gazette} (JSON Feed: custom keys start with _). */
  private static void editorial(StringBuilder sb, Article a) {
    var e = a.editorial();
    var fields = new java.util.ArrayList<String>();
    if (!e.editors().isEmpty()) {
      fields.add("\"editors\": [" + String.join(", ", e.editors().stream().map(JsonFeed::str).toList()) + "]");
    }
    if (e.originalTitle() != null) {
      fields.add("\"original_title\": " + str(e.originalTitle()));
    }
    if (e.originalAuthor() != null) {
      fields.add("\"original_author\": " + str(e.originalAuthor()));
    }
    if (!e.corrections().isEmpty()) {
      fields.add("\"corrections\": [" + String.join(", ", e.corrections().stream()
          .map(c -> "{\"date\": " + str(FeedDates.rfc3339(c.date())) + ", \"text\": " + str(c.text()) + "}").toList()) + "]");
    }
    if (e.sourceUrl() != null) {
      fields.add("\"source_url\": " + str(e.sourceUrl()));
    }
    if (!fields.isEmpty() && !a.source().isEmpty()) {
      fields.add(0, "\"source\": " + str(a.source()));
    }
    if (!fields.isEmpty()) {
      sb.append(",\n      \"_gazette\": {").append(String.join(", ", fields)).append('}');
    }
  }

  private static String str(String s) {
    return Json.string(s);
  }
}
