package dev.gazette.cli;

import dev.gazette.build.BuildResult;
import dev.gazette.diag.Diagnostic;
import dev.gazette.feeds.Json;
import java.util.List;

/** The {@code --report} file: the build's outcome as JSON, for CI dashboards. */
final class Report {
  private Report() {}

  static String json(BuildResult result, List<Diagnostic> diagnostics) {
    var sb = new StringBuilder("{\n  \"ok\": ").append(result != null).append(",\n");
    if (result != null) {
      sb.append("  \"articles\": ").append(result.articles()).append(",\n")
          .append("  \"pages\": ").append(result.pages()).append(",\n")
          .append("  \"files\": ").append(result.files()).append(",\n")
          .append("  \"millis\": ").append(result.millis()).append(",\n")
          .append("  \"timings\": {");
      for (int i = 0; i < result.timings().size(); i++) {
        var t = result.timings().get(i);
        sb.append(i == 0 ? "" : ", ").append(str(t.name())).append(": ").append(t.millis());
      }
      sb.append("},\n");
    }
    sb.append("  \"diagnostics\": [");
    for (int i = 0; i < diagnostics.size(); i++) {
      Diagnostic d = diagnostics.get(i);
      sb.append(i == 0 ? "\n" : ",\n").append("    {\"file\": ").append(str(d.file()))
          .append(", \"line\": ").append(d.line()).append(", \"col\": ").append(d.col())
          .append(", \"severity\": ").append(str(d.severity().name().toLowerCase(java.util.Locale.ROOT)))
          .append(", \"message\": ").append(str(d.message())).append(", \"hint\": ").append(str(d.hint())).append('}');
    }
    return sb.append(diagnostics.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
  }

  private static String str(String s) {
    return Json.string(s);
  }
}
