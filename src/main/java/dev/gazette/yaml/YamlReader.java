package dev.gazette.yaml;

import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.SiteException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses YAML into a node tree with the YAML 1.2 core schema: no implicit timestamps (a date stays
 * the text the writer typed, so it can never shift time zone) and {@code no}/{@code on} stay text.
 *
 * <p>Hostile input fails fast with a positioned error instead of exhausting memory or the stack:
 * the text is checked for size and for characters YAML forbids, then a streaming (non-recursive)
 * parse bounds nesting and aliases, and only then does the recursive composer run.
 */
public final class YamlReader {
  static final int MAX_ALIASES = 20;
  static final int MAX_DEPTH = 64;
  static final int MAX_CHARS = 1 << 20;
  /** Immutable, so shared by every parse. Positions are mapped to files by the callers. */
  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setAllowDuplicateKeys(false)
          .setAllowRecursiveKeys(false)
          .setMaxAliasesForCollections(MAX_ALIASES)
          .setCodePointLimit(MAX_CHARS + 1)
          .setUseMarks(true)
          .setSchema(new CoreSchema())
          .build();

  private YamlReader() {}

  /**
   * Parses one YAML document.
   *
   * @param file the site-relative file name used in diagnostics
   * @param firstLine the 1-based line of the file where {@code text} starts
   * @return the root node, or empty for an empty document
   * @throws SiteException with a positioned diagnostic when the YAML is invalid
   */
  public static Optional<Node> compose(String text, String file, int firstLine) {
    if (text.length() > MAX_CHARS) {
      throw new SiteException(Diagnostic.error(file, firstLine, 1,
          "the YAML is " + text.length() + " characters long, over the limit of " + MAX_CHARS,
          "front matter and site-config.yml hold short fields; long text belongs in the body"));
    }
    checkCharacters(text, file, firstLine);
    checkFullWidthColons(text, file, firstLine);
    try {
      if (mayExceedLimits(text)) {
        checkShape(new Parse(SETTINGS).parseString(text), file, firstLine);
      }
      return new Compose(SETTINGS).composeString(text);
    } catch (MarkedYamlEngineException e) {
      throw new SiteException(YamlErrors.diagnostic(e, text, file, firstLine));
    } catch (YamlEngineException e) {
      throw new SiteException(Diagnostic.error(file, firstLine, 1,
          "invalid YAML: " + YamlErrors.firstLineOf(e.getMessage()), YamlErrors.HINT));
    } catch (StackOverflowError e) {
      throw new SiteException(Diagnostic.error(file, firstLine, 1, "YAML nested too deeply",
          "front matter and site-config.yml hold plain values and short lists"));
    }
  }

  /** Bounds nesting and aliases on the event stream, which the parser produces without recursion. */
  /**
   * Whether the text could nest deeper than {@link #MAX_DEPTH} or hold more than {@link
   * #MAX_ALIASES} aliases. Every level of nesting needs a line or one of {@code [ { - : ?}, and
   * every alias a {@code *}, so ordinary front matter skips the event pre-pass of {@link
   * #checkShape}, which would parse it twice.
   */
  static boolean mayExceedLimits(String text) {
    int openers = 1;
    int stars = 0;
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '[', '{', '-', ':', '?', '\n' -> openers++;
        case '*' -> stars++;
        default -> {
          // cannot open a level
        }
      }
    }
    return openers > MAX_DEPTH || stars > MAX_ALIASES;
  }

  private static void checkShape(Iterable<Event> events, String file, int firstLine) {
    int depth = 0;
    int aliases = 0;
    for (Event e : events) {
      switch (e.getEventId()) {
        case MappingStart, SequenceStart -> {
          if (++depth > MAX_DEPTH) {
            throw new SiteException(at(e, file, firstLine,
                "YAML nested deeper than " + MAX_DEPTH + " levels",
                "front matter and site-config.yml hold plain values and short lists"));
          }
        }
        case MappingEnd, SequenceEnd -> depth--;
        case Alias -> {
          if (++aliases > MAX_ALIASES) {
            throw new SiteException(at(e, file, firstLine,
                "more than " + MAX_ALIASES + " aliases (*name) in one YAML block",
                "write the values out; if a value starts with *, put it in quotes"));
          }
        }
        default -> {
          // scalars, documents and comments are bounded by the size check
        }
      }
    }
  }

  private static Diagnostic at(Event e, String file, int firstLine, String message, String hint) {
    Optional<Mark> m = e.getStartMark();
    return Diagnostic.error(file, m.map(x -> x.getLine() + firstLine).orElse(firstLine),
        m.map(x -> x.getColumn() + 1).orElse(1), message, hint);
  }

  /**
   * Rejects characters YAML does not allow (control characters other than tab and line breaks,
   * U+FFFE and U+FFFF), at their own position: invisible in an editor, so the position matters.
   */
  private static void checkCharacters(String text, String file, int firstLine) {
    int line = firstLine;
    int col = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c == '\n') {
        line++;
        col = 1;
      } else {
        if (!printable(c)) {
          throw new SiteException(Diagnostic.error(file, line, col,
              String.format("invisible control character U+%04X, which YAML does not allow", c),
              "delete it (copying from a web page or Word often brings these in)"));
        }
        col++;
      }
      i += Character.charCount(c);
    }
  }

  /**
   * A top-level key followed by a full-width colon: typed with a Chinese input method, not YAML.
   * Only unindented lines: indented ones may be the text of a block scalar.
   */
  private static final Pattern FULL_WIDTH_KEY = Pattern.compile("(?m)^()([A-Za-z_][\\w-]*)[ \\t]*：");

  /**
   * {@code title：标题} is a plain line of text to YAML, and the error it causes shows up later,
   * on another line. Catch it where the writer made it.
   */
  private static void checkFullWidthColons(String text, String file, int firstLine) {
    Matcher m = FULL_WIDTH_KEY.matcher(text);
    if (m.find()) {
      int line = firstLine;
      int lineStart = 0;
      for (int i = 0; i < m.start(); i++) {
        if (text.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int colon = text.indexOf('：', m.end(2));
      String key = m.group(2);
      throw new SiteException(Diagnostic.error(file, line, text.codePointCount(lineStart, colon) + 1,
          "full-width colon \"：\" after \"" + key + "\"; YAML needs an ASCII colon",
          "switch the input method to English for the colon: " + key + ": ..."));
    }
  }

  /**
   * Warnings for plain values that a {@code #} cut short: in YAML a space and {@code #} start a
   * comment, so {@code title: 苏州马拉松 #热点} is the title 苏州马拉松, and a Weibo-style topic
   * such as {@code #苏州马拉松#} in a summary is dropped without a word. A comment written the
   * usual way, with a space after the {@code #} ({@code draft: true # until approved}), is left
   * alone.
   */
  public static java.util.List<Diagnostic> cutByComments(Node root, String text, String file, int firstLine) {
    if (text.indexOf('#') < 0) {
      // no comment at all: nothing to walk (most front matter)
      return java.util.List.of();
    }
    var out = new java.util.ArrayList<Diagnostic>();
    String[] lines = text.split("\n", -1);
    var todo = new java.util.ArrayDeque<Node>();
    // each node once: an alias makes the same node appear again (and again, in a "billion laughs")
    var seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<Node, Boolean>());
    todo.add(root);
    while (!todo.isEmpty()) {
      Node n = todo.poll();
      if (!seen.add(n)) {
        continue;
      }
      if (n instanceof MappingNode m) {
        m.getValue().forEach(t -> todo.add(t.getValueNode()));
      } else if (n instanceof SequenceNode q) {
        todo.addAll(q.getValue());
      } else if (n instanceof ScalarNode v && v.getScalarStyle() == ScalarStyle.PLAIN && v.getEndMark().isPresent()) {
        Mark end = v.getEndMark().get();
        if (end.getLine() >= lines.length) {
          continue;
        }
        String line = lines[end.getLine()];
        int at;
        try {
          at = line.offsetByCodePoints(0, end.getColumn());
        } catch (IndexOutOfBoundsException e) {
          continue;
        }
        String rest = line.substring(at);
        String comment = rest.stripLeading();
        if (comment.length() > 1 && comment.charAt(0) == '#' && !Character.isWhitespace(comment.codePointAt(1))
            && !rest.equals(comment)) {
          int hash = at + rest.length() - comment.length();
          // "title: ..." gets its key back in the hint; a list item ("- ...") or a continued line none
          String key = line.strip().startsWith("-") ? "" : line.substring(0, Math.max(0, line.indexOf(':'))).strip();
          out.add(Diagnostic.warning(file, firstLine + end.getLine(), line.codePointCount(0, hash) + 1,
              "\"" + comment.strip() + "\" is left out of the value: in YAML a space and # start a comment",
              "quote the value to keep it: " + (key.isEmpty() ? "" : key + ": ")
                  + "\"" + v.getValue() + " " + comment.strip() + "\""));
        }
      }
    }
    return out;
  }

  static boolean printable(int c) {
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
