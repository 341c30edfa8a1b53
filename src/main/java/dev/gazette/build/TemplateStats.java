package dev.gazette.build;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Time spent in each template and pages by kind, gathered while rendering (Hugo's --templateMetrics). */
final class TemplateStats {
  private final Map<String, LongAdder[]> byTemplate = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();

  void rendered(String template, long nanos) {
    var a = byTemplate.computeIfAbsent(template, k -> new LongAdder[] {new LongAdder(), new LongAdder()});
    a[0].increment();
    a[1].add(nanos);
  }

  void page(String kind) {
    byKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
  }

  /** The templates that took longest in all, slowest first. */
  List<BuildResult.TemplateTime> slowest(int n) {
    return byTemplate.entrySet().stream()
        .map(e -> new BuildResult.TemplateTime(e.getKey(), e.getValue()[0].intValue(), e.getValue()[1].sum() / 1_000_000))
        .sorted(Comparator.comparingLong(BuildResult.TemplateTime::millis).reversed().thenComparing(BuildResult.TemplateTime::template))
        .limit(n).toList();
  }

  Map<String, Integer> pagesByKind() {
    var out = new java.util.TreeMap<String, Integer>();
    byKind.forEach((k, v) -> out.put(k, v.intValue()));
    return out;
  }
}
