package dev.gazette.build;

import dev.gazette.diag.Diagnostic;
import dev.gazette.render.OutputFile;
import java.util.List;

/**
 * A successful build.
 *
 * @param articles published articles (standalone pages not counted)
 * @param pages HTML pages rendered
 * @param files every file of the output
 * @param warnings diagnostics that did not stop the build
 * @param timings per stage, in order
 */
public record BuildResult(int articles, int pages, List<OutputFile> files, List<Diagnostic> warnings,
    List<Timing> timings, long millis) {
  public BuildResult {
    files = List.copyOf(files);
    warnings = List.copyOf(warnings);
    timings = List.copyOf(timings);
  }

  /** @param name the stage */
  public record Timing(String name, long millis) {}

  /** {@code 31 articles, 214 pages, 402 files in 812 ms} */
  public String summary() {
    return articles + " articles, " + pages + " pages, " + files.size() + " files in " + millis + " ms";
  }
}
