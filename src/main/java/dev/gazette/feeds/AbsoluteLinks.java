package dev.gazette.feeds;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the root-relative links of an article body absolute, for feed readers that show the body
 * outside the site ({@code href="/portal/x/"} becomes {@code href="https://host/portal/x/"}).
 */
final class AbsoluteLinks {
  private static final Pattern ROOT_RELATIVE =
      Pattern.compile("(\\s(?:href|src|poster)\\s*=\\s*)([\"'])/(?!/)");

  private AbsoluteLinks() {}

  /** @param origin scheme, host and port without a trailing slash */
  static String of(String html, String origin) {
    Matcher m = ROOT_RELATIVE.matcher(html);
    return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + r.group(2) + origin + "/"));
  }
}
