package dev.gazette.feeds;

import dev.gazette.model.Article;
import dev.gazette.model.Permalinks;
import dev.gazette.model.Site;
import dev.gazette.model.UrlPaths;
import dev.gazette.output.OutputFile;
import java.time.format.DateTimeFormatter;

/**
 * {@code search/index.json} for the site search ({@code search: true}): one entry per article,
 * newest first, with what a reader searches and sees in a result. Chinese needs no word
 * segmentation for this: the page's script matches substrings of title, teaser, tags and source.
 */
public final class SearchIndex {
  public static final String FILE = Permalinks.SEARCH + "index.json";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd");

  private SearchIndex() {}

  public static OutputFile render(Site site) {
    var base = site.config().baseUrl();
    var sb = new StringBuilder(256 + site.articles().size() * 320).append('[');
    String sep = "\n";
    for (Article a : site.articles()) {
      sb.append(sep).append("{\"t\":").append(Json.string(a.title()))
          .append(",\"u\":").append(Json.string(base.rel(UrlPaths.encode(a.path()))))
          .append(",\"d\":").append(Json.string(DAY.format(a.date())))
          .append(",\"c\":").append(Json.string(a.channel().name()))
          .append(",\"s\":").append(Json.string(a.teaser()))
          .append(",\"k\":").append(Json.string(String.join(" ", a.tags())))
          .append(",\"o\":").append(Json.string(a.source()))
          .append('}');
      sep = ",\n";
    }
    return OutputFile.text(FILE, sb.append("\n]\n").toString(), "search index");
  }
}
