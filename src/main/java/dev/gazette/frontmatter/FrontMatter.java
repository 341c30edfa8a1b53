package dev.gazette.frontmatter;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The validated front matter of one file. For a standalone page or a topic ({@code layout: page},
 * {@code layout: topic}) channel, source and authors may be empty and date may be null.
 *
 * @param topics the ids of the topics (专题) an article joins
 * @param slug the last URL segment (explicit, or the file name)
 * @param params every field Gazette does not know, for templates
 * @param positions where each field's value stands in the file
 * @param media the lead image's caption and credit, and the gallery (图集)
 */
public record FrontMatter(
    String title,
    String channel,
    ZonedDateTime date,
    String source,
    List<String> authors,
    String summary,
    List<String> tags,
    String image,
    String slug,
    ZonedDateTime updated,
    boolean headline,
    boolean draft,
    ZonedDateTime expires,
    Layout layout,
    List<String> aliases,
    Editorial editorial,
    List<String> topics,
    Map<String, Object> params,
    Map<String, Position> positions,
    Media media) {

  public FrontMatter {
    Objects.requireNonNull(title);
    Objects.requireNonNull(slug);
    channel = channel == null ? "" : channel;
    source = source == null ? "" : source;
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(layout);
    editorial = editorial == null ? Editorial.NONE : editorial;
    topics = List.copyOf(topics);
    params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    positions = Map.copyOf(positions);
    media = media == null ? Media.NONE : media;
  }

  /** Whether the file stands outside the channels: a page or a topic. */
  public boolean page() {
    return layout.standalone();
  }

  /** Where a field stands, or the first front-matter line when it is absent. */
  public Position position(String field) {
    return positions.getOrDefault(field, new Position(2, 1));
  }
}
