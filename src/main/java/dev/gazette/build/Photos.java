package dev.gazette.build;

import dev.gazette.config.ImageConfig;
import dev.gazette.diag.Diagnostics;
import dev.gazette.frontmatter.ParsedDocument;
import dev.gazette.frontmatter.Position;
import dev.gazette.model.Permalinks;
import dev.gazette.output.OutputFile;
import dev.gazette.photos.Derivatives;
import dev.gazette.photos.Photo;
import dev.gazette.photos.PhotoError;
import dev.gazette.source.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The photos step: every JPEG, PNG and GIF under the site's {@code static/} becomes derivatives
 * ({@link Derivatives}), encoded in parallel and only when the store lacks them. A photo's
 * original URL serves its widest derivative instead of the original file, so no published copy
 * keeps the camera's metadata (a GIF keeps its original, which has none, for its animation).
 * An image that an article names (lead image, gallery, body) and that is missing, damaged, not
 * an image or above {@code images.maxPixels} is an error at that reference; one no article names
 * is an error at the file.
 */
final class Photos {
  private Photos() {}

  /** Where an article names an image. */
  record Ref(String path, String relPath, int line, int col) {}

  /**
   * @param photos by decoded site path ({@code /images/a.jpg})
   * @param files the derivatives and the originals' replacements, for the output
   * @param encoded derivative files encoded by this build
   */
  record Result(Map<String, Photo> photos, List<OutputFile> files, int encoded) {
    /** Whether the static file at output path {@code rel} is replaced by its widest derivative. */
    boolean replaces(String rel) {
      return photos.containsKey("/" + rel) && !gif(rel);
    }
  }

  static Result make(Path siteDir, ThemeChain theme, List<ParsedDocument> published, BuildCache cache, ImageConfig config,
      Path storeDir, Diagnostics diagnostics) {
    Map<String, Path> originals = originals(siteDir.resolve("static"));
    var refs = new TreeMap<String, List<Ref>>();
    for (ParsedDocument d : published) {
      for (Ref r : refs(d, cache)) {
        if (!originals.containsKey(r.path()) && !inTheme(theme, r.path())) {
          diagnostics.error(r.relPath(), r.line(), r.col(), "image " + r.path() + " does not exist",
              "put it under static/ (static/images/a.jpg is /images/a.jpg) or fix the path");
        } else {
          refs.computeIfAbsent(r.path(), k -> new ArrayList<>()).add(r);
        }
      }
    }
    var store = new Derivatives(storeDir, config);
    var photos = new ConcurrentHashMap<String, Photo>();
    originals.entrySet().parallelStream().forEach(e -> {
      try {
        Photo p = store.plan(e.getKey(), e.getValue());
        store.make(p, e.getValue());
        photos.put(e.getKey(), p);
      } catch (PhotoError err) {
        report(siteDir, e.getValue(), refs.get(e.getKey()), err.getMessage(), err.hint(), diagnostics);
      } catch (IOException err) {
        report(siteDir, e.getValue(), refs.get(e.getKey()), "cannot read the image: " + SourceReader.reason(err), "check the file", diagnostics);
      }
    });
    var files = new ArrayList<OutputFile>();
    var keep = new HashSet<Path>();
    for (var e : new TreeMap<>(photos).entrySet()) {
      Photo p = e.getValue();
      String origin = siteDir.relativize(originals.get(e.getKey())).toString().replace('\\', '/');
      for (Photo.Variant v : p.variants()) {
        keep.add(store.file(p, v));
        files.add(OutputFile.copy(v.path(), store.file(p, v), origin));
      }
      if (!gif(e.getKey())) {
        files.add(OutputFile.copy(e.getKey().substring(1), store.file(p, p.largest()), origin));
      }
    }
    prune(storeDir, keep);
    return new Result(Map.copyOf(photos), files, store.encoded());
  }

  static boolean gif(String path) {
    return path.toLowerCase(Locale.ROOT).endsWith(".gif");
  }

  /** Whether a site path names a JPEG, PNG or GIF by its extension ({@link Photo#raster}). */
  static boolean raster(String path) {
    return Photo.raster(path);
  }

  private static List<Ref> refs(ParsedDocument d, BuildCache cache) {
    var out = new ArrayList<Ref>();
    String lead = Photo.sitePath(d.frontMatter().image());
    if (lead != null && raster(lead)) {
      Position at = d.frontMatter().position("image");
      out.add(new Ref(lead, d.relPath(), at.line(), at.col()));
    }
    for (var g : d.frontMatter().media().gallery()) {
      String p = Photo.sitePath(g.src());
      if (p != null && raster(p)) {
        out.add(new Ref(p, d.relPath(), g.line(), g.col()));
      }
    }
    var body = cache.bodies.get(d.relPath());
    if (body != null) {
      for (var link : body.body().rootLinks()) {
        String p = Photo.sitePath(link.path());
        if (p != null && raster(p)) {
          out.add(new Ref(p, d.relPath(), link.line(), link.col()));
        }
      }
    }
    return out;
  }

  private static boolean inTheme(ThemeChain theme, String path) {
    String rel = path.substring(1);
    for (var layer : theme.layers()) {
      if (layer.builtin() ? BuiltinTheme.staticFiles().containsKey(rel) : Files.isRegularFile(layer.dir().resolve("static").resolve(rel))) {
        return true;
      }
    }
    return false;
  }

  private static void report(Path siteDir, Path file, List<Ref> at, String message, String hint, Diagnostics diagnostics) {
    String origin = siteDir.relativize(file).toString().replace('\\', '/');
    if (at == null || at.isEmpty()) {
      diagnostics.error(origin, 0, 0, message, hint);
      return;
    }
    for (Ref r : at) {
      diagnostics.error(r.relPath(), r.line(), r.col(), "image " + r.path() + ": " + message, hint);
    }
  }

  /** The JPEG, PNG and GIF files under {@code static/} by decoded site path (dot files skipped, as StaticFiles does). */
  private static Map<String, Path> originals(Path root) {
    var out = new TreeMap<String, Path>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(Files::isRegularFile).forEach(f -> {
        String rel = root.relativize(f).toString().replace('\\', '/');
        if (raster(rel) && !("/" + rel).contains("/.")) {
          out.put("/" + Permalinks.nfc(rel), f);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // StaticFiles reports a folder it cannot read
    }
    return out;
  }

  /** Removes derivatives no photo of this build uses (an original that changed or went away). */
  private static void prune(Path dir, Set<Path> keep) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (!keep.contains(p) && p.getFileName().toString().matches("[0-9a-f]{20}-\\d+\\.(jpg|png)")) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      // left for the next build
    }
  }
}
