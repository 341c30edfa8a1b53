package dev.gazette.render;

import freemarker.core.InvalidReferenceException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.util.regex.Pattern;

/**
 * FreeMarker's messages made fit for one diagnostic line: the problem and the expression it blames,
 * without the tips, stack excerpts and "Help (latest version)" links it appends.
 */
final class TemplateMessages {
  private static final Pattern HELP = Pattern.compile("\\s*Help \\(latest version\\):.*?(?:you're using FreeMarker [\\d.]+\\.?|$)", Pattern.DOTALL);
  private static final Pattern BUILT_IN_LIST = Pattern.compile("\\s*The alphabetical list of built-ins:.*", Pattern.DOTALL);
  private static final Pattern WHERE = Pattern.compile("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]");

  private TemplateMessages() {}

  /** A parse error: the message and its expected-token list, on one line. */
  static String syntax(String editorMessage) {
    String m = HELP.matcher(editorMessage == null ? "" : editorMessage).replaceAll("");
    return oneLine(BUILT_IN_LIST.matcher(m).replaceAll(" See the list of built-ins."));
  }

  /** A runtime error: "article.nosuch is null or missing", else the message's first part. */
  static String runtime(TemplateException e) {
    String blamed = e.getBlamedExpressionString();
    if (e instanceof InvalidReferenceException && blamed != null) {
      return blamed + " is null or missing";
    }
    String message = e.getMessageWithoutStackTop();
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    int tip = message.indexOf("\n----");
    return oneLine(WHERE.matcher(tip < 0 ? message : message.substring(0, tip)).replaceAll(""));
  }

  /** What to do about a runtime error. */
  static String hint(TemplateException e) {
    return e instanceof InvalidReferenceException
        ? "a missing value needs a default (x!\"\") or a test (x??); see the data model in the theme guide"
        : "check the value's type in the data model (README, theme guide)";
  }

  private static final Pattern UNCLOSED = Pattern.compile("You have an unclosed #(\\w+)|only this can be closed: \"#(\\w+)\"");

  /** The directive an "unclosed #if" message names, or null. */
  static String unclosed(String message) {
    var m = UNCLOSED.matcher(message);
    return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
  }

  /**
   * Line and column of the {@code <#name} that no {@code </#name>} closes (the innermost when
   * several), skipping {@code <#-- -->} comments; null when none is found.
   */
  static int[] openingOf(String name, String text) {
    var tags = Pattern.compile("<#--.*?-->|<#" + Pattern.quote(name) + "(?![\\w.])|</#" + Pattern.quote(name) + "\\s*>",
        Pattern.DOTALL).matcher(text);
    var open = new java.util.ArrayDeque<Integer>();
    while (tags.find()) {
      String t = tags.group();
      if (t.startsWith("<#--")) {
        continue;
      }
      if (t.startsWith("</")) {
        open.poll();
      } else {
        open.push(tags.start());
      }
    }
    if (open.isEmpty()) {
      return null;
    }
    // the innermost: where FreeMarker stopped at a tag that closes something else, an enclosing
    // directive of the same name may well be closed after that point
    int at = open.peek();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, at - lineStart + 1};
  }

  /** The offset of a 1-based line and column in {@code text}, clamped to its length. */
  static int offset(String text, Integer line, Integer col) {
    if (line == null || line < 1) {
      return text.length();
    }
    int at = 0;
    for (int l = 1; l < line && at >= 0; l++) {
      at = text.indexOf('\n', at) + 1;
      if (at == 0) {
        return text.length();
      }
    }
    return Math.min(text.length(), at + Math.max(0, (col == null ? 1 : col) - 1));
  }

  /** The tag that starts at {@code offset}, such as {@code </#macro>}. */
  static String tagAt(String text, int offset) {
    int end = text.indexOf('>', offset);
    return end < 0 || end - offset > 40 ? text.substring(offset, Math.min(text.length(), offset + 20)) : text.substring(offset, end + 1);
  }

  /** The syntax error of an imported or included template behind a runtime error, or null. */
  static freemarker.core.ParseException parseCause(TemplateException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof freemarker.core.ParseException p) {
        return p;
      }
    }
    return null;
  }

  /** The name of a template that an import or include could not find, or null. */
  static String missingTemplate(TemplateException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TemplateNotFoundException nf) {
        return nf.getTemplateName();
      }
    }
    return null;
  }

  private static String oneLine(String s) {
    String t = s.replaceAll("\\s*\\n\\s*", " ").replace("==> ", "").strip();
    return t.length() > 300 ? t.substring(0, 297) + "..." : t;
  }
}
