package dev.gazette.feeds;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the site-relative links of an article body absolute, for feed readers that show the body
 * outside the site: a root-relative link ({@code href="/portal/x/"} becomes {@code
 * href="https://host/portal/x/"}) and a link to a place in the article itself, such as a
 * footnote ({@code href="#fn-1"} becomes {@code href="https://host/portal/a/#fn-1"}): a reader
 * resolves a bare fragment against the feed, or not at all, and feed validators flag it.
 */
final class AbsoluteLinks {
  private static final Pattern ROOT_RELATIVE =
      Pattern.compile("(\\s(?:href|src|poster)\\s*=\\s*)([\"'])/(?!/)");
  private static final Pattern FRAGMENT = Pattern.compile("(\\shref\\s*=\\s*)([\"'])#");

  private AbsoluteLinks() {}

  /**
   * @param origin scheme, host and port without a trailing slash
   * @param pageUrl the article's absolute URL, for links to a fragment of it
   */
  static String of(String html, String origin, String pageUrl) {
    String rooted = ROOT_RELATIVE.matcher(html)
        .replaceAll(r -> Matcher.quoteReplacement(r.group(1) + r.group(2) + origin + "/"));
    return FRAGMENT.matcher(rooted)
        .replaceAll(r -> Matcher.quoteReplacement(r.group(1) + r.group(2) + pageUrl + "#"));
  }
}
