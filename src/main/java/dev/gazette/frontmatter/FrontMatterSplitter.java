package dev.gazette.frontmatter;

import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.SiteException;
import dev.gazette.source.SourceFile;
import java.util.regex.Pattern;

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

  /**
   * A line meant as a fence but typed otherwise: a Chinese input method turns --- into —— or
   * －－－, and some editors into – or -- or - - -.
   */
  private static final Pattern LOOKS_LIKE_FENCE = Pattern.compile("\\s*(?:[-—–－]\\s*){2,}");

  public static Split split(SourceFile file) {
    String text = file.text();
    String[] lines = text.split("\n", -1);
    if (!lines[0].strip().equals("---")) {
      throw new SiteException(noFrontMatter(file, lines));
    }
    for (int i = 1; i < lines.length; i++) {
      String t = lines[i].stripTrailing();
      if (t.equals("---") || t.equals("...")) {
        int yamlStart = lines[0].length() + 1;
        int yamlEnd = offsetOfLine(lines, i);
        String body = i + 1 < lines.length ? text.substring(Math.min(text.length(), yamlEnd + lines[i].length() + 1)) : "";
        return new Split(text.substring(yamlStart, yamlEnd), 2, body, i + 2);
      }
    }
    for (int i = 1; i < lines.length; i++) {
      if (LOOKS_LIKE_FENCE.matcher(lines[i]).matches()) {
        throw new SiteException(Diagnostic.error(file.relPath(), i + 1, 1,
            "front matter is not closed: line " + (i + 1) + " is \"" + lines[i].strip() + "\", not ---",
            "type the closing line as three ASCII hyphens --- (switch the input method to English)"));
      }
    }
    throw new SiteException(Diagnostic.error(file.relPath(), 1, 1,
        "front matter is not closed: no line --- after the fields",
        "add a line --- after the last front-matter field, before the body"));
  }

  private static Diagnostic noFrontMatter(SourceFile file, String[] lines) {
    String first = lines[0].strip();
    if (LOOKS_LIKE_FENCE.matcher(first).matches()) {
      return Diagnostic.error(file.relPath(), 1, 1,
          "no front matter: line 1 is \"" + first + "\", not ---",
          "type the fence as three ASCII hyphens --- (switch the input method to English)");
    }
    if (first.equals("+++") || first.equals("{")) {
      return Diagnostic.error(file.relPath(), 1, 1,
          "no front matter: line 1 is \"" + first + "\", which starts " + (first.equals("+++") ? "TOML" : "JSON")
              + " front matter (Hugo's); Gazette reads YAML between lines ---",
          first.equals("+++") ? "replace both +++ lines with ---, and write each field as key: value (title = \"标题\" is title: 标题)"
              : "write the fields as YAML between lines --- (\"title\": \"标题\", is title: 标题)");
    }
    for (int i = 1; i < lines.length && lines[i - 1].isBlank(); i++) {
      if (lines[i].strip().equals("---")) {
        return Diagnostic.error(file.relPath(), 1, 1,
            "no front matter: it must start on line 1, but starts on line " + (i + 1),
            "delete the empty lines above the first ---");
      }
    }
    return Diagnostic.error(file.relPath(), 1, 1, "no front matter: the file must start with a line ---", HINT);
  }

  private static int offsetOfLine(String[] lines, int index) {
    int off = 0;
    for (int i = 0; i < index; i++) {
      off += lines[i].length() + 1;
    }
    return off;
  }
}
