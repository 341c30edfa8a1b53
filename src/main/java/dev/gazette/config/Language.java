package dev.gazette.config;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The site's {@code language}: a BCP 47 tag ({@code zh-CN}, {@code zh-Hant-HK}, {@code en}), as
 * HTML's {@code lang}, the feeds and the sitemaps need it. {@code zh_CN}, Java's and gettext's
 * spelling, is not one: pages would declare a language no browser or crawler knows.
 */
public final class Language {
  private Language() {}

  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
  private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());

  /**
   * The tag in its canonical case ({@code zh-cn} is {@code zh-CN}), or empty when it is not one:
   * well-formed, with an ISO 639 language (two letters known, or three) and, when it has one, an
   * ISO 3166 or UN M.49 region. {@code Chinese} is well-formed (a 5 to 8 letter subtag is
   * reserved for registration), but no such language exists.
   */
  static Optional<String> canonical(String written) {
    String s = written.strip();
    Locale l = Locale.forLanguageTag(s);
    String tag = l.toLanguageTag();
    String language = l.getLanguage();
    String region = l.getCountry();
    boolean known = language.length() == 2 ? LANGUAGES.contains(language) : language.length() == 3;
    boolean place = region.isEmpty() || region.length() == 3 || REGIONS.contains(region);
    return known && place && tag.equalsIgnoreCase(s) ? Optional.of(tag) : Optional.empty();
  }

  /** What to write instead of a value that is not a tag. */
  static String hint(String written) {
    var dashed = canonical(written.strip().replace('_', '-'));
    if (dashed.isPresent()) {
      return "write language: " + dashed.get() + " (a language tag joins its parts with -)";
    }
    String lower = written.toLowerCase(Locale.ROOT);
    if (lower.contains("中文") || lower.contains("汉") || lower.contains("chinese") || lower.contains("简体")) {
      return "write language: zh-CN (simplified Chinese) or zh-TW / zh-HK (traditional)";
    }
    return "write a language tag such as zh-CN, zh-TW or en";
  }

  /**
   * Open Graph's {@code og:locale}, {@code language_TERRITORY}: the tag's region, or for Chinese
   * without one the region its script is written in ({@code zh-Hant} is {@code zh_TW}, {@code zh}
   * and {@code zh-Hans} {@code zh_CN}); other languages without a region give the language alone.
   */
  public static String ogLocale(String tag) {
    Locale l = Locale.forLanguageTag(tag);
    String region = l.getCountry();
    if (region.isEmpty() && l.getLanguage().equals("zh")) {
      region = l.getScript().equals("Hant") ? "TW" : "CN";
    }
    return region.isEmpty() ? l.getLanguage() : l.getLanguage() + "_" + region;
  }
}
