package dev.gazette.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One content file, decoded.
 *
 * @param path the file on disk
 * @param relPath the path relative to the site root with forward slashes: {@code content/news/a.md}
 * @param text the file's text: UTF-8 decoded, BOM removed, CRLF and CR turned into LF
 */
public record SourceFile(Path path, String relPath, String text) {
  public SourceFile {
    Objects.requireNonNull(path);
    Objects.requireNonNull(relPath);
    Objects.requireNonNull(text);
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
