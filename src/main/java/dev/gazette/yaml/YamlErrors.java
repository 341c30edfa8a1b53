package dev.gazette.yaml;

import dev.gazette.diag.Diagnostic;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Turns SnakeYAML's parser messages into what a writer needs: what is wrong in words about the
 * line they typed, at the position where the mistake is (which is sometimes where the construct
 * started, not where the parser noticed), and how to fix it.
 */
final class YamlErrors {
  static final String HINT =
      "write one \"key: value\" per line; quote a value that contains \": \" or \" #\", or starts"
          + " with [ { * & ! | > ' \" % @ or `";

  /** {@code  key: value} or {@code - key: value}: the parts of a line for a quoting hint. */
  private static final Pattern FIELD = Pattern.compile("^(\\s*(?:- )?)([^\\s:#\"'][^:]*?):\\s+(.+?)\\s*$");

  private static final Pattern BAD_START = Pattern.compile("found character '(.+?)' that cannot start any token.*");

  private YamlErrors() {}

  /** A 0-based line and column in the YAML text. */
  private record At(int line, int col) {
    static Optional<At> of(Optional<Mark> m) {
      return m.map(x -> new At(x.getLine(), x.getColumn()));
    }
  }

  private record Explained(Optional<At> at, String message, String hint) {
    static Explained of(Optional<Mark> mark, String message, String hint) {
      return new Explained(At.of(mark), message, hint);
    }
  }

  static Diagnostic diagnostic(MarkedYamlEngineException e, String text, String file, int firstLine) {
    String problem = e.getProblem() == null || e.getProblem().isBlank() ? firstLineOf(e.getMessage()) : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    Optional<Mark> problemMark = e.getProblemMark().or(e::getContextMark);
    Optional<Mark> contextMark = e.getContextMark().or(e::getProblemMark);
    Explained x = explain(problem, context, problemMark, contextMark, text);
    int line = x.at().map(m -> m.line() + firstLine).orElse(firstLine);
    int col = x.at().map(m -> m.col() + 1).orElse(1);
    return Diagnostic.error(file, line, col, "invalid YAML: " + x.message(), x.hint());
  }

  private static Explained explain(String problem, String context, Optional<Mark> at, Optional<Mark> start, String text) {
    String p = problem.toLowerCase(Locale.ROOT);
    String c = context.toLowerCase(Locale.ROOT);
    if (p.contains("tab")) {
      return Explained.of(at, "a tab character; YAML indents with spaces only", "replace the tab with spaces");
    }
    if (p.contains("mapping values are not allowed")) {
      Optional<Explained> indented = at.flatMap(m -> indentedContinuation(text, m.getLine()));
      if (indented.isPresent()) {
        return indented.get();
      }
      return Explained.of(at, "a second \":\" on the line; a value that contains \": \" must be quoted", quoteHint(text, at));
    }
    if (p.contains("undefined alias")) {
      return Explained.of(at, "a value starts with * (an alias) that names no &anchor", quoteHint(text, at));
    }
    Matcher bad = BAD_START.matcher(problem);
    if (bad.matches()) {
      return Explained.of(at, "a value cannot start with " + bad.group(1) + " unless it is in quotes", quoteHint(text, at));
    }
    if (c.contains("while scanning an alias") || c.contains("while scanning an anchor")) {
      return Explained.of(start, "a value starts with * or & (an alias or anchor) but is not one", quoteHint(text, start));
    }
    if (p.contains("could not find expected ':'")) {
      return Explained.of(start, "this line is not \"key: value\"",
          "write the field as key: value (with a space after the colon), or indent a long value under its key");
    }
    if (p.contains("end of stream") && c.contains("quoted scalar")) {
      return Explained.of(start, "a quote opened here is never closed", "close the quote at the end of the value");
    }
    if (p.contains("expected ',' or ']'")) {
      return Explained.of(start, "a list opened here with [ is not closed with ]",
          "close it with ], or put the whole value in quotes if the [ is part of the text");
    }
    if (p.contains("expected ',' or '}'")) {
      return Explained.of(start, "a mapping opened here with { is not closed with }",
          "close it with }, or put the whole value in quotes if the { is part of the text");
    }
    if (p.contains("another document")) {
      return Explained.of(at, "a second YAML document (a line ---) in one file", "remove the --- line; the file holds one document");
    }
    if (p.contains("sequence entries are not allowed")) {
      return Explained.of(at, "a list item \"- \" where a value is expected",
          "put list items on their own lines below the key, write [a, b], or quote a value starting with -");
    }
    if (p.contains("expected <block end>") || p.contains("did not find expected key")) {
      return Explained.of(at, "this line does not line up with the fields above it",
          "start every field at the same column, and check for text after a closing quote");
    }
    if (p.contains("did not find expected '-' indicator")) {
      return Explained.of(at, "a list item without \"- \"", "start every item of a list with - at the same column");
    }
    String message = context.isBlank() ? problem : problem + " (" + context + ")";
    return Explained.of(at, message, HINT);
  }

  /**
   * {@code author: 赵焱} then {@code   image: a.jpg}: the indented line continues the plain value
   * above, and its colon is then "not allowed". The fix is the indentation, not quoting.
   */
  private static Optional<Explained> indentedContinuation(String text, int n) {
    String line = lineAt(text, n);
    int indent = indent(line);
    if (indent == 0 || n == 0) {
      return Optional.empty();
    }
    String above = lineAt(text, n - 1);
    if (!FIELD.matcher(above).matches() || indent <= indent(above)) {
      return Optional.empty();
    }
    return Optional.of(new Explained(Optional.of(new At(n, indent)),
        "this line is indented, so it reads as the continuation of the value above",
        "remove the spaces at the start of the line"));
  }

  /** A concrete "quote it" hint from the line at {@code at}, or the general hint. */
  private static String quoteHint(String text, Optional<Mark> at) {
    if (at.isEmpty()) {
      return HINT;
    }
    String line = lineAt(text, at.get().getLine());
    Matcher m = FIELD.matcher(line);
    if (!m.matches()) {
      return HINT;
    }
    String value = m.group(3).replace("\\", "\\\\").replace("\"", "\\\"");
    return "put the value in quotes: " + m.group(2) + ": \"" + value + "\"";
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static String lineAt(String text, int index) {
    int start = 0;
    for (int i = 0; i < index; i++) {
      int nl = text.indexOf('\n', start);
      if (nl < 0) {
        return "";
      }
      start = nl + 1;
    }
    int end = text.indexOf('\n', start);
    return (end < 0 ? text.substring(start) : text.substring(start, end)).replace("\r", "");
  }

  static String firstLineOf(String s) {
    if (s == null) {
      return "unreadable document";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
