package dev.gazette.frontmatter;

import dev.gazette.yaml.YamlMap;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads the editorial fields of an article: {@code editor}, {@code originalTitle}, {@code
 * originalAuthor}, {@code sourceUrl} and {@code corrections}, and the {@code topics} it joins.
 */
final class EditorialFields {
  private static final Set<String> CORRECTION_KEYS = Set.of("date", "text");
  private static final String CORRECTION_EXAMPLE = "corrections: [{date: 2022-06-27 09:00, text: 更正说明}]";

  private EditorialFields() {}

  static Editorial read(YamlMap m, List<String> editors, ZoneId zone) {
    for (String editor : editors) {
      String problem = SlugRules.nameProblem(editor);
      if (problem != null) {
        m.errorAtItem("editor", editor, "editor \"" + editor + "\" cannot name the editor's page /editors/…/: " + problem,
            "write the editor's real name, such as editor: 王敏");
      }
    }
    String sourceUrl = text(m, "sourceUrl");
    if (sourceUrl != null && sourceUrl.matches("(?i)https?://[^\\s/?#]+.*\\s.*")) {
      // an address typed or pasted with a space in it: the space is the problem, not the address
      m.errorAt("sourceUrl", "sourceUrl \"" + sourceUrl + "\" has a space in it, which an address cannot have",
          "copy the address from the browser's address bar, or write the space as %20");
      sourceUrl = null;
    } else if (sourceUrl != null && !sourceUrl.matches("(?i)https?://[^\\s/?#]+[^\\s]*")) {
      m.errorAt("sourceUrl", "sourceUrl \"" + sourceUrl + "\" is not an absolute http(s) URL",
          "write the original's address, such as sourceUrl: https://www.example.com/news/1.html");
      sourceUrl = null;
    }
    return new Editorial(editors, text(m, "originalTitle"), text(m, "originalAuthor"), sourceUrl, corrections(m, zone));
  }

  /** Topic ids: each names a file with {@code layout: topic} and must be a safe slug. */
  static List<String> topics(YamlMap m, List<String> ids, Layout layout) {
    if (!ids.isEmpty() && layout != Layout.ARTICLE) {
      m.errorAt("topics", "only articles join topics, not a " + layout.id(), "remove topics: from this file");
      return List.of();
    }
    var out = new ArrayList<String>();
    for (String id : ids) {
      String problem = SlugRules.problem(id);
      if (problem != null) {
        m.errorAtItem("topics", id, "topic id \"" + id + "\" is not a topic's slug: " + problem,
            "write the slug of a topic page, such as topics: [metro-line-8]");
      } else if (!out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  private static List<Editorial.Correction> corrections(YamlMap m, ZoneId zone) {
    var out = new ArrayList<Editorial.Correction>();
    for (YamlMap c : m.maps("corrections", CORRECTION_EXAMPLE)) {
      c.rejectUnknown(CORRECTION_KEYS, "correction key");
      var dateValue = c.string("date");
      var textValue = c.string("text");
      String date = dateValue.map(String::strip).orElse("");
      String text = textValue.map(String::strip).orElse("");
      if (notText(c, "date") || notText(c, "text")) {
        // a value of the wrong type: reported where it is
        continue;
      }
      if (date.isEmpty() || text.isEmpty()) {
        c.errorHere("a correction needs a date and a text", "write " + CORRECTION_EXAMPLE);
        continue;
      }
      try {
        out.add(new Editorial.Correction(DateParser.parse(date, zone), text));
      } catch (DateTimeException e) {
        c.errorAt("date", e.getMessage(), DateParser.hint(date));
      }
    }
    out.sort(Comparator.comparing(Editorial.Correction::date));
    return out;
  }

  /** Whether the value is a list or a mapping: {@link YamlMap#string} has reported it. */
  private static boolean notText(YamlMap m, String key) {
    return m.node(key).filter(n -> !(n instanceof org.snakeyaml.engine.v2.nodes.ScalarNode)).isPresent();
  }

  private static String text(YamlMap m, String key) {
    return m.string(key).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
  }
}
