package dev.gazette.build;

import dev.gazette.model.Article;
import dev.gazette.model.ImageSize;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * The sizes of the lead images that are local files (in the site's {@code static/} or a theme's),
 * read from their headers (PNG, JPEG, GIF, BMP) or an SVG's root element, so pages can give
 * {@code width} and {@code height} and the browser reserves the space before the image loads.
 * Images it cannot read get no size; that is never an error.
 */
final class ImageSizes {
  private static final Pattern SVG_ROOT = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)(px)?\\s*$");

  private ImageSizes() {}

  static Map<String, ImageSize> of(Path siteDir, ThemeChain theme, List<Article> articles) {
    var paths = new TreeSet<String>();
    for (Article a : articles) {
      if (a.image() != null && a.image().startsWith("/") && !a.image().startsWith("//")) {
        paths.add(a.image());
      }
    }
    var roots = new ArrayList<Path>(List.of(siteDir.resolve("static")));
    for (var layer : theme.layers()) {
      if (!layer.builtin()) {
        roots.add(layer.dir().resolve("static"));
      }
    }
    var out = new TreeMap<String, ImageSize>();
    paths.parallelStream().forEach(p -> {
      ImageSize size = read(roots, p);
      if (size != null) {
        synchronized (out) {
          out.put(p, size);
        }
      }
    });
    return out;
  }

  private static ImageSize read(List<Path> roots, String sitePath) {
    String rel = sitePath.replaceAll("[?#].*$", "").substring(1);
    if (rel.isEmpty() || rel.contains("..")) {
      return null;
    }
    for (Path root : roots) {
      Path file = root.resolve(rel);
      if (Files.isRegularFile(file)) {
        try {
          return rel.toLowerCase(java.util.Locale.ROOT).endsWith(".svg") ? svg(file) : raster(file);
        } catch (IOException | RuntimeException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static ImageSize raster(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file); var stream = ImageIO.createImageInputStream(in)) {
      var readers = ImageIO.getImageReaders(stream);
      if (!readers.hasNext()) {
        return null;
      }
      var reader = readers.next();
      try {
        reader.setInput(stream, true, true);
        return new ImageSize(reader.getWidth(0), reader.getHeight(0));
      } finally {
        reader.dispose();
      }
    }
  }

  /** An SVG's width and height attributes (plain numbers or px), else its viewBox. */
  private static ImageSize svg(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8192);
    }
    Matcher root = SVG_ROOT.matcher(new String(head, StandardCharsets.UTF_8));
    if (!root.find()) {
      return null;
    }
    String tag = root.group();
    Double w = number(attribute(tag, "width"));
    Double h = number(attribute(tag, "height"));
    if (w == null || h == null) {
      String box = attribute(tag, "viewBox");
      String[] parts = box == null ? new String[0] : box.trim().split("[\\s,]+");
      if (parts.length != 4) {
        return null;
      }
      w = number(parts[2]);
      h = number(parts[3]);
    }
    return w == null || h == null || w < 1 || h < 1 ? null : new ImageSize((int) Math.round(w), (int) Math.round(h));
  }

  private static String attribute(String tag, String name) {
    Matcher m = Pattern.compile("\\s" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)')").matcher(tag);
    return m.find() ? (m.group(2) != null ? m.group(2) : m.group(3)) : null;
  }

  private static Double number(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = NUMBER.matcher(s);
    return m.matches() ? Double.parseDouble(m.group(1)) : null;
  }
}
