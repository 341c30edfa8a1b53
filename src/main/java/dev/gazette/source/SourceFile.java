package dev.gazette.source;

import dev.gazette.store.Hashes;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One content file, decoded.
 *
 * @param path the file on disk
 * @param relPath the path relative to the site root with forward slashes: {@code content/news/a.md}
 * @param text the file's text: UTF-8 decoded, BOM removed, CRLF and CR turned into LF; empty in
 *     the copy a cache keeps ({@link #withoutText()})
 * @param hash the hash of the file's bytes that caches are keyed by ({@link dev.gazette.store.SourceHash}
 *     in a build; any hash of the text in a file made without one)
 */
public record SourceFile(Path path, String relPath, String text, String hash) {
  public SourceFile {
    Objects.requireNonNull(path);
    Objects.requireNonNull(relPath);
    Objects.requireNonNull(text);
    Objects.requireNonNull(hash);
  }

  public SourceFile(Path path, String relPath, String text) {
    this(path, relPath, text, Hashes.of(text));
  }

  /** The same file without its text, for caches: the text is read again when it is needed. */
  public SourceFile withoutText() {
    return new SourceFile(path, relPath, "", hash);
  }

  /** The path below {@code content/}: {@code news/a.md}. */
  public String contentPath() {
    return relPath.startsWith(ContentScanner.CONTENT + "/")
        ? relPath.substring(ContentScanner.CONTENT.length() + 1)
        : relPath;
  }

  /** The file name without {@code .md}. */
  public String baseName() {
    String name = path.getFileName().toString();
    return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
  }
}
