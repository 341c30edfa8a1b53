package dev.gazette.cli;

import dev.gazette.build.BuildResult;
import dev.gazette.diag.Diagnostic;
import dev.gazette.feeds.Json;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code --report} file: the build's outcome as JSON, for CI dashboards. A successful build
 * adds its counts, the output it wrote, the peak heap and the slowest templates (Hugo's
 * {@code --templateMetrics}):
 *
 * <pre>
 * {"ok": true, "articles": 1, "pages": 9, "files": 20, "millis": 812,
 *  "timings": {"config": 3, ...},
 *  "pagesByKind": {"article": 1, "channel": 2, ...},
 *  "rendered": 12, "reused": 0, "written": 20, "linked": 0, "bytesWritten": 81234, "photosEncoded": 5,
 *  "changes": {"added": 20, "changed": 0, "removed": 0},
 *  "peakHeapBytes": 52428800,
 *  "slowestTemplates": [{"template": "article.ftlh", "pages": 1, "millis": 14}, ...],
 *  "diagnostics": [...]}
 * </pre>
 */
final class Report {
  private Report() {}

  static String json(BuildResult result, List<Diagnostic> diagnostics) {
    var sb = new StringBuilder("{\n  \"ok\": ").append(result != null).append(",\n");
    if (result != null) {
      sb.append("  \"articles\": ").append(result.articles()).append(",\n")
          .append("  \"pages\": ").append(result.pages()).append(",\n")
          .append("  \"files\": ").append(result.files()).append(",\n")
          .append("  \"millis\": ").append(result.millis()).append(",\n")
          .append("  \"timings\": ").append(object(timings(result))).append(",\n")
          .append("  \"pagesByKind\": ").append(object(new TreeMap<>(result.pagesByKind()))).append(",\n")
          .append("  \"rendered\": ").append(result.rendered()).append(",\n")
          .append("  \"reused\": ").append(result.reused()).append(",\n")
          .append("  \"written\": ").append(result.written()).append(",\n")
          .append("  \"linked\": ").append(result.linked()).append(",\n")
          .append("  \"bytesWritten\": ").append(result.bytesWritten()).append(",\n")
          .append("  \"photosEncoded\": ").append(result.photosEncoded()).append(",\n");
      var c = result.changes();
      var changes = new LinkedHashMap<String, Long>();
      changes.put("added", (long) c.added().size());
      changes.put("changed", (long) c.changed().size());
      changes.put("removed", (long) c.removed().size());
      sb.append("  \"changes\": ").append(object(changes)).append(",\n")
          .append("  \"peakHeapBytes\": ").append(peakHeapBytes()).append(",\n")
          .append("  \"slowestTemplates\": [");
      var slowest = result.slowestTemplates();
      for (int i = 0; i < slowest.size(); i++) {
        var t = slowest.get(i);
        sb.append(i == 0 ? "\n" : ",\n").append("    {\"template\": ").append(str(t.template()))
            .append(", \"pages\": ").append(t.pages()).append(", \"millis\": ").append(t.millis()).append('}');
      }
      sb.append(slowest.isEmpty() ? "],\n" : "\n  ],\n");
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

  /** Milliseconds per stage in build order; a stage that runs twice would be one key, summed. */
  private static Map<String, Long> timings(BuildResult result) {
    var byStage = new LinkedHashMap<String, Long>();
    result.timings().forEach(t -> byStage.merge(t.name(), t.millis(), Long::sum));
    return byStage;
  }

  /**
   * The heap's peak: the sum of the peak usage of each heap memory pool (eden, survivor, old),
   * since the JVM started (the pools peak at different times, so this bounds the true peak from
   * above).
   */
  static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        MemoryUsage peak = pool.getPeakUsage();
        if (peak != null) {
          sum += peak.getUsed();
        }
      }
    }
    return sum;
  }

  private static String object(Map<String, ? extends Number> map) {
    var sb = new StringBuilder("{");
    map.forEach((k, v) -> sb.append(sb.length() == 1 ? "" : ", ").append(str(k)).append(": ").append(v));
    return sb.append('}').toString();
  }

  private static String str(String s) {
    return Json.string(s);
  }
}
