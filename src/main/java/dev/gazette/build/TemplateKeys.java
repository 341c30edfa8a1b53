package dev.gazette.build;

import dev.gazette.render.TemplateRenderer;
import dev.gazette.store.Hashes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a page's fingerprint takes from the theme: the text of the template it is rendered with and
 * of every template that one imports or includes, however deep, so that editing {@code
 * article.ftlh} renders the article pages again and keeps the 74,000 index pages of a
 * 100,000-article archive (editing {@code base.ftlh}, which every page imports, renders them all).
 *
 * <p>Every key also holds the names of all template files of every theme of the chain: adding or
 * removing one (a localized variant such as {@code article_zh_CN.ftlh}, a {@code home.ftlh} the
 * home page now picks, a child theme's override) changes every key. A theme that reaches another
 * template in a way this cannot follow by reading its text (an {@code include} or {@code import} of
 * an expression, {@code .get_optional_template}, a name with {@code *}) makes the pages rendered
 * with it, directly or through imports, depend on every template of the theme, as all pages did
 * before.
 */
final class TemplateKeys implements Function<String, String> {
  /** {@code <#import "x" as y>}, {@code <#include 'x'>}, and the square-bracket syntax. */
  private static final Pattern LOAD = Pattern.compile("[<\\[]#(?:include|import)\\b\\s*(\"([^\"\\\\]*)\"|'([^'\\\\]*)')?");
  private static final Pattern DYNAMIC = Pattern.compile("\\.get_optional_template\\b|\\bget_optional_template\\b");

  private final TemplateRenderer templates;
  private final String listing;
  private final String themeKey;
  private final List<String> suffixes;
  private final Map<String, String> keys = new ConcurrentHashMap<>();

  /**
   * @param listing the names of every template file of the chain
   * @param themeKey the names and bytes of all of them ({@link ThemeChain#key})
   * @param locale the templates' locale: FreeMarker looks up {@code name_zh_CN.ftlh} first
   */
  private TemplateKeys(TemplateRenderer templates, String listing, String themeKey, Locale locale) {
    this.templates = templates;
    this.listing = listing;
    this.themeKey = themeKey;
    var suffixes = new ArrayList<String>();
    for (String l = locale.toString(); !l.isEmpty(); l = l.contains("_") ? l.substring(0, l.lastIndexOf('_')) : "") {
      suffixes.add("_" + l);
    }
    suffixes.add("");
    this.suffixes = List.copyOf(suffixes);
  }

  /** @param templates the renderer of {@code theme}'s templates, which reads them */
  static TemplateKeys of(ThemeChain theme, TemplateRenderer templates, String themeKey, Locale locale) {
    return new TemplateKeys(templates, names(theme), themeKey, locale);
  }

  /** The key of top-level template {@code name}; for a name that is no template (a feed), the listing's. */
  @Override
  public String apply(String name) {
    return keys.computeIfAbsent(name, this::closure);
  }

  private String closure(String name) {
    var texts = new TreeMap<String, String>();
    var todo = new ArrayDeque<String>();
    todo.add(name);
    while (!todo.isEmpty()) {
      String next = todo.poll();
      for (String variant : variants(next)) {
        if (texts.containsKey(variant)) {
          continue;
        }
        String text = read(variant);
        if (text == null) {
          continue;
        }
        texts.put(variant, text);
        if (DYNAMIC.matcher(text).find()) {
          return themeKey;
        }
        Matcher m = LOAD.matcher(text);
        while (m.find()) {
          String target = m.group(2) != null ? m.group(2) : m.group(3);
          if (target == null || target.contains("*") || target.contains("://")) {
            // it may reach any template: the whole theme
            return themeKey;
          }
          todo.add(resolve(variant, target));
        }
      }
    }
    MessageDigest md = Hashes.digest();
    update(md, listing);
    texts.forEach((n, t) -> {
      update(md, n);
      update(md, t);
    });
    return Hashes.hex(md.digest());
  }

  /** The names FreeMarker tries for {@code name} with this locale, most specific first. */
  private List<String> variants(String name) {
    int dot = name.lastIndexOf('.');
    int slash = name.lastIndexOf('/');
    if (dot <= slash) {
      return List.of(name);
    }
    var out = new ArrayList<String>(suffixes.size());
    for (String s : suffixes) {
      out.add(name.substring(0, dot) + s + name.substring(dot));
    }
    return out;
  }

  /** {@code target} as named in template {@code from}: relative to its folder unless it starts with /. */
  static String resolve(String from, String target) {
    String base = target.startsWith("/") ? "" : from.contains("/") ? from.substring(0, from.lastIndexOf('/') + 1) : "";
    var parts = new ArrayDeque<String>();
    for (String p : (base + target).split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        parts.pollLast();
      } else {
        parts.add(p);
      }
    }
    return String.join("/", parts);
  }

  /** The text of the first theme's {@code name}, or null when no theme of the chain has it. */
  private String read(String name) {
    try {
      return templates.text(name);
    } catch (IOException e) {
      // unreadable: the key must still change when it can be read again
      return "unreadable " + System.nanoTime();
    }
  }

  /** Every theme's name with the names of its template files (the built-in theme's are Gazette's own). */
  private static String names(ThemeChain theme) {
    var sb = new StringBuilder();
    for (ThemeChain.Layer l : theme.layers()) {
      sb.append(l.name()).append('=');
      if (l.builtin()) {
        sb.append("built-in;");
        continue;
      }
      Path dir = l.dir().resolve("templates");
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.walk(dir)) {
          s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
              .forEach(n -> sb.append(n).append(','));
        } catch (IOException e) {
          sb.append("unreadable ").append(System.nanoTime());
        }
      }
      sb.append(';');
    }
    return sb.toString();
  }

  private static void update(MessageDigest md, String s) {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    md.update((byte) (b.length >>> 24));
    md.update((byte) (b.length >>> 16));
    md.update((byte) (b.length >>> 8));
    md.update((byte) b.length);
    md.update(b);
  }
}
