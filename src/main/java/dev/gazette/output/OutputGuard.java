package dev.gazette.output;

import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.SiteException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Refuses output folders whose replacement would destroy something. A build replaces the whole
 * output folder, so it must not be the site itself, its sources, any folder above the site or
 * above the home folder, the file-system root or the home folder, nor a folder that holds files
 * Gazette did not write (no {@code index.html}) or a git checkout.
 */
public final class OutputGuard {
  static final String OPTION = "--out";

  private OutputGuard() {}

  public static void check(Path siteDir, Path outDir) {
    Path site = real(siteDir);
    Path out = real(outDir);
    Path home = real(Path.of(System.getProperty("user.home")));
    String why = refusal(site, out, home);
    if (why != null) {
      throw new SiteException(Diagnostic.error(OPTION, 0, 0,
          "refusing to write the site into " + outDir + ": " + why
              + "; a build replaces the output folder and everything in it",
          "choose a folder of its own for the output, such as " + siteDir.resolve("public") + " (the default)"));
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new SiteException(Diagnostic.error(display(site, out), 0, 0,
          "the output path " + outDir + " is a file, not a folder", "remove the file or choose another --out"));
    }
    String foreign = foreign(out);
    if (foreign != null) {
      throw new SiteException(Diagnostic.error(display(site, out), 0, 0,
          "refusing to replace " + outDir + ": " + foreign,
          "a build replaces the whole output folder: empty it, or choose a new folder with --out"));
    }
  }

  private static String refusal(Path site, Path out, Path home) {
    if (out.getParent() == null) {
      return "it is the root of the file system";
    }
    if (out.equals(home)) {
      return "it is your home folder";
    }
    if (out.equals(site)) {
      return "it is the site folder itself";
    }
    if (site.startsWith(out)) {
      return "it contains the site";
    }
    if (home.startsWith(out)) {
      return "it contains your home folder";
    }
    for (String source : List.of("content", "static", "themes", "site-config.yml")) {
      Path p = site.resolve(source);
      if (out.equals(p)) {
        return source.contains(".") ? "it is the site's " + source : "it is the site's " + source + "/ folder";
      }
      if (out.startsWith(p)) {
        return "it is inside the site's " + source + "/ folder";
      }
    }
    return null;
  }

  /** Why an existing folder does not look like a previous output, or null when it does or is empty. */
  private static String foreign(Path out) {
    if (!Files.isDirectory(out)) {
      return null;
    }
    if (Files.exists(out.resolve(".git"))) {
      return "it is a git checkout (it has .git), which would be deleted";
    }
    try (Stream<Path> s = Files.list(out)) {
      if (s.findAny().isEmpty() || Files.isRegularFile(out.resolve("index.html"))) {
        return null;
      }
    } catch (IOException e) {
      return "it cannot be read (" + e.getMessage() + ")";
    }
    return "it holds files but no index.html, so it is not a site Gazette built";
  }

  /** The output as a site-relative path when it is inside the site, else absolute. */
  private static String display(Path site, Path out) {
    return out.startsWith(site) ? site.relativize(out).toString().replace('\\', '/') : out.toString();
  }

  /** The real path of the longest existing ancestor, plus the rest: works for new folders too. */
  static Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(abs));
    } catch (IOException e) {
      return abs;
    }
  }
}
