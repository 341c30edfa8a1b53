package dev.gazette.cli;

import dev.gazette.build.BuildResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --changes FILE}: the URLs a build added, changed and removed, for a deploy to purge from
 * a CDN and submit to search engines (IndexNow, Baidu's 主动推送). {@code .json} gives
 * {@code {"added": [...], "changed": [...], "removed": [...]}}; any other name one URL a line.
 */
final class ChangeList {
  private ChangeList() {}

  static void write(Path file, BuildResult result) throws IOException {
    var c = result.changes();
    String text;
    if (file.getFileName().toString().endsWith(".json")) {
      text = "{\n  \"added\": " + json(urls(c.added(), result)) + ",\n  \"changed\": " + json(urls(c.changed(), result))
          + ",\n  \"removed\": " + json(urls(c.removed(), result)) + "\n}\n";
    } else {
      var all = new StringBuilder();
      for (List<String> list : List.of(c.added(), c.changed(), c.removed())) {
        urls(list, result).forEach(u -> all.append(u).append('\n'));
      }
      text = all.toString();
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static List<String> urls(List<String> paths, BuildResult result) {
    return paths.stream().map(result::url).toList();
  }

  private static String json(List<String> urls) {
    if (urls.isEmpty()) {
      return "[]";
    }
    var sb = new StringBuilder("[\n");
    for (int i = 0; i < urls.size(); i++) {
      sb.append("    ").append(dev.gazette.feeds.Json.string(urls.get(i))).append(i + 1 < urls.size() ? ",\n" : "\n");
    }
    return sb.append("  ]").toString();
  }
}
