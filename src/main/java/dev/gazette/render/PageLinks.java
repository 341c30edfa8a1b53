package dev.gazette.render;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;

/**
 * A paginator's {@code pages}: the links of every page of one list, with the current one marked.
 * All pages of a list share one list of URLs, so a channel of 1,500 pages does not make (and
 * fingerprint) 1,500 × 1,500 links.
 */
public final class PageLinks extends AbstractList<Views.PageLink> {
  private final List<String> urls;
  private final int current;

  /** @param urls the URL of page 1, 2, ...; shared by every page of the list */
  PageLinks(List<String> urls, int current) {
    this.urls = urls;
    this.current = current;
  }

  @Override
  public Views.PageLink get(int index) {
    return new Views.PageLink(index + 1, urls.get(index), index + 1 == current);
  }

  @Override
  public int size() {
    return urls.size();
  }

  /** The shared URLs (for fingerprints: the same instance on every page of the list). */
  List<String> urls() {
    return urls;
  }

  int current() {
    return current;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PageLinks p ? p.current == current && p.urls.equals(urls) : super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(urls, current);
  }
}
