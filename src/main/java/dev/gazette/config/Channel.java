package dev.gazette.config;

import java.util.List;
import java.util.Objects;

/**
 * One channel of the nav tree.
 *
 * @param id the full id, {@code news/suzhou}; also its URL path
 * @param key the last segment of the id, {@code suzhou}
 * @param parentId the parent's full id, or null for a top-level channel
 * @param depth 0 for a top-level channel
 */
public record Channel(
    String id, String key, String name, String parentId, int depth, List<Channel> children) {
  public Channel {
    Objects.requireNonNull(id);
    Objects.requireNonNull(key);
    Objects.requireNonNull(name);
    children = List.copyOf(children);
  }

  /** This channel's id and its parents', nearest first: {@code news/suzhou}, {@code news}. */
  public List<String> lineage() {
    var out = new java.util.ArrayList<String>(depth + 1);
    for (String id = this.id; ; id = id.substring(0, id.lastIndexOf('/'))) {
      out.add(id);
      if (id.indexOf('/') < 0) {
        return out;
      }
    }
  }

  /** The id of the top-level channel this one belongs to. */
  public String topId() {
    int slash = id.indexOf('/');
    return slash < 0 ? id : id.substring(0, slash);
  }
}
