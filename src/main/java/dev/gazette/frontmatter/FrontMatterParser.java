package dev.gazette.frontmatter;

import dev.gazette.config.SiteConfig;
import dev.gazette.diag.DidYouMean;
import dev.gazette.diag.Diagnostics;
import dev.gazette.diag.SiteException;
import dev.gazette.source.SourceFile;
import dev.gazette.yaml.YamlMap;
import dev.gazette.yaml.YamlReader;
import java.time.DateTimeException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/** Turns a content file into a {@link ParsedDocument}: a pure function of the file's text. */
public final class FrontMatterParser {
  static final List<String> REQUIRED = List.of("title", "channel", "date", "source", "author");

  private final SiteConfig config;
  private final Set<String> channelIds;

  public FrontMatterParser(SiteConfig config) {
    this.config = config;
    this.channelIds = config.channelsById().keySet();
  }

  /**
   * Parses one file; every problem is reported to {@code diagnostics}.
   *
   * @return the document, or empty when it has errors
   */
  public Optional<ParsedDocument> parse(SourceFile file, Diagnostics diagnostics) {
    var local = new Diagnostics();
    try {
      var split = FrontMatterSplitter.split(file);
      Node root = YamlReader.compose(split.yaml(), file.relPath(), split.yamlLine()).orElse(null);
      if (root == null) {
        local.error(file.relPath(), 1, 1, "front matter is empty", FrontMatterSplitter.HINT);
      } else {
        local.addAll(YamlReader.cutByComments(root, split.yaml(), file.relPath(), split.yamlLine()));
        var map = YamlMap.of(root, file.relPath(), split.yamlLine(), local, "front matter");
        if (map.isPresent()) {
          FrontMatter fm = fields(file, map.get(), split);
          if (!local.hasErrors()) {
            diagnostics.addAll(local.sorted());
            return Optional.of(new ParsedDocument(file, fm, split.body(), split.bodyLine()));
          }
        }
      }
    } catch (SiteException e) {
      local.addAll(e.diagnostics());
    }
    diagnostics.addAll(local.sorted());
    return Optional.empty();
  }

  private FrontMatter fields(SourceFile file, YamlMap m, FrontMatterSplitter.Split split) {
    String layoutName = m.string("layout").map(String::strip).orElse("article");
    Layout layout = Layout.of(layoutName).orElse(Layout.ARTICLE);
    if (Layout.of(layoutName).isEmpty()) {
      m.errorAt("layout", "unknown layout \"" + layoutName + "\"",
          "use layout: page for a standalone page, layout: topic for a special topic (专题), or leave it out for an article");
    }
    boolean page = layout.standalone();
    for (String key : REQUIRED) {
      if (page && !key.equals("title")) {
        continue;
      }
      if (!m.has(key)) {
        var at = m.keyNode(key);
        boolean comment = at.isPresent() && afterKey(split.yaml(), m.line(at.get()) - split.yamlLine()).startsWith("#");
        m.diagnostics().error(file.relPath(), at.map(m::line).orElse(1), at.map(m::col).orElse(1),
            (at.isPresent() ? "\"" + key + "\" is empty" : "missing required field \"" + key + "\""),
            comment ? "a # after the colon starts a comment in YAML: quote the value, " + key + ": \"#1 ...\""
                : requiredHint(key));
      }
    }
    List<String> editors = names(m, "editor");
    Bylines.check(m, "editor", editors);
    if (!page && config.requireEditor() && editors.isEmpty()) {
      var at = m.keyNode("editor");
      m.diagnostics().error(file.relPath(), at.map(m::line).orElse(1), at.map(m::col).orElse(1),
          at.isPresent() ? "\"editor\" is empty" : "missing field \"editor\" (requireEditor: true in site-config.yml)",
          "add editor: 王敏 (责任编辑, the editor responsible for the article)");
    }
    var positions = new HashMap<String, Position>();
    for (String key : m.keys()) {
      m.node(key).ifPresent(n -> positions.put(key, new Position(m.line(n), m.col(n))));
    }
    String title = m.string("title").map(String::strip).orElse("");
    String channel = m.string("channel").map(String::strip).orElse("");
    String source = m.string("source").map(String::strip).orElse("");
    for (String key : page ? List.of("title") : List.of("title", "channel", "source", "date")) {
      if (m.string(key).map(String::isBlank).orElse(false)) {
        m.errorAt(key, "\"" + key + "\" is empty", requiredHint(key));
      }
    }
    if (!channel.isEmpty()) {
      channel = channel.replaceAll("^/+|/+$", "");
      final String wanted = channel;
      if (!channelIds.contains(channel)) {
        String hint = DidYouMean.hint(channel, channelIds);
        if (hint.isEmpty()) {
          hint = channelIds.stream().filter(id -> id.endsWith("/" + wanted)).findFirst()
              .map(id -> "did you mean \"" + id + "\"? (sub-channels are written with their parent)")
              .orElse("channels in site-config.yml: " + String.join(", ", channelIds));
        }
        m.errorAt("channel", "unknown channel \"" + channel + "\"", hint);
      }
    }
    ZonedDateTime date = date(m, "date");
    ZonedDateTime updated = date(m, "updated");
    ZonedDateTime expires = date(m, "expires");
    List<String> authors = names(m, "author");
    Bylines.check(m, "author", authors);
    if (!page && m.has("author") && authors.isEmpty()) {
      m.errorAt("author", "\"author\" is empty", requiredHint("author"));
    }
    for (String author : authors) {
      String problem = SlugRules.nameProblem(author);
      if (problem != null) {
        m.errorAtItem("author", author, "author \"" + author + "\" cannot name the reporter's page /authors/…/: " + problem,
            "write the reporter's name, such as author: 赵焱");
      }
    }
    String sourceProblem = source.isEmpty() ? null : SlugRules.nameProblem(source);
    if (sourceProblem != null) {
      m.errorAt("source", "source \"" + source + "\" cannot name the source's page /sources/…/: " + sourceProblem,
          "write the outlet's name, such as source: 苏州日报");
    }
    String summary = m.string("summary").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    List<String> tags = new ArrayList<>(new LinkedHashSet<>(names(m, "tags")));
    Bylines.tags(m, tags);
    for (String tag : tags) {
      String problem = SlugRules.nameProblem(tag);
      if (problem != null) {
        m.errorAtItem("tags", tag, "tag \"" + tag + "\" cannot be part of a URL: " + problem,
            "write a short word or phrase, such as tags: [生物医药, 产业集群]");
      }
    }
    String image = m.string("image").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    if (image != null && MediaFields.onDisk(image)) {
      m.errorAt("image", "image " + image + " is a path on a computer, which readers cannot load", MediaFields.DISK_HINT);
    }
    String slug = slug(file, m);
    boolean headline = m.bool("headline").orElse(false);
    boolean draft = m.bool("draft").orElse(false);
    List<String> aliases = new ArrayList<>();
    for (String written : clean(m.stringList("aliases"))) {
      String alias = aliasPath(m, written);
      if (alias == null) {
        continue;
      }
      aliases.add(alias);
      if (!alias.startsWith("/") || alias.contains("..") || alias.contains("\\") || SlugRules.hasControl(alias)) {
        m.errorAtItem("aliases", alias, "alias \"" + alias + "\" must be a path starting with /", "for example /2021/old-article.html or /old/path/");
      } else if (alias.equals("/") || alias.equals("/index.html")) {
        m.errorAtItem("aliases", alias, "alias \"" + alias + "\" is the home page", "list only the article's old URLs");
      } else {
        for (String segment : alias.split("/")) {
          String problem = segment.isEmpty() ? null : SlugRules.nameProblem(segment);
          if (problem != null) {
            m.errorAtItem("aliases", alias, "alias \"" + alias + "\" cannot be a path: " + problem, "for example /2021/old-article.html");
            break;
          }
        }
      }
    }
    Editorial editorial = EditorialFields.read(m, editors, config.timezone());
    List<String> topics = EditorialFields.topics(m, names(m, "topics"), layout);
    return new FrontMatter(title, channel, date, source, authors, summary, tags, image, slug,
        updated, headline, draft, expires, layout, aliases, editorial, topics, params(m), positions,
        MediaFields.read(m));
  }

  /**
   * Every field Gazette does not know, and the entries of {@code params:}, for templates. A key
   * that is a near miss of a known field ({@code tgas}) is most likely a typo whose value would
   * silently vanish: a warning (an error under --strict) at the key.
   */
  private static Map<String, Object> params(YamlMap m) {
    var params = new LinkedHashMap<String, Object>();
    for (String key : m.keys()) {
      if (FrontMatterFields.known(key)) {
        continue;
      }
      var meant = FrontMatterFields.nearMiss(key);
      if (meant.isPresent()) {
        m.warning(m.keyNode(key).orElseThrow(), "unknown front-matter field \"" + key + "\"",
            "did you mean \"" + meant.get() + "\"? (a custom field goes under params:, and is then kept for templates as it is)");
      }
      if (m.has(key)) {
        params.put(key, m.toJava(key));
      }
    }
    if (m.has(FrontMatterFields.PARAMS)) {
      m.map(FrontMatterFields.PARAMS).ifPresent(custom -> {
        for (String key : custom.keys()) {
          if (custom.has(key)) {
            params.put(key, custom.toJava(key));
          }
        }
      });
    }
    return params;
  }


  private String slug(SourceFile file, YamlMap m) {
    var explicit = m.string("slug");
    if (explicit.isPresent()) {
      String s = explicit.get().strip();
      String problem = SlugRules.problem(s);
      if (problem != null) {
        m.errorAt("slug", "unsafe slug \"" + s + "\": " + problem, "use lowercase letters, digits and -, such as metro-line-8");
        return "invalid";
      }
      return s;
    }
    return SlugRules.fromFileName(file.baseName());
  }

  private ZonedDateTime date(YamlMap m, String key) {
    var text = m.string(key);
    if (text.isEmpty() || text.get().isBlank()) {
      return null;
    }
    try {
      return DateParser.parse(text.get(), config.timezone());
    } catch (DateTimeException e) {
      m.errorAt(key, e.getMessage(), DateParser.hint(text.get()));
      return null;
    }
  }

  /**
   * An alias as the decoded path it names: old URLs are often copied from a browser's address bar
   * with percent escapes ({@code /2021/%E6%97%A7.html}); a query or fragment cannot be a file.
   */
  private static String aliasPath(YamlMap m, String written) {
    if (written.indexOf('?') >= 0 || written.indexOf('#') >= 0) {
      m.errorAtItem("aliases", written, "alias \"" + written + "\" has a query or fragment, which a static file cannot answer",
          "list only the path: " + written.replaceAll("[?#].*", ""));
      return null;
    }
    if (written.indexOf('%') < 0) {
      return written;
    }
    try {
      return java.net.URLDecoder.decode(written.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      m.errorAtItem("aliases", written, "alias \"" + written + "\" has a broken % escape", "write %XX with two hex digits, or the character itself");
      return null;
    }
  }

  /** The text after "key:" on a line of the YAML block (0-based), trimmed. */
  private static String afterKey(String yaml, int lineIndex) {
    String[] lines = yaml.split("\n", -1);
    if (lineIndex < 0 || lineIndex >= lines.length) {
      return "";
    }
    String line = lines[lineIndex];
    int colon = line.indexOf(':');
    return colon < 0 ? "" : line.substring(colon + 1).strip();
  }

  /**
   * A list of names (tags, authors, editors): a YAML list, or one text split at commas and
   * semicolons, ASCII or full-width, and at 、. An item of a YAML list is split at the full-width
   * ones only ({@code tags: [民生，交通]}, an input method's slip): an ASCII comma there was quoted
   * on purpose. Names that make the same page ({@code AI} and {@code ai}) are kept once, as first
   * written.
   */
  private static List<String> names(YamlMap m, String key) {
    List<String> values = m.stringList(key);
    boolean oneText = m.node(key).filter(n -> n instanceof org.snakeyaml.engine.v2.nodes.ScalarNode).isPresent();
    var split = new ArrayList<String>();
    for (String v : values) {
      split.addAll(List.of((oneText ? LIST_SEPARATORS : ITEM_SEPARATORS).split(v)));
    }
    var byKey = new java.util.LinkedHashMap<String, String>();
    for (String name : split) {
      String n = name.strip();
      if (!n.isEmpty()) {
        byKey.putIfAbsent(SlugRules.key(n), n);
      }
    }
    return List.copyOf(byKey.values());
  }

  private static final java.util.regex.Pattern LIST_SEPARATORS = java.util.regex.Pattern.compile("[,，、;；]");
  private static final java.util.regex.Pattern ITEM_SEPARATORS = java.util.regex.Pattern.compile("[，、；]");

  private static List<String> clean(List<String> values) {
    return values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String requiredHint(String key) {
    return switch (key) {
      case "title" -> "add title: 标题 (the headline)";
      case "channel" -> "add channel: news/suzhou (a channel id from site-config.yml)";
      case "date" -> "add date: 2022-06-26 17:05";
      case "source" -> "add source: 苏州日报 (the outlet, 来源)";
      case "author" -> "add author: 赵焱, or author: [赵焱, 张叶]";
      default -> "";
    };
  }
}
