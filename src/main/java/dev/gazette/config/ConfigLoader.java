package dev.gazette.config;

import dev.gazette.diag.DidYouMean;
import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.Diagnostics;
import dev.gazette.diag.SiteException;
import dev.gazette.diag.StrictUtf8;
import dev.gazette.yaml.YamlMap;
import dev.gazette.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads {@code site-config.yml} into a {@link SiteConfig}, reporting every problem at once. */
public final class ConfigLoader {
  public static final String FILE = "site-config.yml";

  /**
   * The keys of site-config.yml, of its {@code feed:} and {@code paginate:} maps and of a channel:
   * the loader accepts these and nothing else, and {@code site-config.schema.json} (the JSON
   * Schema shipped for editors) lists exactly these, which a test holds.
   */
  public static final Set<String> KEYS =
      Collections.unmodifiableSet(new LinkedHashSet<>(List.of("title", "baseUrl", "language", "timezone", "theme", "paginate",
          "summaryLength", "feed", "search", "permalink", "channels", "maxArticleSize", "disableKinds",
          "tagline", "description", "logo", "requireEditor", "topics", "images")));
  public static final Set<String> IMAGE_KEYS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of("widths", "quality", "maxPixels")));
  public static final Set<String> FEED_KEYS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of("items", "formats", "files")));
  public static final Set<String> PAGINATE_KEYS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of("size", "stable")));
  public static final Set<String> CHANNEL_KEYS = ChannelTreeLoader.CHANNEL_KEYS;
  static final Set<String> PERMALINK_TOKENS =
      new LinkedHashSet<>(List.of("channel", "yyyy", "MM", "dd", "slug"));

  private static final Pattern THEME_NAME = Pattern.compile("[\\p{L}\\p{N}._-]+");
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(KB|MB|GB|B)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern FEED_FILE = Pattern.compile("[\\p{L}\\p{N}._-]+");
  private static final Pattern TOKEN = Pattern.compile("\\{([^}]*)}");
  static final long DEFAULT_MAX_ARTICLE_BYTES = 10L * 1024 * 1024;

  private ConfigLoader() {}

  /** Loads and validates the config of the site in {@code siteDir}. */
  public static SiteConfig load(Path siteDir) {
    Path file = siteDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new SiteException(Diagnostic.error(FILE, 0, 0, "no " + FILE + " in " + siteDir.toAbsolutePath().normalize(),
          "run the command in a site folder, pass --site DIR, or start a site with: gazette init DIR"));
    }
    String text;
    try {
      text = StrictUtf8.decode(Files.readAllBytes(file), FILE);
    } catch (IOException e) {
      throw new SiteException(Diagnostic.error(FILE, 0, 0, "cannot read: " + e.getMessage(), "check the file's permissions"));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return parse(text, siteDir);
  }

  /**
   * The theme built into Gazette: a site without a {@code themes/default} folder uses it (and
   * {@code gazette init} copies it into a new site).
   */
  public static final String BUILTIN_THEME = "default";

  /** Validates config text; {@code siteDir} is used to check that the theme exists. */
  public static SiteConfig parse(String text, Path siteDir) {
    var diagnostics = new Diagnostics();
    Node root = YamlReader.compose(text, FILE, 1).orElse(null);
    if (root == null) {
      throw new SiteException(Diagnostic.error(FILE, 1, 1, "the file is empty", "it needs at least title, baseUrl and channels"));
    }
    YamlMap map = YamlMap.of(root, FILE, 1, diagnostics, "site-config.yml",
        "write one setting per line: title: ..., baseUrl: ..., then channels:").orElse(null);
    diagnostics.throwIfErrors();
    map.rejectUnknown(KEYS, "key");

    String title = required(map, "title");
    BaseUrl baseUrl = null;
    String base = required(map, "baseUrl");
    if (base != null) {
      try {
        baseUrl = BaseUrl.parse(base);
      } catch (IllegalArgumentException e) {
        map.errorAt("baseUrl", "baseUrl \"" + base + "\" " + e.getMessage(), "write an absolute URL such as https://www.example.com/ or https://host/portal/");
      }
    }
    String language = map.string("language").orElse("zh-CN");
    var tag = Language.canonical(language);
    if (tag.isPresent()) {
      language = tag.get();
    } else {
      map.errorAt("language", "language \"" + language + "\" is not a language tag", Language.hint(language));
      language = "zh-CN";
    }
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    var tz = map.string("timezone");
    if (tz.isPresent()) {
      try {
        zone = ZoneId.of(tz.get().trim());
      } catch (DateTimeException e) {
        map.errorAt("timezone", "unknown timezone \"" + tz.get() + "\"", zoneHint(tz.get().trim()));
      }
    }
    String theme = map.string("theme").orElse("default");
    int paginate = 20;
    boolean stablePages = false;
    if (map.node("paginate").filter(n -> n instanceof ScalarNode).isPresent()) {
      paginate = map.integer("paginate", 1, 1000).orElse(20);
    } else {
      var paged = map.map("paginate");
      if (paged.isPresent()) {
        paged.get().rejectUnknown(PAGINATE_KEYS, "paginate key");
        paginate = paged.get().integer("size", 1, 1000).orElse(20);
        stablePages = paged.get().bool("stable").orElse(false);
      }
    }
    int summaryLength = map.integer("summaryLength", 10, 10_000).orElse(120);
    FeedConfig feed = feed(map);
    boolean search = map.bool("search").orElse(false);
    String permalink = map.string("permalink").orElse("/{channel}/{yyyy}/{MM}/{slug}/");
    checkPermalink(map, permalink);
    long maxBytes = maxArticleSize(map);
    List<Channel> channels = ChannelTreeLoader.channels(map);
    Set<PageKind> disabled = disableKinds(map);
    var identity = new SiteConfig.Identity(map.string("tagline").map(String::strip).orElse(""),
        map.string("description").map(String::strip).orElse(""),
        map.string("logo").map(String::strip).filter(s -> !s.isEmpty()).orElse(null));
    boolean requireEditor = map.bool("requireEditor").orElse(false);
    var navTopics = new ArrayList<String>();
    for (String id : map.stringList("topics")) {
      String t = id.strip();
      if (!t.matches("[\\p{L}\\p{N}._-]+") || t.startsWith(".")) {
        map.errorAtItem("topics", id, "topic id \"" + id + "\" is not a topic's slug", "write the slug of a topic page, such as topics: [metro-line-8]");
      } else if (!navTopics.contains(t)) {
        navTopics.add(t);
      }
    }

    if (!THEME_NAME.matcher(theme).matches() || theme.equals(".") || theme.equals("..")) {
      map.errorAt("theme", "theme \"" + theme + "\" must be the name of a folder under themes/",
          "write theme: default, or the folder name of another theme (letters, digits, . _ -)");
      theme = "default";
    } else if (siteDir != null && !Files.isDirectory(siteDir.resolve("themes").resolve(theme).resolve("templates"))
        && !Files.isRegularFile(siteDir.resolve("themes").resolve(theme).resolve("theme.yml"))
        && !(theme.equals(BUILTIN_THEME) && !Files.exists(siteDir.resolve("themes").resolve(theme)))) {
      var known = new ArrayList<String>();
      try (var s = Files.list(siteDir.resolve("themes"))) {
        s.filter(Files::isDirectory).forEach(p -> known.add(p.getFileName().toString()));
      } catch (IOException e) {
        // no themes folder: nothing to suggest
      }
      map.errorAt("theme", "theme \"" + theme + "\" not found: no folder themes/" + theme + "/templates",
          known.isEmpty() ? "create the theme, or run gazette init in a new folder to get the default theme"
              : hintOr(DidYouMean.hint(theme, known), "themes here: " + String.join(", ", known)));
    }
    ImageConfig images = images(map);
    diagnostics.throwIfErrors();
    return new SiteConfig(title, baseUrl, language, zone, theme, paginate, stablePages, summaryLength, feed,
        search, permalink, channels, maxBytes, disabled, identity, requireEditor, navTopics, images);
  }

  /** A close zone id, a zone named after the city typed, or the usual example. */
  private static String zoneHint(String typed) {
    String close = DidYouMean.hint(typed, ZoneId.getAvailableZoneIds());
    if (!close.isEmpty()) {
      return close;
    }
    String city = "/" + typed.replace(' ', '_').toLowerCase(Locale.ROOT);
    return ZoneId.getAvailableZoneIds().stream().sorted()
        .filter(z -> z.toLowerCase(Locale.ROOT).endsWith(city)).findFirst()
        .map(z -> "did you mean \"" + z + "\"?")
        .orElse("use an IANA time zone id such as Asia/Shanghai (China has one zone: Asia/Shanghai)");
  }

  private static String hintOr(String a, String b) {
    return a.isEmpty() ? b : a;
  }

  private static String required(YamlMap map, String key) {
    var v = map.string(key);
    if (v.isPresent() && !v.get().isBlank()) {
      return v.get().trim();
    }
    boolean wrongType = map.node(key).filter(n -> !(n instanceof ScalarNode)).isPresent();
    if (!wrongType) {
      var at = map.keyNode(key);
      String example = key.equals("baseUrl") ? "baseUrl: https://www.example.com/" : key + ": 苏州都市网";
      map.diagnostics().error(FILE, at.map(map::line).orElse(1), at.map(map::col).orElse(1),
          at.isPresent() ? "\"" + key + "\" is empty" : "missing required key \"" + key + "\"",
          "add a line " + example);
    }
    return null;
  }

  /** {@code images: {widths: [320, 640], quality: 82, maxPixels: 100000000}}; each key has the default's value when absent. */
  private static ImageConfig images(YamlMap map) {
    var images = map.map("images");
    if (images.isEmpty()) {
      return ImageConfig.DEFAULT;
    }
    var m = images.get();
    m.rejectUnknown(IMAGE_KEYS, "images key");
    var widths = new ArrayList<Integer>();
    for (String w : m.has("widths") ? m.stringList("widths") : List.<String>of()) {
      try {
        int v = Integer.parseInt(w.strip());
        if (v >= 16 && v <= 10_000) {
          widths.add(v);
          continue;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      m.errorAtItem("widths", w, "image width \"" + w + "\" must be a whole number of pixels from 16 to 10000",
          "write for example widths: [320, 640, 960, 1280, 1600]");
    }
    if (m.has("widths") && widths.isEmpty()) {
      m.errorAt("widths", "images widths is empty", "write for example widths: [320, 640, 960, 1280, 1600]");
      widths.addAll(ImageConfig.DEFAULT.widths());
    }
    int quality = m.integer("quality", 1, 100).orElse(ImageConfig.DEFAULT.quality());
    long maxPixels = ImageConfig.DEFAULT.maxPixels();
    var limit = m.string("maxPixels");
    if (limit.isPresent()) {
      try {
        maxPixels = Long.parseLong(limit.get().strip().replace("_", ""));
      } catch (NumberFormatException e) {
        maxPixels = -1;
      }
      if (maxPixels < 1) {
        m.errorAt("maxPixels", "\"maxPixels\" must be a positive whole number, not \"" + limit.get() + "\"",
            "write for example maxPixels: 100000000 (100 megapixels)");
        maxPixels = ImageConfig.DEFAULT.maxPixels();
      }
    }
    return new ImageConfig(widths.isEmpty() ? ImageConfig.DEFAULT.widths() : widths, quality, maxPixels);
  }

  private static FeedConfig feed(YamlMap map) {
    var feed = map.map("feed");
    if (feed.isEmpty()) {
      return new FeedConfig(50, List.of(FeedFormat.RSS), Map.of());
    }
    var f = feed.get();
    f.rejectUnknown(FEED_KEYS, "feed key");
    int items = f.integer("items", 1, 10_000).orElse(50);
    List<String> formats = f.has("formats") ? f.stringList("formats") : List.of("rss");
    var clean = new ArrayList<FeedFormat>();
    for (String fmt : formats) {
      var x = FeedFormat.of(fmt);
      if (x.isEmpty()) {
        f.errorAtItem("formats", fmt, "unknown feed format \"" + fmt + "\"", "use rss, atom or json");
      } else if (!clean.contains(x.get())) {
        clean.add(x.get());
      }
    }
    if (clean.isEmpty()) {
      if (f.has("formats") && formats.isEmpty()) {
        f.errorAt("formats", "feed formats is empty", "write formats: [rss] (or atom, json)");
      }
      clean.add(FeedFormat.RSS);
    }
    var files = new EnumMap<FeedFormat, String>(FeedFormat.class);
    f.map("files").ifPresent(names -> {
      for (String key : names.keys()) {
        var fmt = FeedFormat.of(key);
        String name = names.string(key).orElse("").trim();
        if (fmt.isEmpty()) {
          names.errorAt(key, "unknown feed format \"" + key + "\"", "use rss, atom or json");
        } else if (!FEED_FILE.matcher(name).matches() || name.equals(".") || name.equals("..")) {
          names.errorAt(key, "feed file name \"" + name + "\" must be one file name such as index.xml",
              "letters, digits, . _ - and no folders");
        } else {
          files.put(fmt.get(), name);
        }
      }
    });
    if (new java.util.HashSet<>(clean.stream().map(x -> files.getOrDefault(x, x.defaultFile())).toList()).size() < clean.size()) {
      f.errorAt("files", "two feed formats would write the same file", "give each format its own file name");
    }
    return new FeedConfig(items, clean, files);
  }

  private static Set<PageKind> disableKinds(YamlMap map) {
    var out = EnumSet.noneOf(PageKind.class);
    if (!map.has("disableKinds")) {
      return out;
    }
    for (String id : map.stringList("disableKinds")) {
      var kind = PageKind.of(id);
      if (kind.isEmpty()) {
        var known = java.util.Arrays.stream(PageKind.values()).map(PageKind::id).toList();
        map.errorAtItem("disableKinds", id, "unknown kind \"" + id + "\" in disableKinds",
            hintOr(DidYouMean.hint(id, known), "kinds: " + String.join(", ", known)));
      } else {
        out.add(kind.get());
      }
    }
    return out;
  }

  private static void checkPermalink(YamlMap map, String permalink) {
    if (!permalink.startsWith("/") || !permalink.endsWith("/")) {
      map.errorAt("permalink", "permalink must start and end with /", "for example \"/{channel}/{yyyy}/{MM}/{slug}/\"");
    }
    if (!permalink.contains("{slug}")) {
      map.errorAt("permalink", "permalink must contain {slug}", "for example \"/{channel}/{yyyy}/{MM}/{slug}/\"");
    }
    for (String segment : permalink.split("/")) {
      if (segment.equals(".") || segment.equals("..")) {
        map.errorAt("permalink", "permalink must not contain a segment \"" + segment + "\"",
            "every URL stays below the site; for example \"/{channel}/{yyyy}/{MM}/{slug}/\"");
      }
    }
    if (permalink.chars().anyMatch(c -> c == '\\' || c == '?' || c == '#' || Character.isISOControl(c))) {
      map.errorAt("permalink", "permalink must not contain \\, ?, # or control characters",
          "for example \"/{channel}/{yyyy}/{MM}/{slug}/\"");
    }
    Matcher m = TOKEN.matcher(permalink);
    while (m.find()) {
      if (!PERMALINK_TOKENS.contains(m.group(1))) {
        map.errorAt("permalink", "unknown permalink token {" + m.group(1) + "}",
            hintOr(DidYouMean.hint(m.group(1), PERMALINK_TOKENS), "tokens: {channel} {yyyy} {MM} {dd} {slug}"));
      }
    }
  }

  private static long maxArticleSize(YamlMap map) {
    var v = map.string("maxArticleSize");
    if (v.isEmpty()) {
      return DEFAULT_MAX_ARTICLE_BYTES;
    }
    Matcher m = SIZE.matcher(v.get().trim());
    if (!m.matches() || m.group(1).length() > 6 || Long.parseLong(m.group(1)) == 0) {
      map.errorAt("maxArticleSize", "maxArticleSize \"" + v.get() + "\" is not a size from 1KB to 1GB",
          "write for example 10MB or 512KB");
      return DEFAULT_MAX_ARTICLE_BYTES;
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
    long bytes = switch (unit) {
      case "KB" -> n * 1024;
      case "MB" -> n * 1024 * 1024;
      case "GB" -> n * 1024 * 1024 * 1024;
      default -> n;
    };
    if (bytes < 1024 || bytes > 1024L * 1024 * 1024) {
      map.errorAt("maxArticleSize", "maxArticleSize \"" + v.get() + "\" is not a size from 1KB to 1GB",
          "write for example 10MB or 512KB");
      return DEFAULT_MAX_ARTICLE_BYTES;
    }
    return bytes;
  }


}
