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
