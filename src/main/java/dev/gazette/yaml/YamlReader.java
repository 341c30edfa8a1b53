package dev.gazette.yaml;

import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.SiteException;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses YAML into a node tree with the YAML 1.2 core schema: no implicit timestamps (a date stays
 * the text the writer typed, so it can never shift time zone) and {@code no}/{@code on} stay text.
 * Loader limits bound alias expansion, nesting and size, so hostile input fails fast with a
 * positioned error instead of exhausting memory or the stack.
 */
public final class YamlReader {
  static final int MAX_ALIASES = 20;
  static final int MAX_DEPTH = 64;
  static final int MAX_CODE_POINTS = 1 << 20;

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
    checkDepth(text, file, firstLine);
    var settings =
        LoadSettings.builder()
            .setLabel(file)
            .setAllowDuplicateKeys(false)
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setCodePointLimit(MAX_CODE_POINTS)
            .setUseMarks(true)
            .setSchema(new CoreSchema())
            .build();
    try {
      return new Compose(settings).composeString(text);
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
      int line = mark.map(m -> m.getLine() + firstLine).orElse(firstLine);
      int col = mark.map(m -> m.getColumn() + 1).orElse(1);
      throw new SiteException(
          Diagnostic.error(file, line, col, "invalid YAML: " + describe(e), YAML_HINT));
    } catch (YamlEngineException e) {
      throw new SiteException(
          Diagnostic.error(file, firstLine, 1, "invalid YAML: " + firstLineOf(e.getMessage()), YAML_HINT));
    } catch (StackOverflowError e) {
      throw new SiteException(
          Diagnostic.error(file, firstLine, 1, "YAML nested too deeply", "flatten the structure"));
    }
  }

  static final String YAML_HINT =
      "write one \"key: value\" per line; quote a value that contains \": \" or \" #\", or starts"
          + " with [ { * & ! | > ' \" % @ or `";

  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem();
    String context = e.getContext();
    if (problem == null || problem.isBlank()) {
      problem = firstLineOf(e.getMessage());
    }
    if (context != null && !context.isBlank()) {
      return problem + " (" + context + ")";
    }
    return problem;
  }

  private static String firstLineOf(String s) {
    if (s == null) {
      return "unreadable document";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Rejects absurd flow nesting ({@code [[[[...}) before the recursive parser sees it. */
  private static void checkDepth(String text, String file, int firstLine) {
    int depth = 0;
    int line = firstLine;
    int col = 0;
    boolean inQuote = false;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      col++;
      if (c == '\n') {
        line++;
        col = 0;
        continue;
      }
      if (inQuote) {
        if (c == quote) {
          inQuote = false;
        }
      } else if (c == '"' || c == '\'') {
        inQuote = true;
        quote = c;
      } else if (c == '[' || c == '{') {
        if (++depth > MAX_DEPTH) {
          throw new SiteException(
              Diagnostic.error(
                  file, line, col,
                  "YAML nested deeper than " + MAX_DEPTH + " levels",
                  "front matter and config hold plain values and short lists"));
        }
      } else if (c == ']' || c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (c == '#') {
        int nl = text.indexOf('\n', i);
        i = (nl < 0 ? text.length() : nl) - 1;
      }
    }
  }
}
