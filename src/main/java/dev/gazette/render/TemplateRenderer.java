package dev.gazette.render;

import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.SiteException;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * One FreeMarker configuration per theme: {@code .ftlh} files are HTML auto-escaped, the {@code
 * new} and {@code api} built-ins are off, and every template error is reported at the template's
 * own file and line.
 */
public final class TemplateRenderer {
  private final Configuration cfg;
  private final List<Layer> layers;
  /** {@link #has} by template name. */
  private final java.util.concurrent.ConcurrentHashMap<String, Boolean> found = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * One folder of templates: a theme's, or the built-in theme's on the class path.
   *
   * @param rel what diagnostics call that place ({@code themes/default/templates})
   */
  public record Layer(TemplateLoader loader, String rel) {
    public Layer {
      rel = rel.endsWith("/") ? rel : rel + "/";
    }

    public static Layer folder(Path dir, String rel) {
      return new Layer(fileLoader(dir, rel), rel);
    }
  }

  /**
   * @param templatesDir the theme's {@code templates/} folder
   * @param templatesRel the same folder relative to the site, for diagnostics
   */
  public TemplateRenderer(Path templatesDir, String templatesRel, Locale locale, TimeZone zone) {
    this(List.of(Layer.folder(templatesDir, templatesRel)), locale, zone);
  }

  /**
   * @param layers where templates come from, first match wins: a theme, then the themes it extends
   */
  public TemplateRenderer(List<Layer> layers, Locale locale, TimeZone zone) {
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("no template folder");
    }
    this.layers = List.copyOf(layers);
    cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTemplateLoader(layers.size() == 1 ? layers.get(0).loader()
        : new freemarker.cache.MultiTemplateLoader(layers.stream().map(Layer::loader).toArray(TemplateLoader[]::new)));
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    // an error inside <#attempt> is one the template recovers from (<#recover>): not a log line in every build
    cfg.setAttemptExceptionReporter((error, env) -> { });
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setLocale(locale);
    cfg.setTimeZone(zone);
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
  }

  private static TemplateLoader fileLoader(Path dir, String rel) {
    try {
      return new FileTemplateLoader(dir.toFile());
    } catch (IOException e) {
      throw new SiteException(Diagnostic.error(rel, 0, 0, "cannot read templates: " + e.getMessage(), ""));
    }
  }

  /**
   * Whether the theme has {@code name}. Looked up once per name: every article's page asks, and a
   * renderer lives as long as its templates are unchanged (a new or deleted file is a new key).
   */
  public boolean has(String name) {
    return found.computeIfAbsent(name, n -> {
      try {
        return cfg.getTemplateLoader().findTemplateSource(n) != null;
      } catch (IOException e) {
        return false;
      }
    });
  }

  /** The first of {@code names} the theme has. */
  public String pick(List<String> names) {
    for (String n : names) {
      if (has(n)) {
        return n;
      }
    }
    throw new SiteException(Diagnostic.error(layers.get(0).rel() + names.get(names.size() - 1), 0, 0,
        "missing template: the theme has none of " + String.join(", ", names),
        missingHint(names.get(names.size() - 1))));
  }

  /**
   * The fix: extending the built-in theme brings the template with what it uses; a copy of the
   * template alone is not enough for the search page, which needs its script.
   */
  static String missingHint(String name) {
    String copy = name.equals("search.ftlh")
        ? "or copy templates/search.ftlh and static/js/search.js from the default theme (gazette init)"
        : "or copy templates/" + name + " from the default theme (gazette init)";
    return "write extends: default in the theme's theme.yml to take the built-in theme's " + name + ", " + copy;
  }

  /** Parses every top-level template once, so syntax errors surface before rendering. */
  public Template template(String name) {
    try {
      return cfg.getTemplate(name);
    } catch (TemplateNotFoundException e) {
      throw new SiteException(Diagnostic.error(layers.get(0).rel() + name, 0, 0, "missing template " + name, "add it to the theme"));
    } catch (ParseException e) {
      throw syntaxError(e, name);
    } catch (IOException e) {
      // FreeMarker remembers a failed parse: a later request for the same template (another page,
      // or the next build with the same templates) gets an IOException whose cause is the first one
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof ParseException first) {
          throw syntaxError(first, name);
        }
      }
      throw new SiteException(Diagnostic.error(relOf(name), 0, 0, "cannot read template: " + e.getMessage(), ""));
    }
  }

  /**
   * A syntax error at its own template and line: an unclosed directive at the line that opens
   * it (FreeMarker notices only at the end of the file), anything else where FreeMarker stopped.
   */
  private SiteException syntaxError(ParseException e, String fallback) {
    String name = nameOf(e.getTemplateName(), fallback);
    String message = TemplateMessages.syntax(e.getEditorMessage());
    String directive = TemplateMessages.unclosed(message);
    if (directive != null) {
      // only what comes before the place FreeMarker stopped can be the unclosed opening
      String text = source(name);
      int stop = TemplateMessages.offset(text, e.getLineNumber(), e.getColumnNumber());
      int[] at = TemplateMessages.openingOf(directive, text.substring(0, stop));
      if (at != null) {
        boolean atEnd = stop >= text.stripTrailing().length();
        return new SiteException(Diagnostic.error(relOf(name), at[0], at[1],
            "template syntax: <#" + directive + "> is never closed"
                + (atEnd ? "" : " (line " + e.getLineNumber() + " closes something else first: " + TemplateMessages.tagAt(text, stop) + ")"),
            "close it with </#" + directive + ">" + (atEnd
                ? " (FreeMarker noticed only at the end of the file, line " + e.getLineNumber() + ")"
                : " before line " + e.getLineNumber())));
      }
    }
    return new SiteException(Diagnostic.error(relOf(name), e.getLineNumber(), e.getColumnNumber(),
        "template syntax: " + message, "see https://freemarker.apache.org/docs/ref.html"));
  }

  /** A template's text, or "" when it cannot be read again. */
  private String source(String name) {
    try {
      String text = text(name);
      return text == null ? "" : text;
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * The text of template {@code name} as the first theme of the chain that has it holds it (no
   * localized lookup), or null when none has it.
   */
  public String text(String name) throws IOException {
    Object src = cfg.getTemplateLoader().findTemplateSource(name);
    if (src == null) {
      return null;
    }
    try (var r = cfg.getTemplateLoader().getReader(src, "UTF-8")) {
      var text = new StringWriter();
      r.transferTo(text);
      return text.toString();
    } finally {
      cfg.getTemplateLoader().closeTemplateSource(src);
    }
  }

  /** Renders a page; a runtime error is a diagnostic at the template's file and line. */
  public String render(String name, DataModel model) {
    Template t = template(name);
    var out = new StringWriter(16 * 1024);
    try {
      t.process(new DataModelHash(model, cfg.getObjectWrapper()), out);
    } catch (TemplateException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof dev.gazette.store.CorruptStoreException damaged) {
          throw damaged;
        }
      }
      Integer line = e.getLineNumber();
      Integer col = e.getColumnNumber();
      String file = relOf(nameOf(e.getTemplateSourceName(), name));
      ParseException syntax = TemplateMessages.parseCause(e);
      if (syntax != null) {
        // an imported or included template (base.ftlh) that does not parse: its own error, once
        throw syntaxError(syntax, name);
      }
      String missing = TemplateMessages.missingTemplate(e);
      if (missing != null) {
        throw new SiteException(Diagnostic.error(file, line == null ? 0 : line, col == null ? 0 : col,
            "missing template " + missing, "add " + missing + " to the theme, or fix the name"));
      }
      throw new SiteException(Diagnostic.error(file, line == null ? 0 : line, col == null ? 0 : col,
          "template error: " + TemplateMessages.runtime(e), TemplateMessages.hint(e)));
    } catch (IOException e) {
      throw new SiteException(Diagnostic.error(relOf(name), 0, 0, "cannot render: " + e.getMessage(), ""));
    }
    return out.toString();
  }

  /** A template's path for diagnostics: in the first theme of the chain that has it. */
  private String relOf(String name) {
    for (Layer l : layers) {
      try {
        if (l.loader().findTemplateSource(name) != null) {
          return l.rel() + name;
        }
      } catch (IOException e) {
        // not readable there: look further
      }
    }
    return layers.get(0).rel() + name;
  }

  private static String nameOf(String sourceName, String fallback) {
    return sourceName == null ? fallback : sourceName;
  }
}
