package dev.gazette.frontmatter;

import dev.gazette.yaml.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reporters' and editors' names as a byline prints them: {@code author: 记者 赵焱} or {@code
 * author: 本报记者 赵焱 通讯员 王敏} is copied from the top of a story, and {@code author: 赵焱 王敏}
 * separates two names with a space. Each is one name to Gazette, so one reporter page (/authors/记者-赵焱/)
 * that no other article shares; {@code tags: 民生 交通} is one tag. A warning says what to write;
 * the value stays as written, since a space may belong to a name (John Smith, Smart City).
 */
final class Bylines {
  private Bylines() {}

  /** A byline's role word: 记者, 本报记者, 通讯员, 实习生, 摄影, 责任编辑, 文, 图 ... */
  private static final Pattern ROLE = Pattern.compile(
      "(本报|本台|本刊|本网|特约|实习|见习|首席)?(记者|通讯员|实习生|摄影记者|摄影|摄|编辑|责任编辑|责编|撰稿|文|图)[：:]?");
  /**
   * A role word run into the name: 记者赵焱, 通讯员：王敏. Not the one-character roles (文, 图, 摄):
   * 文 is also a surname.
   */
  private static final Pattern ROLE_AND_NAME = Pattern.compile(
      "((?:本报|本台|本刊|本网|特约|实习|见习|首席)?(?:记者|通讯员|实习生|摄影记者|摄影|编辑|责任编辑|责编|撰稿)[：:]?)(\\p{IsHan}{2,4})");
  private static final Pattern CHINESE_NAME = Pattern.compile("\\p{IsHan}{2,4}");

  private static final Pattern CHINESE_WORD = Pattern.compile("\\p{IsHan}{2,}");

  /**
   * Warns at each tag that is Chinese words apart by spaces ({@code tags: 民生 交通}): one tag
   * page to Gazette, where the writer meant two. A space between Latin words stays a tag's own
   * ({@code Smart City}).
   */
  static void tags(YamlMap m, List<String> tags) {
    for (String tag : tags) {
      List<String> parts = List.of(tag.strip().split("\\s+"));
      if (parts.size() > 1 && parts.stream().allMatch(p -> CHINESE_WORD.matcher(p).matches())) {
        m.warningAtItem("tags", tag, "tag \"" + tag + "\" looks like " + parts.size()
            + " tags apart by spaces: it makes one tag page of them together", "write tags: [" + String.join(", ", parts) + "]");
      }
    }
  }

  /** Warns at each name of {@code key} that is a byline rather than names. */
  static void check(YamlMap m, String key, List<String> names) {
    for (String name : names) {
      List<String> parts = List.of(name.strip().split("\\s+"));
      var roles = new ArrayList<String>();
      var people = new ArrayList<String>();
      for (String p : parts) {
        var joined = ROLE_AND_NAME.matcher(p);
        if (ROLE.matcher(p).matches()) {
          roles.add(p);
        } else if (joined.matches()) {
          roles.add(joined.group(1));
          people.add(joined.group(2));
        } else {
          people.add(p);
        }
      }
      String list = key + ": [" + String.join(", ", people) + "]";
      if (!roles.isEmpty() && !people.isEmpty()) {
        m.warningAtItem(key, name, key + " \"" + name + "\" has the byline's " + String.join(", ", roles)
            + " in it: it makes one page of the whole text",
            "write the names alone: " + list + " (the page labels them itself)");
      } else if (people.size() > 1 && people.stream().allMatch(p -> CHINESE_NAME.matcher(p).matches())) {
        m.warningAtItem(key, name, key + " \"" + name + "\" looks like " + people.size()
            + " names apart by spaces: it makes one page of them together", "write " + list);
      }
    }
  }
}
