package dev.gazette.frontmatter;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The validated front matter of one file. For a standalone page ({@code layout: page}) channel,
 * source and authors may be empty and date may be null.
 *
 * @param slug the last URL segment (explicit, or the file name)
 * @param params every field Gazette does not know, for templates
 * @param positions where each field's value stands in the file
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
    boolean page,
    List<String> aliases,
    Map<String, Object> params,
    Map<String, Position> positions) {

  public FrontMatter {
    Objects.requireNonNull(title);
    Objects.requireNonNull(slug);
    channel = channel == null ? "" : channel;
    source = source == null ? "" : source;
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    aliases = List.copyOf(aliases);
    params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    positions = Map.copyOf(positions);
  }

  /** Where a field stands, or the first front-matter line when it is absent. */
  public Position position(String field) {
    return positions.getOrDefault(field, new Position(2, 1));
  }
}
