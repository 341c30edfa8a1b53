package dev.gazette.build;

import dev.gazette.config.ConfigLoader;
import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.Diagnostics;
import dev.gazette.diag.SiteException;
import dev.gazette.diag.StrictUtf8;
import dev.gazette.render.TemplateRenderer;
import dev.gazette.yaml.YamlMap;
import dev.gazette.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A theme and the themes it extends ({@code themes/<name>/theme.yml} with {@code extends: default}),
 * child first. A template or static file is taken from the first theme that has it, so a site's
 * theme can override single files and inherit the rest; {@code default} without a folder of its
 * own is the theme built into Gazette.
 *
 * @param layers child first; a layer's {@code dir} is null for the built-in theme
 */
record ThemeChain(List<Layer> layers) {
  static final String FILE = "theme.yml";
  static final int MAX_DEPTH = 8;
  private static final Set<String> KEYS = Set.of("extends");

  /** One theme of the chain: its name and folder (null for the built-in theme). */
  record Layer(String name, Path dir) {
    boolean builtin() {
      return dir == null;
    }
  }

  ThemeChain {
    layers = List.copyOf(layers);
  }

  static ThemeChain of(Path siteDir, String theme) {
    var layers = new ArrayList<Layer>();
    String name = theme;
    String from = ConfigLoader.FILE;
    int line = 0;
    int col = 0;
    while (name != null) {
      if (name.equals(ConfigLoader.BUILTIN_THEME) && has(layers, name)) {
        // a site's own themes/default that extends default builds on the built-in theme
        layers.add(new Layer(name, null));
        break;
      }
      for (Layer l : layers) {
        if (l.name().equals(name)) {
          throw new SiteException(Diagnostic.error(from, line, col, "themes extend each other in a circle: "
              + String.join(" → ", layers.stream().map(Layer::name).toList()) + " → " + name, "remove one of the extends: lines"));
        }
      }
      if (layers.size() == MAX_DEPTH) {
        throw new SiteException(Diagnostic.error(from, line, col, "themes extend more than " + MAX_DEPTH + " levels deep", "extend fewer themes"));
      }
      if (BuiltinTheme.usedBy(siteDir, name)) {
        layers.add(new Layer(name, null));
        break;
      }
      Path dir = siteDir.resolve("themes").resolve(name);
      if (!Files.isDirectory(dir)) {
        throw new SiteException(Diagnostic.error(from, line, col, "theme \"" + name + "\" not found: no folder themes/" + name,
            hint(siteDir, name)));
      }
      layers.add(new Layer(name, dir));
      from = "themes/" + name + "/" + FILE;
      Parent parent = parent(dir.resolve(FILE), from);
      name = parent == null ? null : parent.name();
      line = parent == null ? 0 : parent.line();
      col = parent == null ? 0 : parent.col();
    }
    return new ThemeChain(layers);
  }

  private static boolean has(List<Layer> layers, String name) {
    return layers.stream().anyMatch(l -> l.name().equals(name));
  }

  /** A theme.yml's {@code extends:} and where it stands. */
  private record Parent(String name, int line, int col) {}

  private static String hint(Path siteDir, String name) {
    var known = new java.util.TreeSet<String>(List.of(ConfigLoader.BUILTIN_THEME));
    try (var s = Files.list(siteDir.resolve("themes"))) {
      s.filter(Files::isDirectory).forEach(p -> known.add(p.getFileName().toString()));
    } catch (IOException e) {
      // no themes folder: default is the only one
    }
    String close = dev.gazette.diag.DidYouMean.hint(name, known);
    return close.isEmpty() ? "write extends: default, or the folder name of another theme" : close;
  }

  /** The {@code extends:} of a theme.yml, or null when there is none. */
  private static Parent parent(Path file, String rel) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    String text;
    try {
      text = StrictUtf8.decode(Files.readAllBytes(file), rel);
    } catch (IOException e) {
      throw new SiteException(Diagnostic.error(rel, 0, 0, "cannot read: " + e.getMessage(), "check the file's permissions"));
    }
    var diagnostics = new Diagnostics();
    var root = YamlReader.compose(text.startsWith("\uFEFF") ? text.substring(1) : text, rel, 1);
    if (root.isEmpty()) {
      return null;
    }
    var map = YamlMap.of(root.get(), rel, 1, diagnostics, FILE, "write extends: default");
    Parent parent = null;
    if (map.isPresent()) {
      map.get().rejectUnknown(KEYS, "theme.yml key");
      var m = map.get();
      String name = m.string("extends").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
      if (name != null && (!name.matches("[\\p{L}\\p{N}._-]+") || name.startsWith("."))) {
        m.errorAt("extends", "extends \"" + name + "\" must be the name of a folder under themes/", "write extends: default");
      } else if (name != null) {
        var node = m.node("extends").orElseThrow();
        parent = new Parent(name, m.line(node), m.col(node));
      }
    }
    diagnostics.throwIfErrors();
    return parent;
  }

  /** The template folders, child first, as the renderer looks them up. */
  List<TemplateRenderer.Layer> templates() {
    var out = new ArrayList<TemplateRenderer.Layer>();
    for (Layer l : layers) {
      if (l.builtin()) {
        out.add(new TemplateRenderer.Layer(BuiltinTheme.templates(), "(built-in theme)/templates"));
      } else if (Files.isDirectory(l.dir().resolve("templates"))) {
        out.add(TemplateRenderer.Layer.folder(l.dir().resolve("templates"), "themes/" + l.name() + "/templates"));
      }
    }
    return out;
  }

  /** What the templates are made of: each theme's name and templates' bytes (built-in: Gazette's own). */
  String key() {
    var sb = new StringBuilder();
    for (Layer l : layers) {
      sb.append(l.name()).append('=').append(l.builtin() ? "built-in" : TemplateFingerprint.of(l.dir().resolve("templates")))
          .append(';');
    }
    return sb.toString();
  }
}
