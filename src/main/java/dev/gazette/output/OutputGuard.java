package dev.gazette.output;

import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.SiteException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Refuses output folders whose replacement would destroy something: the site itself, its
 * sources, any folder above the site, the file-system root or the home folder.
 */
public final class OutputGuard {
  private OutputGuard() {}

  public static void check(Path siteDir, Path outDir) {
    Path site = real(siteDir);
    Path out = real(outDir);
    String why = null;
    Path home = real(Path.of(System.getProperty("user.home")));
    if (out.getParent() == null) {
      why = "it is the root of the file system";
    } else if (out.equals(home)) {
      why = "it is your home folder";
    } else if (out.equals(site)) {
      why = "it is the site folder itself";
    } else if (site.startsWith(out)) {
      why = "it contains the site";
    } else {
      for (String source : List.of("content", "static", "themes", "site-config.yml")) {
        if (out.startsWith(site.resolve(source))) {
          why = "it is inside the site's " + source;
        }
      }
    }
    if (why != null) {
      throw new SiteException(Diagnostic.error(outDir.toString(), 0, 0,
          "refusing to write the site into " + outDir + ": " + why + ", and its contents would be replaced",
          "use a separate folder such as public/ (the default)"));
    }
    if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
      throw new SiteException(Diagnostic.error(outDir.toString(), 0, 0, "the output path is a file, not a folder",
          "remove it or choose another --out"));
    }
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
