package dev.gazette.markdown;

/** What the Markdown stage needs to know about other content to resolve {@code .md} links. */
public interface ContentLinks {
  /** The outcome of looking up a content file by its site-relative path. */
  sealed interface Target permits Found, NotBuilt, Failed, Missing {}

  /** @param url the root-relative, encoded URL of the article */
  record Found(String url) implements Target {}

  /** The file exists but is not built (draft, future, expired). */
  record NotBuilt(String reason) implements Target {}

  /**
   * The file exists but has errors of its own, reported at that file: a link to it says nothing
   * more (it is neither missing nor a second error to fix).
   */
  record Failed() implements Target {}

  record Missing() implements Target {}

  /** Looks up {@code content/news/a.md}. */
  Target find(String relPath);

  /** A root-relative site path ({@code /images/a.jpg}) as a URL under the base path. */
  String rootUrl(String path);
}
