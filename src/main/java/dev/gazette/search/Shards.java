package dev.gazette.search;

import dev.gazette.output.OutputFile;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Packs token entries, in token order, into shard files of about {@link #TARGET} bytes (a token
 * larger than that gets a shard of its own), each written as soon as it is full.
 */
final class Shards {
  static final int TARGET = 16 * 1024;
  private final Consumer<OutputFile> out;
  private final List<String> separators = new ArrayList<>();
  private final StringBuilder hashes = new StringBuilder();
  private final ByteArrayOutputStream current = new ByteArrayOutputStream(TARGET * 2);
  private String first;
  private String last;
  private String lastOfPrevious;

  Shards(Consumer<OutputFile> out) {
    this.out = out;
  }

  void add(String token, byte[] entry) {
    if (current.size() > 0 && current.size() + entry.length > TARGET) {
      flush();
    }
    if (current.size() == 0) {
      first = token;
    }
    current.writeBytes(entry);
    last = token;
  }

  void finish() {
    if (current.size() > 0) {
      flush();
    }
  }

  private void flush() {
    byte[] bytes = current.toByteArray();
    String hash = SearchIndex.hash8(bytes);
    out.accept(new OutputFile(SearchIndex.DIR + "s/" + separators.size() + "-" + hash + ".bin", bytes, null, SearchIndex.ORIGIN));
    separators.add(separator(lastOfPrevious, first));
    lastOfPrevious = last;
    hashes.append(hash);
    current.reset();
  }

  int count() {
    return separators.size();
  }

  /**
   * The shortest start of {@code first} (whole code points) that sorts after {@code previous}: a
   * token sorts at or after it exactly when it is not in an earlier shard, and the manifest,
   * which lists one per shard, stays small.
   */
  static String separator(String previous, String first) {
    if (previous == null) {
      return "";
    }
    for (int end = 0; end < first.length(); ) {
      end += Character.charCount(first.codePointAt(end));
      String p = first.substring(0, end);
      if (p.compareTo(previous) > 0) {
        return p;
      }
    }
    return first;
  }

  /** Every shard's separator, in order: a token is in the last shard whose separator is not after it. */
  List<String> separators() {
    return List.copyOf(separators);
  }

  /** The shards' content hashes, 8 hex digits each, in order. */
  String hashes() {
    return hashes.toString();
  }
}
