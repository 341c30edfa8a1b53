package dev.gazette.config;

import dev.gazette.yaml.YamlMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** The {@code channels:} tree of site-config.yml: ids, names, children, in nav order. */
final class ChannelTreeLoader {
  static final Set<String> CHANNEL_KEYS = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of("id", "name", "children")));
  /** Top-level paths Gazette writes itself; a channel there would collide. */
  static final Set<String> RESERVED_IDS = Set.of("tags", "authors", "sources", "editors", "topics", "search", "page");
  private static final Pattern CHANNEL_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private ChannelTreeLoader() {}

  static List<Channel> channels(YamlMap map) {
    var node = map.node("channels");
    if (node.isEmpty() || !(node.get() instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      if (node.isPresent()) {
        map.errorAt("channels", "channels must be a non-empty list",
            "write channels: [{id: news, name: 资讯中心}], or one \"- id: news\" line per channel with \"name: 资讯中心\" below it");
      } else {
        map.diagnostics().error(ConfigLoader.FILE, 1, 1, "missing required key \"channels\"", "add a list of channels: channels: [{id: news, name: 资讯中心}]");
      }
      return List.of();
    }
    return channelList(map, seq, null, 0, new HashSet<>());
  }

  private static List<Channel> channelList(YamlMap parent, SequenceNode seq, String parentId, int depth, Set<String> seen) {
    var out = new ArrayList<Channel>();
    for (Node item : seq.getValue()) {
      var c = YamlMap.of(item, ConfigLoader.FILE, 1, parent.diagnostics(), "a channel",
          "write each channel as \"- id: news\" with \"name: 资讯中心\" on the next line, indented to the id");
      if (c.isEmpty()) {
        continue;
      }
      YamlMap ch = c.get();
      ch.rejectUnknown(CHANNEL_KEYS, "channel key");
      String key = ch.string("id").map(String::trim).orElse(null);
      String name = ch.string("name").map(String::trim).orElse(null);
      if (key == null || key.isEmpty()) {
        ch.error(item, "a channel needs an id", "add id: news (lowercase letters, digits and -)");
        continue;
      }
      if (!CHANNEL_ID.matcher(key).matches()) {
        ch.errorAt("id", "channel id \"" + key + "\" must be lowercase letters, digits and -", "for example: " + suggestId(key));
        continue;
      }
      if (RESERVED_IDS.contains(key) && (depth == 0 || key.equals("page"))) {
        ch.errorAt("id", "channel id \"" + key + "\" is reserved for pages Gazette writes", "choose another id");
        continue;
      }
      String id = parentId == null ? key : parentId + "/" + key;
      if (!seen.add(id)) {
        ch.errorAt("id", "duplicate channel id \"" + id + "\"", "each channel needs its own id");
        continue;
      }
      if (name == null || name.isEmpty()) {
        ch.error(item, "channel \"" + id + "\" needs a name", "add name: 资讯中心");
        name = key;
      }
      List<Channel> children = List.of();
      var kids = ch.node("children");
      if (kids.isPresent()) {
        if (kids.get() instanceof SequenceNode ks) {
          children = channelList(ch, ks, id, depth + 1, seen);
        } else if (ch.has("children")) {
          ch.errorAt("children", "children must be a list of channels", "write children: below the name, then one \"- id: ...\" line per sub-channel");
        }
      }
      out.add(new Channel(id, key, name, parentId, depth, children));
    }
    return out;
  }

  private static String suggestId(String key) {
    String s = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "news" : s;
  }}
