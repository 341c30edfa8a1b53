package dev.gazette.frontmatter;

import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.SiteException;
import dev.gazette.source.SourceFile;

/** Splits a file into its {@code ---} front-matter block and its body, keeping line numbers. */
public final class FrontMatterSplitter {
  private FrontMatterSplitter() {}

  /**
   * @param yaml the text between the fences
   * @param yamlLine the file line of the first YAML line (1-based)
   * @param body the text after the closing fence
   * @param bodyLine the file line of the first body line
   */
  public record Split(String yaml, int yamlLine, String body, int bodyLine) {}

  static final String HINT =
      "start the file with a line ---, then title:, channel:, date:, source: and author: lines,"
          + " then a line ---, then the body";

  public static Split split(SourceFile file) {
    String text = file.text();
    int firstEnd = text.indexOf('\n');
    String first = firstEnd < 0 ? text : text.substring(0, firstEnd);
    if (!first.strip().equals("---")) {
      throw new SiteException(Diagnostic.error(file.relPath(), 1, 1, "no front matter: the file must start with a line ---", HINT));
    }
    int pos = firstEnd + 1;
    int line = 2;
    while (firstEnd >= 0 && pos <= text.length()) {
      int end = text.indexOf('\n', pos);
      String l = end < 0 ? text.substring(pos) : text.substring(pos, end);
      String t = l.stripTrailing();
      if (t.equals("---") || t.equals("...")) {
        String yaml = text.substring(firstEnd + 1, pos);
        String body = end < 0 ? "" : text.substring(end + 1);
        return new Split(yaml, 2, body, line + 1);
      }
      if (end < 0) {
        break;
      }
      pos = end + 1;
      line++;
    }
    throw new SiteException(Diagnostic.error(file.relPath(), 1, 1,
        "front matter is not closed: no line --- after the fields", "add a line --- after the last front-matter field"));
  }
}
