package dev.gazette.feeds;

import dev.gazette.model.Article;
import java.util.List;

/**
 * One feed to write: the site's, a channel's or a tag's.
 *
 * @param dir the decoded site path of the folder the feed files go in: {@code ""} or {@code news/}
 * @param kind what it follows: {@code home} (the whole site), {@code channel}, {@code tag}, {@code topic}
 * @param name the channel's or tag's name, the topic's title, the site's title for {@code home}
 * @param title the feed title
 * @param pageUrl the absolute URL of the page the feed belongs to
 * @param items newest first, at most {@code feed.items}
 */
public record FeedSpec(String dir, String kind, String name, String title, String pageUrl, String description, List<Article> items) {
  public FeedSpec {
    items = List.copyOf(items);
  }
}
