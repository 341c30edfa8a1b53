package dev.gazette.output;

import java.util.List;

/**
 * The files a build added, changed and removed in the output, as paths below it
 * ({@code news/index.html}); a deploy purges and submits exactly these.
 */
public record OutputChanges(List<String> added, List<String> changed, List<String> removed) {
  public OutputChanges {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    removed = List.copyOf(removed);
  }

  public static final OutputChanges NONE = new OutputChanges(List.of(), List.of(), List.of());

  public boolean isEmpty() {
    return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
  }
}
